package dev.vigil.engine.compliance;

import dev.vigil.engine.catalog.Requirement;
import java.util.List;

/**
 * The judgement on one requirement.
 *
 * @param reason one or two plain sentences naming what is present or missing
 * @param evidence the model facts that satisfied the requirement's terms
 * @param blockingFindings ids ({@code <rule>@<element>}) of open findings that keep it from being met
 * @param missing the evidence terms that do not hold, each with what is missing (the action list's input)
 */
public record ComplianceRow(
        Requirement requirement,
        ComplianceStatus status,
        String reason,
        List<String> evidence,
        List<String> blockingFindings,
        List<Missing> missing) {

    /** One evidence term that does not hold: the term as the catalog writes it and what the model lacks. */
    public record Missing(String term, String shortfall) {}

    public ComplianceRow {
        evidence = List.copyOf(evidence);
        blockingFindings = List.copyOf(blockingFindings);
        missing = List.copyOf(missing);
    }

    public String framework() {
        return requirement.framework();
    }

    public boolean applicable() {
        return status != ComplianceStatus.NOT_APPLICABLE;
    }
}
