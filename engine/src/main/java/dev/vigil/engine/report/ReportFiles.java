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
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (Diagram d : diagrams) {
            written.add(writeAtomically(dir.resolve(d.name() + ".svg"), d.svg()));
        }
        written.add(
                writeAtomically(dir.resolve("report.json"), ReportJson.render(assessment, vigilVersion, compliance)));
        written.add(writeAtomically(
                dir.resolve("report.html"), ReportHtml.render(assessment, vigilVersion, diagrams, compliance)));
        return written;
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
