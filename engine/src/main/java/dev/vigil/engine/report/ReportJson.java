package dev.vigil.engine.report;

import dev.vigil.engine.assessment.Assessment;
import dev.vigil.engine.compliance.ComplianceReport;
import dev.vigil.engine.render.JsonDocuments;
import dev.vigil.engine.support.SupportOutlook;
import java.util.Optional;

/** {@code report.json}: the {@link ReportDocument} as text, ending with a line break. */
public final class ReportJson {

    private ReportJson() {}

    public static String render(Assessment assessment, String vigilVersion) {
        return render(assessment, vigilVersion, Optional.empty());
    }

    /** The report with {@code compliance[]} and {@code complianceSummary} when a compliance result is given. */
    public static String render(Assessment assessment, String vigilVersion, Optional<ComplianceReport> compliance) {
        return render(assessment, vigilVersion, compliance, VulnerabilityCheck.notChecked());
    }

    /**
     * The report with the vulnerabilities of the component SBOMs ({@code vulnerabilities[]} as {@code vigil
     * scan} writes them, {@code suppressedVulnerabilities[]}, {@code vulnerabilitySummary}), or the reason
     * they were not checked.
     */
    public static String render(
            Assessment assessment,
            String vigilVersion,
            Optional<ComplianceReport> compliance,
            VulnerabilityCheck vulnerabilities) {
        return render(assessment, vigilVersion, compliance, vulnerabilities, Optional.empty());
    }

    /** The report with the {@code support} object ("support ends within N days") when an outlook is given. */
    public static String render(
            Assessment assessment,
            String vigilVersion,
            Optional<ComplianceReport> compliance,
            VulnerabilityCheck vulnerabilities,
            Optional<SupportOutlook> support) {
        return JsonDocuments.write(ReportDocument.of(assessment, vigilVersion, compliance, vulnerabilities, support))
                + "\n";
    }
}
