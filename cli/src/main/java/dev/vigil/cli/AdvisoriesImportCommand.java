package dev.vigil.cli;

import dev.vigil.engine.advisory.store.Advisories;
import dev.vigil.engine.advisory.store.ImportSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigil advisories import PATH... [--store DIR]}. */
@Command(
        name = "import",
        footerHeading = "%nExamples:%n",
        footer = {
            "  vigil advisories import osv-maven.zip kev.json epss_scores.csv",
            "  vigil advisories import --store advisories feeds/"
        },
        mixinStandardHelpOptions = true,
        description = {
            "Import advisory files, directories (recursively) and zip archives into the store.",
            "Formats are recognised by content: OSV JSON/YAML, NVD CVE API 2.0 JSON, CSAF 2.0, CISA KEV JSON, "
                    + "EPSS CSV. Bad records are listed and skipped; the rest is imported."
        })
final class AdvisoriesImportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories or zip archives.")
    List<Path> paths;

    @Override
    public void run() {
        Path directory = store.directory();
        ImportSummary summary = Advisories.importInto(store.given(), paths);
        PrintWriter out = spec.commandLine().getOut();
        print(out, directory, summary);
        out.flush();
        boolean nothingRead = summary.read() == 0 && summary.kevRead() == 0 && summary.epssRead() == 0;
        if (nothingRead && summary.problems() > 0) {
            throw new BadInputException("nothing could be imported; see the problems listed above");
        }
        if (!summary.failedFiles().isEmpty()) {
            ImportSummary.Skip first = summary.failedFiles().get(0);
            int more = summary.failedFiles().size() - 1;
            throw new BadInputException(first.where() + ": " + first.reason()
                    + (more > 0 ? " (and " + more + " more file" + (more == 1 ? "" : "s") + ")" : "")
                    + "; the other files were imported");
        }
    }

    static void print(PrintWriter out, Path directory, ImportSummary s) {
        out.printf("Advisory store: %s%n", directory);
        out.printf(
                Locale.ROOT,
                "read %d records: %d imported, %d replaced, %d unchanged, %d skipped%n",
                s.read(),
                s.imported(),
                s.replaced(),
                s.unchanged(),
                s.outdated() + s.malformed());
        if (s.outdated() > 0) {
            out.printf("  %d skipped: older revision than the stored one%n", s.outdated());
        }
        if (s.malformed() > 0) {
            out.printf("  %d skipped: malformed record%n", s.malformed());
        }
        if (s.kevRead() > 0) {
            out.printf("KEV: %d entries read, %d added, %d updated%n", s.kevRead(), s.kevAdded(), s.kevUpdated());
        }
        if (s.epssRead() > 0) {
            out.printf("EPSS: %d scores read, %s%n", s.epssRead(), s.epssOutcome());
        }
        if (!s.skips().isEmpty()) {
            out.printf("%d problem%s:%n", s.problems(), s.problems() == 1 ? "" : "s");
            s.skips().forEach(skip -> out.printf("  %s: %s%n", skip.where(), skip.reason()));
            if (s.problems() > s.skips().size()) {
                out.printf("  ... and %d more%n", s.problems() - s.skips().size());
            }
        }
        out.printf(Locale.ROOT, "took %.1f s%n", s.elapsed().toMillis() / 1000.0);
    }
}
