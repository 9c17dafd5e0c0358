package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.ModelIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * M09: production equipment running a platform past its end of support, which no longer receives
 * security fixes. The assessment date is the index's ({@code --date}), never the clock.
 */
final class StationEndOfSupportRule implements Rule {

    static final Set<Component.Kind> STATIONS = EnumSet.of(
            Component.Kind.PROGRAMMING_STATION,
            Component.Kind.TEST_STATION,
            Component.Kind.PLC,
            Component.Kind.HMI,
            Component.Kind.MES);

    @Override
    public String id() {
        return "station-end-of-support";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        LocalDate today = model.date();
        List<Hit> hits = new ArrayList<>();
        for (Component c : model.components()) {
            if (!STATIONS.contains(c.kind())) {
                continue;
            }
            Optional<LocalDate> ends = c.software().flatMap(Component.Software::supportEnds);
            String os = c.software().flatMap(Component.Software::os).orElse("(not stated)");
            if (ends.isEmpty()) {
                hits.add(Hit.notEnoughInformation(
                        c.id(),
                        "The model does not say when support ends for the platform of "
                                + c.kind().wire() + " '" + c.id() + "'.",
                        Fact.component(c.id(), "software.supportEnds", Fact.NOT_STATED)));
            } else if (ends.get().isBefore(today)) {
                hits.add(Hit.weakness(
                        c.id(),
                        c.kind().wire() + " '" + c.id() + "' runs " + os + ", out of support since " + ends.get()
                                + " (assessed " + today + "); new vulnerabilities in it will never be fixed.",
                        Fact.component(c.id(), "software.os", os),
                        Fact.component(c.id(), "software.supportEnds", ends.get())));
            }
        }
        return hits;
    }
}
