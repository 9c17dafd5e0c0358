package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.ModelIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * D08a: a component runs on a platform whose support has ended, so new flaws in it stay open. The date
 * of the assessment is the index's ({@code --date}), never the clock.
 */
final class PlatformEndOfSupportRule implements Rule {

    @Override
    public String id() {
        return "platform-end-of-support";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        LocalDate today = model.date();
        List<Hit> hits = new ArrayList<>();
        for (Component c : model.components()) {
            // On a site, stations, PLCs, HMIs and MES have their own rule (DITTA principle 6).
            if (c.software().isEmpty() || (model.isSite() && StationEndOfSupportRule.STATIONS.contains(c.kind()))) {
                continue;
            }
            Component.Software software = c.software().get();
            String os = software.os().map(o -> " (" + o + ")").orElse("");
            if (software.supportEnds().isEmpty()) {
                hits.add(Hit.notEnoughInformation(
                        c.id(),
                        "The model does not say until when the platform of '" + c.id() + "'" + os + " is supported.",
                        Fact.component(c.id(), "software.supportEnds", Fact.NOT_STATED)));
            } else if (software.supportEnds().get().isBefore(today)) {
                hits.add(Hit.weakness(
                        c.id(),
                        "The platform of '" + c.id() + "'" + os + " went out of support on "
                                + software.supportEnds().get() + " (assessed on " + today
                                + "); flaws found in it since then are not fixed.",
                        Fact.component(
                                c.id(),
                                "software.supportEnds",
                                software.supportEnds().get()),
                        Fact.assessedOn(c.id(), today)));
            }
        }
        return hits;
    }
}
