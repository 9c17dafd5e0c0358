package dev.vigil.engine.catalog;

import java.util.List;
import java.util.Map;

/**
 * One requirement, recommendation or principle of a framework, summarised in our own words.
 *
 * @param section the source's own numbering, e.g. {@code "V.A.1"} or {@code "17.4"}
 * @param verified false where a detail (numbering, content) was recalled and not checked against
 *     the official text; {@code note} then says what is unchecked
 * @param details named lists from the source's structure (e.g. DITTA's threats, recommendations and
 *     reference standards; FDA's labeling items)
 * @param evidence what satisfies the requirement (all terms for {@code met})
 * @param blockedBy open findings that keep the requirement from being met
 * @param refersTo other catalog requirements this one points to or mirrors
 * @param needs when the model format cannot express what the requirement asks for, that fact in words;
 *     such a requirement is not assessable from a model (empty otherwise)
 */
public record Requirement(
        String id,
        String framework,
        String section,
        String title,
        String summary,
        Applicability applicability,
        String phase,
        List<String> themes,
        Citation citation,
        boolean verified,
        String note,
        Map<String, List<String>> details,
        List<Evidence> evidence,
        List<FindingSelector> blockedBy,
        List<String> refersTo,
        String needs) {

    public Requirement {
        themes = List.copyOf(themes);
        // in the source's order: Map.copyOf iterates in a per-run order, which made JSON output differ by run
        details = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
        evidence = List.copyOf(evidence);
        blockedBy = List.copyOf(blockedBy);
        refersTo = List.copyOf(refersTo);
    }
}
