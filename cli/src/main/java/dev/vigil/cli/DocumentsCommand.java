package dev.vigil.cli;

import dev.vigil.engine.assess.AssessOptions;
import dev.vigil.engine.assess.AssessResult;
import dev.vigil.engine.documents.DocumentOptions;
import dev.vigil.engine.documents.Documents;
import dev.vigil.engine.documents.GeneratedDocument;
import dev.vigil.engine.model.SystemModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigil documents MODEL --out DIR}: the regulatory document sets, one file per document. */
@Command(
        footerHeading = "%nExamples:%n",
        footer = {
            "  vigil documents examples/glucoflow.yaml --out docs",
            "  vigil documents model.yaml --out docs --set fda --format html",
            "  vigil documents model.yaml --out docs --since previous.yaml --revision 2"
        },
        name = "documents",
        mixinStandardHelpOptions = true,
        description = "Write regulatory documents from a system model: the FDA premarket set, the EU technical"
                + " documentation's security part, Health Canada's and TGA's sets, and the customer security"
                + " documentation. One file per document, PDF/A by default.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every document was written",
            "2:the model or an option is invalid, or a document file exists (give --force)"
        })
final class DocumentsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The system model (YAML or JSON).")
    Path modelFile;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write into (created).")
    Path out;

    @Option(
            names = "--set",
            defaultValue = "all",
            paramLabel = "SET",
            description = "fda, eu, hc, tga, customer (products), site (manufacturing sites) or all: every set"
                    + " for the model's kind (default: ${DEFAULT-VALUE}).")
    String set;

    @Option(names = "--format", defaultValue = "pdf", description = "pdf or html (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(
            names = "--store",
            paramLabel = "DIR",
            description = "Advisory store to check the components' SBOMs against (default: the default store when"
                    + " it exists; without one the documents say vulnerabilities were not checked).")
    Path store;

    @Option(
            names = "--vex",
            paramLabel = "F",
            arity = "1..*",
            description = "VEX documents: their status appears in the vulnerability assessment.")
    List<Path> vex;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Document date (default: today, UTC).")
    String date;

    @Option(names = "--revision", defaultValue = "1", description = "Document revision (default: ${DEFAULT-VALUE}).")
    String revision;

    @Option(names = "--author", description = "Author named in the document control block.")
    String author;

    @Option(
            names = "--since",
            paramLabel = "OLD_MODEL",
            description = "The previous release's model: the first document of each set opens with what changed"
                    + " (findings added and fixed, components, requirement status).")
    Path since;

    @Option(names = "--force", description = "Overwrite document files that exist.")
    boolean force;

    enum Format {
        pdf,
        html
    }

    @Override
    public Integer call() {
        List<String> chosenSets = Documents.sets(set);
        Documents.Format chosen = format == Format.html ? Documents.Format.HTML : Documents.Format.PDF;
        LocalDate day = date();
        SystemModel model = ModelArgument.load(modelFile, spec.commandLine().getErr());
        List<String> sets = Documents.applicable(chosenSets, model.system());
        if (!force) {
            for (Path file : Documents.files(sets, chosen, out)) {
                if (Files.exists(file)) {
                    throw new BadInputException(file + " exists: give --force to overwrite the documents");
                }
            }
        }
        AssessOptions options = AssessOptions.on(day)
                .withSources(ModelArgument.sources(modelFile))
                .withVex(VexFiles.index(vex));
        DocumentOptions documentOptions = DocumentOptions.on(day).withRevision(revision);
        if (author != null) {
            documentOptions = documentOptions.withAuthor(author);
        }
        Optional<Documents.Previous> previous = since == null
                ? Optional.empty()
                : Optional.of(new Documents.Previous(
                        ModelArgument.load(since, spec.commandLine().getErr()), ModelArgument.sources(since)));
        DocumentOptions chosenOptions = documentOptions;
        // One engine call: this release assessed, the previous one for the change summary, the documents made.
        Documents.Made made = AdvisoryStores.using(
                store,
                false,
                advisories ->
                        Documents.assessAndMake(model, previous, options.withStore(advisories), chosenOptions, sets));
        AssessResult result = made.result();
        List<GeneratedDocument> documents = made.documents();
        List<Path> written;
        try {
            written = Documents.write(documents, chosen, out, "vigil " + VigilCommand.versionText());
        } catch (IOException e) {
            throw new BadInputException("cannot write the documents into " + out + ": " + e.getMessage());
        }
        PrintWriter stdout = spec.commandLine().getOut();
        for (int i = 0; i < written.size(); i++) {
            stdout.println(written.get(i) + "\t" + documents.get(i).control().documentId() + "\t"
                    + documents.get(i).title());
        }
        result.assessment()
                .trackingWarnings()
                .forEach(w -> spec.commandLine().getErr().println("vigil: warning: " + w));
        stdout.flush();
        return ExitCodes.OK;
    }

    private LocalDate date() {
        if (date == null) {
            return LocalDate.now(Clock.systemUTC());
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new BadInputException("--date must be a date as YYYY-MM-DD, not '" + date + "'");
        }
    }
}
