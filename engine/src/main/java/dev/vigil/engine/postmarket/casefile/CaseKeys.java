package dev.vigil.engine.postmarket.casefile;

import java.util.List;

/** The keys of case format 1, in one place: the reader enforces them and a test holds the JSON Schema to them. */
public final class CaseKeys {
    public static final List<String> ROOT = List.of(
            "vigil-case",
            "id",
            "title",
            "product",
            "aware",
            "source",
            "vulnerabilities",
            "incident",
            "milestones",
            "disclosureDays",
            "nis2");
    public static final List<String> VULNERABILITY = List.of(
            "id",
            "cve",
            "cwe",
            "title",
            "description",
            "elements",
            "cvss",
            "affected",
            "fixed",
            "exploited",
            "adverseEvents",
            "remediations");
    public static final List<String> INCIDENT =
            List.of("death", "seriousDeterioration", "publicHealthThreat", "remedialAction", "significant");

    private CaseKeys() {}
}
