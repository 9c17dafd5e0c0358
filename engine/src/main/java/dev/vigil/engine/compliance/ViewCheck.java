package dev.vigil.engine.compliance;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.DataItem;
import dev.vigil.engine.model.SystemModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code view:} term: whether the model holds what the architecture view or diagram is drawn from.
 * The views themselves are generated elsewhere; here only their inputs are judged.
 */
final class ViewCheck {

    private ViewCheck() {}

    static TermResult check(SystemModel model, String view) {
        String evidence = "view:" + view;
        return switch (view) {
            case "data-flow" -> needs(evidence, List.of(part("flows", model.flows())));
            case "zone-conduit" -> needs(
                    evidence, List.of(part("zones", model.zones()), part("conduits", model.conduits())));
            case "global-system" -> needs(
                    evidence, List.of(part("components", model.components()), part("flows", model.flows())));
            case "updatability" -> needs(evidence, List.of(part("updates", model.updates())));
            case "security-use-case" -> needs(evidence, List.of(part("useCases", model.useCases())));
            case "multi-patient-harm" -> multiPatient(model, evidence);
            default -> throw new IllegalArgumentException("unknown view '" + view + "'");
        };
    }

    private record Part(String section, int size) {}

    private static Part part(String section, List<?> items) {
        return new Part(section, items.size());
    }

    private static TermResult needs(String evidence, List<Part> parts) {
        List<String> missing =
                parts.stream().filter(p -> p.size() == 0).map(Part::section).toList();
        String view = evidence.substring("view:".length());
        if (missing.isEmpty()) {
            return TermResult.holds(List.of(evidence));
        }
        String shortfall = "the " + view + " view needs " + String.join(" and ", missing) + ", which the model lacks";
        return missing.size() == parts.size() ? TermResult.fails(shortfall) : TermResult.partly(List.of(), shortfall);
    }

    /**
     * The multi-patient harm view needs the elements through which one attack reaches many patients
     * identified, or every component saying it is not one.
     */
    private static TermResult multiPatient(SystemModel model, String evidence) {
        List<String> identified = new ArrayList<>();
        List<String> unstated = new ArrayList<>();
        for (Component c : model.components()) {
            Optional<Boolean> multi = c.safety().multiPatient();
            if (multi.isEmpty()) {
                unstated.add(c.id());
            } else if (multi.get()) {
                identified.add("components." + c.id() + ".safety.multiPatient = true");
            }
        }
        model.data().stream()
                .filter(d -> d.quantity()
                        .filter(q -> q == DataItem.Quantity.MANY_PATIENTS)
                        .isPresent())
                .forEach(d -> identified.add("data." + d.id() + ".quantity = many-patients"));
        if (!identified.isEmpty() || unstated.isEmpty()) {
            List<String> facts = new ArrayList<>(List.of(evidence));
            facts.addAll(EvidenceCheck.cap(identified));
            return TermResult.holds(facts);
        }
        String shortfall = "the multi-patient-harm view needs components[].safety.multiPatient, not stated for "
                + EvidenceCheck.listed(unstated);
        return unstated.size() == model.components().size()
                ? TermResult.fails(shortfall)
                : TermResult.partly(List.of(), shortfall);
    }
}
