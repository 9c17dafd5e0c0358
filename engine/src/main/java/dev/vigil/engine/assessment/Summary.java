package dev.vigil.engine.assessment;

import dev.vigil.engine.model.Tracking;
import dev.vigil.engine.risk.Severity;
import dev.vigil.engine.threat.rules.Hit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts over an assessment's findings; every category is present, zero or not, so reports line up. */
public record Summary(
        int total,
        Map<Severity, Integer> bySeverity,
        Map<Tracking.Status, Integer> byStatus,
        Map<Hit.Kind, Integer> byKind,
        int controlled,
        int uncontrolled,
        int withoutHazard,
        int multiPatient) {

    public Summary {
        bySeverity = Collections.unmodifiableMap(new EnumMap<>(bySeverity));
        byStatus = Collections.unmodifiableMap(new EnumMap<>(byStatus));
        byKind = Collections.unmodifiableMap(new EnumMap<>(byKind));
    }

    static Summary of(List<Finding> findings) {
        Map<Severity, Integer> severity = zeros(Severity.class);
        Map<Tracking.Status, Integer> status = zeros(Tracking.Status.class);
        Map<Hit.Kind, Integer> kind = zeros(Hit.Kind.class);
        int controlled = 0;
        int uncontrolled = 0;
        int without = 0;
        int multi = 0;
        for (Finding f : findings) {
            severity.merge(f.score().severity(), 1, Integer::sum);
            status.merge(f.status(), 1, Integer::sum);
            kind.merge(f.kind(), 1, Integer::sum);
            if (f.score().controlled().isEmpty()) {
                without++;
            } else if (f.score().controlled().get()) {
                controlled++;
            } else {
                uncontrolled++;
            }
            if (f.score().multiPatient()) {
                multi++;
            }
        }
        return new Summary(findings.size(), severity, status, kind, controlled, uncontrolled, without, multi);
    }

    private static <E extends Enum<E>> Map<E, Integer> zeros(Class<E> type) {
        Map<E, Integer> map = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            map.put(e, 0);
        }
        return map;
    }
}
