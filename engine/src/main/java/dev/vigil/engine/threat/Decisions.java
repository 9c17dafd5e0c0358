package dev.vigil.engine.threat;

import dev.vigil.engine.model.Assumption;
import dev.vigil.engine.model.FindingId;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.model.Tracking;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a model says about its findings: the tracking entry deciding each one and the assumption that
 * excludes it. One place, so the assessment and the compliance evaluation agree on what is still open.
 */
public final class Decisions {

    private final Map<String, Tracking> tracking = new HashMap<>();
    private final Map<String, Assumption> exclusions = new HashMap<>();

    private Decisions(SystemModel model) {
        // The loader refuses a finding tracked twice; the first entry would apply if one slipped through.
        model.tracking().forEach(t -> tracking.putIfAbsent(t.finding(), t));
        for (Assumption a : model.assumptions()) {
            a.excludes().forEach(x -> exclusions.putIfAbsent(new FindingId(x.rule(), x.element()).toString(), a));
        }
    }

    public static Decisions of(SystemModel model) {
        return new Decisions(model);
    }

    /** The tracking entry for a finding id ({@code <rule>@<element>}), if any. */
    public Optional<Tracking> tracking(String findingId) {
        return Optional.ofNullable(tracking.get(findingId));
    }

    /** The assumption that switches the finding off, if any. */
    public Optional<Assumption> exclusion(String findingId) {
        return Optional.ofNullable(exclusions.get(findingId));
    }

    /** Open: not excluded, and not decided (mitigated, accepted, ...) by a tracking entry. */
    public boolean isOpen(String findingId) {
        return exclusion(findingId).isEmpty()
                && tracking(findingId)
                        .map(t -> t.status() == Tracking.Status.OPEN)
                        .orElse(true);
    }
}
