package dev.vigil.server.products;

import dev.vigil.engine.advisory.store.AdvisoryStore;
import dev.vigil.engine.assess.AssessOptions;
import dev.vigil.engine.assess.AssessResult;
import dev.vigil.engine.assess.Assessor;
import dev.vigil.engine.assess.Output;
import dev.vigil.engine.assessment.Assessment;
import dev.vigil.engine.diagram.Diagrams;
import dev.vigil.engine.documents.DocumentOptions;
import dev.vigil.engine.documents.Documents;
import dev.vigil.engine.documents.GeneratedDocument;
import dev.vigil.engine.load.LoadResult;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.render.JsonDocuments;
import dev.vigil.engine.report.Diagram;
import dev.vigil.engine.report.ReportDocument;
import dev.vigil.engine.report.ReportHtml;
import dev.vigil.engine.source.Diagnostic;
import dev.vigil.engine.source.InputException;
import dev.vigil.engine.source.SourceResolver;
import dev.vigil.server.api.ApiProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The engine's front door, called exactly as {@code vigil assess} calls it, with the model and the files
 * it names taken from the upload (or the database) instead of the disk.
 */
@Component
class ModelAssessment {

    static final String VERSION = Optional.ofNullable(
                    Assessor.class.getPackage().getImplementationVersion())
            .orElse("development");

    private final Assessor assessor = new Assessor();
    private final Path advisories;

    ModelAssessment(@Value("${vigil.advisories:${vigil.data-dir}/advisories}") Path advisories) {
        this.advisories = advisories;
    }

    /**
     * A loaded, assessed model: its id and kind, report.json as the CLI writes it and the document it was
     * written from (so the upload reads the report without parsing it back), its support end dates.
     */
    record Assessed(
            String systemId,
            String kind,
            String reportJson,
            ReportDocument report,
            List<SupportEnds.SupportEnd> supportEnds,
            AssessResult result) {}

    /**
     * Loads and assesses; an invalid model is refused (422) with one entry per diagnostic.
     *
     * @param files every file of the release by relative name, the model included
     */
    Assessed assess(String modelName, Map<String, String> files, LocalDate date) {
        return assess(modelName, files, date, sources(files));
    }

    private Assessed assess(String modelName, Map<String, String> files, LocalDate date, SourceResolver sources) {
        SystemModel model = load(modelName, files.get(modelName), sources);
        AssessOptions options =
                AssessOptions.on(date).withSources(sources).withOutputs(Output.COMPLIANCE, Output.VULNERABILITIES);
        AssessResult result;
        try {
            result = withStore(store -> assessor.assess(model, options.withStore(store)));
        } catch (InputException e) {
            throw invalid(e.getMessage(), e.diagnostics());
        }
        // What ReportJson.render writes, keeping the document it writes.
        ReportDocument document =
                ReportDocument.of(result.assessment(), VERSION, result.compliance(), result.vulnerabilities());
        String json = JsonDocuments.write(document) + "\n";
        return new Assessed(
                model.system().id(),
                model.system().kind().wire(),
                json,
                document,
                SupportEnds.of(model, sources),
                result);
    }

    /**
     * report.html of an upload's own assessment: only the diagrams are drawn, from the model it loaded, as
     * the assessor draws them; the findings, compliance and vulnerabilities are those report.json holds.
     */
    String reportHtml(AssessResult uploaded) {
        Assessment a = uploaded.assessment();
        return ReportHtml.render(
                a,
                VERSION,
                Diagram.of(Diagrams.of(new ModelIndex(a.model(), a.date()))),
                uploaded.compliance(),
                uploaded.vulnerabilities());
    }

    /** report.html with diagrams: seconds of work, so a background job makes it after the upload. */
    String reportHtml(String modelName, Map<String, String> files, LocalDate date) {
        return reportHtml(modelName, files, date, sources(files));
    }

    private String reportHtml(String modelName, Map<String, String> files, LocalDate date, SourceResolver sources) {
        AssessResult result = assessFully(modelName, files, date, sources);
        return ReportHtml.render(
                result.assessment(),
                VERSION,
                Diagram.of(result.diagrams()),
                result.compliance(),
                result.vulnerabilities());
    }

    /**
     * The document sets, made as {@code vigil documents} makes them: one assessment on {@code date} with
     * compliance, vulnerabilities and diagrams, then the engine's documents front door.
     */
    List<GeneratedDocument> documents(
            String modelName, Map<String, String> files, LocalDate date, DocumentOptions options, List<String> sets) {
        SourceResolver sources = sources(files);
        return Documents.make(assessFully(modelName, files, date, sources), options, sets, sources);
    }

    /** The MDS2 form answered from the release's model, as {@code vigil mds2} answers it. */
    dev.vigil.engine.mds2.Mds2Disclosure mds2(String modelName, Map<String, String> files, LocalDate date) {
        return dev.vigil.engine.mds2.Mds2Disclosure.of(load(modelName, files.get(modelName), sources(files)), date);
    }

    private AssessResult assessFully(
            String modelName, Map<String, String> files, LocalDate date, SourceResolver sources) {
        SystemModel model = load(modelName, files.get(modelName), sources);
        return withStore(store -> assessor.assess(
                model,
                AssessOptions.on(date)
                        .withSources(sources)
                        .withStore(store)
                        .withOutputs(Output.COMPLIANCE, Output.VULNERABILITIES, Output.DIAGRAMS)));
    }

    /** A release's files, SBOMs included, read by the engine straight from memory: nothing is written to disk. */
    private static SourceResolver sources(Map<String, String> files) {
        Map<String, byte[]> bytes = new HashMap<>();
        files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return SourceResolver.inMemory(bytes);
    }

    private static SystemModel load(String modelName, String text, SourceResolver sources) {
        LoadResult loaded = new ModelLoader().load(Path.of(modelName), text, sources);
        if (!loaded.isValid()) {
            throw invalid("the model is invalid: " + loaded.errors().size() + " problems", loaded.errors());
        }
        return loaded.orThrow();
    }

    private <T> T withStore(java.util.function.Function<Optional<AdvisoryStore>, T> use) {
        return use.apply(store());
    }

    /** The advisory store as opened, with the time its index was written (an import writes a new one). */
    private record OpenStore(AdvisoryStore store, FileTime written) {}

    private OpenStore open;

    /**
     * The advisory store, opened once per instance rather than per upload (opening reads its whole index),
     * and opened again when an import has written a new index. Reads are positional, so assessments share
     * it; a store replaced by an import is left open for the assessments still reading it.
     */
    private synchronized Optional<AdvisoryStore> store() {
        Path index = advisories.resolve("index.bin");
        if (!AdvisoryStore.exists(advisories)) {
            return Optional.empty();
        }
        try {
            FileTime written = Files.getLastModifiedTime(index);
            if (open == null || !open.written().equals(written)) {
                open = new OpenStore(AdvisoryStore.open(advisories), written);
            }
            return Optional.of(open.store());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the advisory store " + advisories, e);
        }
    }

    static ApiProblem invalid(String detail, List<Diagnostic> diagnostics) {
        return ApiProblem.invalid("Invalid model", detail, diagnostics);
    }
}
