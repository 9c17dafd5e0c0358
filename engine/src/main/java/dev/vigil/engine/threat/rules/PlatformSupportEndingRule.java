package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.support.SupportOutlook;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * D08c: a platform whose support ends within {@link #HORIZON_DAYS} days of the assessment date. Not yet a
 * weakness, but migrating or buying extended support takes longer than that, so it is raised as a low
 * process finding while there is still time. Ended support is {@code platform-end-of-support}'s and
 * {@code station-end-of-support}'s.
 */
final class PlatformSupportEndingRule implements Rule {

    /** The default horizon of the support warnings of assess and the portfolio, so both warn alike. */
    static final int HORIZON_DAYS = SupportOutlook.DEFAULT_DAYS;

    @Override
    public String id() {
        return "platform-support-ending";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        LocalDate today = model.date();
        LocalDate horizon = today.plusDays(HORIZON_DAYS);
        List<Hit> hits = new ArrayList<>();
        for (Component c : model.components()) {
            if (c.software().flatMap(Component.Software::supportEnds).isEmpty()) {
                continue;
            }
            Component.Software software = c.software().get();
            LocalDate ends = software.supportEnds().get();
            if (ends.isBefore(today) || ends.isAfter(horizon)) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(today, ends);
            String os = software.os().map(o -> " (" + o + ")").orElse("");
            hits.add(Hit.weakness(
                    c.id(),
                    "Support for the platform of '" + c.id() + "'" + os + " ends on " + ends + ", in " + days
                            + " days (assessed on " + today + ", warning horizon " + HORIZON_DAYS
                            + " days); plan the move or the extended support now.",
                    Fact.component(c.id(), "software.supportEnds", ends),
                    Fact.assessedOn(c.id(), today)));
        }
        return hits;
    }
}
