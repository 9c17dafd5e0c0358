package dev.vigil.engine.report;

import dev.vigil.engine.assessment.Assessment;
import dev.vigil.engine.source.AtomicFiles;
import dev.vigil.engine.support.SupportOutlook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a report directory: {@code report.json}, {@code report.html} and one {@code <name>.svg} per
 * diagram. Every file is written under a temporary name first and all are moved into place together
 * ({@link AtomicFiles}), so a failure leaves the previous report set, never a mix.
 */
public final class ReportFiles {

    private ReportFiles() {}

    /** Writes every file and returns their paths in the order written. */
    public static List<Path> write(Path dir, Assessment assessment, String vigilVersion, List<Diagram> diagrams)
            throws IOException {
        return write(dir, assessment, vigilVersion, diagrams, java.util.Optional.empty());
    }

    /** Also puts the compliance result into both reports when one is given. */
    public static List<Path> write(
            Path dir,
            Assessment assessment,
            String vigilVersion,
            List<Diagram> diagrams,
            java.util.Optional<dev.vigil.engine.compliance.ComplianceReport> compliance)
            throws IOException {
        return write(dir, assessment, vigilVersion, diagrams, compliance, VulnerabilityCheck.notChecked());
    }

    /** Also puts the vulnerabilities of the component SBOMs (or why they were not checked) into both reports. */
    public static List<Path> write(
            Path dir,
            Assessment assessment,
            String vigilVersion,
            List<Diagram> diagrams,
            java.util.Optional<dev.vigil.engine.compliance.ComplianceReport> compliance,
            VulnerabilityCheck vulnerabilities)
            throws IOException {
        return write(dir, assessment, vigilVersion, diagrams, compliance, vulnerabilities, java.util.Optional.empty());
    }

    /** Also the ends of support that passed or come within the warning horizon, when an outlook is given. */
    public static List<Path> write(
            Path dir,
            Assessment assessment,
            String vigilVersion,
            List<Diagram> diagrams,
            java.util.Optional<dev.vigil.engine.compliance.ComplianceReport> compliance,
            VulnerabilityCheck vulnerabilities,
            java.util.Optional<SupportOutlook> support)
            throws IOException {
        Files.createDirectories(dir);
        Map<Path, String> files = new LinkedHashMap<>();
        for (Diagram d : diagrams) {
            files.put(dir.resolve(d.name() + ".svg"), d.svg());
        }
        Rendered reports = render(assessment, vigilVersion, diagrams, compliance, vulnerabilities, support);
        files.put(dir.resolve("report.json"), reports.json());
        files.put(dir.resolve("report.html"), reports.html());
        return AtomicFiles.writeAll(files);
    }

    /** Both reports of one assessment. */
    public record Rendered(String json, String html) {}

    /**
     * Renders report.json and report.html side by side: they share nothing but the immutable assessment,
     * and on a large model each takes about a second.
     */
    public static Rendered render(
            Assessment assessment,
            String vigilVersion,
            List<Diagram> diagrams,
            java.util.Optional<dev.vigil.engine.compliance.ComplianceReport> compliance) {
        return render(assessment, vigilVersion, diagrams, compliance, VulnerabilityCheck.notChecked());
    }

    /** Both reports, with the vulnerabilities of the component SBOMs or why they were not checked. */
    public static Rendered render(
            Assessment assessment,
            String vigilVersion,
            List<Diagram> diagrams,
            java.util.Optional<dev.vigil.engine.compliance.ComplianceReport> compliance,
            VulnerabilityCheck vulnerabilities) {
        return render(assessment, vigilVersion, diagrams, compliance, vulnerabilities, java.util.Optional.empty());
    }

    /** Both reports, with the support outlook when one is given. */
    public static Rendered render(
            Assessment assessment,
            String vigilVersion,
            List<Diagram> diagrams,
            java.util.Optional<dev.vigil.engine.compliance.ComplianceReport> compliance,
            VulnerabilityCheck vulnerabilities,
            java.util.Optional<SupportOutlook> support) {
        java.util.concurrent.CompletableFuture<String> json = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> ReportJson.render(assessment, vigilVersion, compliance, vulnerabilities, support));
        String html = ReportHtml.render(assessment, vigilVersion, diagrams, compliance, vulnerabilities, support);
        return new Rendered(json.join(), html);
    }
}
