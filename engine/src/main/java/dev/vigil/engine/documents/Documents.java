package dev.vigil.engine.documents;

import dev.vigil.engine.assess.AssessOptions;
import dev.vigil.engine.assess.AssessResult;
import dev.vigil.engine.assess.Assessor;
import dev.vigil.engine.assess.Output;
import dev.vigil.engine.model.SystemInfo;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.source.AtomicFiles;
import dev.vigil.engine.source.InputException;
import dev.vigil.engine.source.SourceResolver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The documents front door: makes the documents of the chosen sets from one assessment (which must
 * include compliance and diagrams) and writes them, one file per document, as PDF/A or XHTML.
 *
 * <pre>{@code
 * List<GeneratedDocument> docs = Documents.make(result, DocumentOptions.on(today), List.of("fda"), sources);
 * Documents.write(docs, Documents.Format.PDF, dir, "Vigil 1.0", false);
 * }</pre>
 */
public final class Documents {

    public enum Format {
        PDF("pdf"),
        HTML("html");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    private Documents() {}

    /** The set ids a choice names: one set, or every set for {@code all}. */
    public static List<String> sets(String choice) {
        DocumentSets all = DocumentSets.standard();
        if (choice.equals("all")) {
            return all.ids();
        }
        if (all.find(choice).isEmpty()) {
            throw new InputException(
                    "unknown document set '" + choice + "': choose one of " + String.join(", ", all.ids()) + " or all");
        }
        return List.of(choice);
    }

    /**
     * The previous release's model for the change summary, with the resolver that loaded it: its evidence
     * files are looked up by its own folder's rule, not the current model's.
     */
    public record Previous(SystemModel model, SourceResolver sources) {}

    /** What {@link #assessAndMake} made: the assessment the documents were written from, and the documents. */
    public record Made(AssessResult result, List<GeneratedDocument> documents) {
        public Made {
            documents = List.copyOf(documents);
        }
    }

    /**
     * The documents use case ({@code vigil documents}): assesses {@code model} with what documents need
     * (compliance, vulnerabilities, diagrams) under {@code options}, assesses the previous release's model
     * for the change summary when one is given (same date, risk matrix and frameworks, its own sources; its
     * vulnerabilities are not compared), and makes the documents of {@code setIds} that fit the model.
     *
     * @throws InputException when an option cannot be honoured, a set does not fit the model's kind, or the
     *     previous model describes another system
     */
    public static Made assessAndMake(
            SystemModel model,
            Optional<Previous> previous,
            AssessOptions options,
            DocumentOptions documentOptions,
            List<String> setIds) {
        previous.ifPresent(p -> sameSystem(model.system(), p.model().system()));
        Assessor assessor = new Assessor();
        AssessResult result =
                assessor.assess(model, options.withOutputs(Output.COMPLIANCE, Output.VULNERABILITIES, Output.DIAGRAMS));
        DocumentOptions chosen = documentOptions;
        if (previous.isPresent()) {
            AssessResult before = assessor.assess(
                    previous.get().model(),
                    AssessOptions.on(options.date())
                            .withRiskMatrix(options.riskMatrix())
                            .withCompliance(options.compliance())
                            .withSources(previous.get().sources())
                            .withOutputs(Output.COMPLIANCE));
            chosen = chosen.withSince(before, previous.get().sources());
        }
        return new Made(result, make(result, chosen, setIds, options.sources()));
    }

    /**
     * A change summary compares two releases of one system; against another system's model it would list
     * every difference between two products as "changes", which a 510(k) or a change notification must
     * not rest on. So a previous model of another system id is refused rather than compared.
     */
    private static void sameSystem(SystemInfo now, SystemInfo before) {
        if (!now.id().equals(before.id())) {
            throw new InputException("the previous release's model describes system '" + before.id() + "', not '"
                    + now.id() + "': a change summary compares two releases of the same system");
        }
    }

    public static List<GeneratedDocument> make(
            AssessResult result, DocumentOptions options, List<String> setIds, SourceResolver sources) {
        if (result.compliance().isEmpty()) {
            throw new IllegalArgumentException("documents need an assessment with compliance");
        }
        setIds = applicable(setIds, result.assessment().model().system());
        DocumentSets all = DocumentSets.standard();
        DocumentContext context = new DocumentContext(result, options, all, sources);
        List<GeneratedDocument> documents = new ArrayList<>();
        for (String id : setIds) {
            DocumentSets.DocumentSet set = all.find(id).orElseThrow();
            for (DocumentSets.DocumentSpec spec : set.documents()) {
                documents.add(DocumentWriter.write(set, spec, context));
            }
        }
        return documents;
    }

    /**
     * The sets of {@code setIds} that document this kind of system: a product gets the submission and
     * customer sets, a site its own. Naming one set that does not fit is an input error, as is a choice
     * that leaves nothing; a choice of several (all) keeps those that fit.
     */
    public static List<String> applicable(List<String> setIds, SystemInfo system) {
        DocumentSets all = DocumentSets.standard();
        List<String> fitting = setIds.stream()
                .filter(id -> all.find(id).orElseThrow().documents(system.kind()))
                .toList();
        if (fitting.isEmpty()) {
            List<String> instead = all.sets().stream()
                    .filter(s -> s.documents(system.kind()))
                    .map(DocumentSets.DocumentSet::id)
                    .toList();
            throw new InputException("'" + system.id() + "' is a "
                    + (system.kind() == SystemInfo.Kind.SITE ? "manufacturing site" : "product")
                    + ": the set " + String.join(", ", setIds) + " documents another kind of system; choose "
                    + String.join(", ", instead) + " or all");
        }
        return fitting;
    }

    /** The files {@link #write} would write, so a caller can refuse to overwrite before any work. */
    public static List<Path> files(List<String> setIds, Format format, Path dir) {
        DocumentSets all = DocumentSets.standard();
        List<Path> files = new ArrayList<>();
        for (String id : setIds) {
            for (DocumentSets.DocumentSpec spec : all.find(id).orElseThrow().documents()) {
                files.add(dir.resolve(id + "-" + spec.id() + "." + format.extension()));
            }
        }
        return files;
    }

    /**
     * Writes each document into {@code dir} (created) and returns the files in order. The set is written
     * whole or not at all: a failure (full disk) leaves the files that were there before.
     */
    public static List<Path> write(List<GeneratedDocument> documents, Format format, Path dir, String generator)
            throws IOException {
        Files.createDirectories(dir);
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (GeneratedDocument d : documents) {
            String html = DocumentHtml.render(d, generator);
            files.put(
                    dir.resolve(d.fileStem() + "." + format.extension()),
                    format == Format.HTML ? html.getBytes(StandardCharsets.UTF_8) : DocumentPdf.render(html));
        }
        return AtomicFiles.writeAllBytes(files);
    }
}
