package dev.vigil.engine.scan;

import dev.vigil.engine.advisory.Advisory;
import java.util.List;
import java.util.Objects;

/**
 * One advisory record that matched one component, with the evidence a reader needs to check it.
 *
 * @param record the matching record
 * @param rule the rule that matched
 * @param matched what matched, as written in the record: an OSV range or version, a CPE criterion with
 *     its bounds, a CSAF product with its version or range
 * @param ids the vulnerability ids this match speaks for: the record's id and aliases for OSV and NVD;
 *     for CSAF the CVE (and other ids) of each vulnerability listing the product as affected
 */
public record Match(Advisory record, MatchRule rule, String matched, List<String> ids) {

    public Match {
        Objects.requireNonNull(record, "record == null");
        Objects.requireNonNull(rule, "rule == null");
        Objects.requireNonNull(matched, "matched == null");
        ids = List.copyOf(ids);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("a match names at least one vulnerability id");
        }
    }

    public Confidence confidence() {
        return rule.confidence();
    }

    /** The ids of an OSV or NVD record: its own id first, then its aliases. */
    static List<String> idsOf(Advisory record) {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
        ids.add(record.id());
        ids.addAll(record.aliases());
        return List.copyOf(ids);
    }
}
