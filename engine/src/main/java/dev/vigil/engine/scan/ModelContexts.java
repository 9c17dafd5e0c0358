package dev.vigil.engine.scan;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.EssentialFunction;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.Hazard;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.model.Zone;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Reads the priority-relevant facts about one component out of a system model. */
final class ModelContexts {
    private ModelContexts() {}

    static SystemContext of(SystemModel model, Component component) {
        Zone.Trust trust = model.zone(component.zone()).trust();
        List<Flow> flows = model.flows().stream()
                .filter(f -> f.from().equals(component.id())
                        || f.to().equals(component.id())
                        || f.via().filter(component.id()::equals).isPresent())
                .toList();
        boolean reachable = !flows.isEmpty();
        Optional<Flow.Network> exposure;
        if (!flows.isEmpty()) {
            exposure = mostExposed(flows);
        } else {
            // No data flow, but an interface left enabled in the field is still a way in.
            List<Component.Interface> open = component.interfaces().stream()
                    .filter(Component.Interface::enabledInField)
                    .toList();
            reachable = !open.isEmpty();
            exposure = open.isEmpty()
                    ? Optional.empty()
                    : Optional.of(
                            open.stream().anyMatch(Component.Interface::isWireless)
                                    ? Flow.Network.ADJACENT
                                    : Flow.Network.PHYSICAL);
        }
        List<EssentialFunction> functions = model.system().essentialFunctions().stream()
                .filter(f -> component.essentialFunctions().contains(f.id()))
                .toList();
        Optional<Hazard.Severity> worst = functions.stream()
                .flatMap(f -> f.hazards().stream())
                .map(id -> model.hazards().stream()
                        .filter(h -> h.id().equals(id))
                        .findFirst()
                        .orElse(null))
                .filter(Objects::nonNull)
                .map(Hazard::severity)
                .max(Comparator.naturalOrder());
        boolean therapy = component.has(Component.Function.THERAPY_DELIVERY) || !functions.isEmpty();
        return new SystemContext(
                component.id(),
                trust,
                exposure,
                reachable,
                therapy,
                functions.stream().map(EssentialFunction::id).toList(),
                worst,
                component.safety().multiPatient());
    }

    /** The most exposed network; unknown when a flow leaves it unstated and none is already the internet. */
    private static Optional<Flow.Network> mostExposed(List<Flow> flows) {
        if (flows.stream()
                .anyMatch(f -> f.network().filter(Flow.Network.INTERNET::equals).isPresent())) {
            return Optional.of(Flow.Network.INTERNET);
        }
        if (flows.stream().anyMatch(f -> f.network().isEmpty())) {
            return Optional.empty();
        }
        return flows.stream().map(f -> f.network().get()).max(Comparator.naturalOrder());
    }
}
