package dev.vigil.engine.report;

import dev.vigil.engine.assessment.Assessment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a report directory: {@code report.json}, {@code report.html} and one {@code <name>.svg} per
 * diagram. Each file is written under a temporary name and moved into place, so a reader never sees a
 * half-written file under the final name.
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
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (Diagram d : diagrams) {
            written.add(writeAtomically(dir.resolve(d.name() + ".svg"), d.svg()));
        }
        Rendered reports = render(assessment, vigilVersion, diagrams, compliance, vulnerabilities);
        written.add(writeAtomically(dir.resolve("report.json"), reports.json()));
        written.add(writeAtomically(dir.resolve("report.html"), reports.html()));
        return written;
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
        java.util.concurrent.CompletableFuture<String> json = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> ReportJson.render(assessment, vigilVersion, compliance, vulnerabilities));
        String html = ReportHtml.render(assessment, vigilVersion, diagrams, compliance, vulnerabilities);
        return new Rendered(json.join(), html);
    }

    static Path writeAtomically(Path target, String content) throws IOException {
        // A sibling, so the move stays on one file system; not createTempFile, whose owner-only
        // permissions would carry over to a report meant to be shared.
        Path temp = target.resolveSibling(
                "." + target.getFileName() + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".part");
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
