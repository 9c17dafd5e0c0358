package dev.vigil.engine.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vigil.engine.assess.AssessOptions;
import dev.vigil.engine.assess.AssessResult;
import dev.vigil.engine.assess.Assessor;
import dev.vigil.engine.assess.Output;
import dev.vigil.engine.assessment.Finding;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.source.SourceResolver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reader finds every id of the model in the PDFs by searching the extracted text, with PDFBox and with
 * an independent extractor (poppler's pdftotext): ids are never wrapped at a hyphen, and "fi"/"fl" never
 * become ligature characters. The model is the reference model with its ids made long and full of "fi",
 * "fl" and "ff", so tables must change layout to hold them.
 */
class DocumentTextTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    /** Each id of the reference model and the long one this test gives it. */
    private static final Map<String, String> LONGER = Map.of(
            "pump", "infusion-flow-pump-firmware-unit",
            "cloud-api", "fleet-configuration-office-api",
            "over-delivery", "insulin-over-delivery-of-affected-fluid",
            "pump-swd", "pump-serial-wire-debug-for-factory-flashing",
            "app-to-cloud", "mobile-app-to-fleet-cloud-profile-sync");

    @TempDir
    static Path dir;

    private static SystemModel model;
    private static List<Finding> findings;
    private static Map<String, String> pdfbox = new LinkedHashMap<>();
    private static Map<String, String> poppler = new LinkedHashMap<>();

    @BeforeAll
    static void writeTheDocuments() throws Exception {
        String yaml = Files.readString(Path.of("../examples/glucoflow.yaml"));
        for (Map.Entry<String, String> e : LONGER.entrySet()) {
            // whole ids only: "pump" but not "pump-ble"'s prefix of another id
            yaml = yaml.replaceAll(
                    "(?<![\\w-])" + java.util.regex.Pattern.quote(e.getKey()) + "(?![\\w-])", e.getValue());
        }
        Path file = dir.resolve("long-ids.yaml");
        Files.writeString(file, yaml);
        model = new ModelLoader().load(file).orThrow();
        AssessResult result =
                new Assessor().assess(model, AssessOptions.on(DAY).withOutputs(Output.COMPLIANCE, Output.DIAGRAMS));
        findings = result.assessment().findings();
        List<GeneratedDocument> documents =
                Documents.make(result, DocumentOptions.on(DAY), Documents.sets("all"), SourceResolver.fileSystem());
        List<Path> written = Documents.write(documents, Documents.Format.PDF, dir.resolve("out"), "vigil test");
        boolean pdftotext = DocumentsPdfTest.PageImages.popplerToolAvailable("pdftotext");
        if (!pdftotext) {
            System.out.println("DocumentTextTest: pdftotext not found; only PDFBox reads the text"
                    + " (apt-get install poppler-utils)");
        }
        for (Path pdf : written) {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                pdfbox.put(pdf.getFileName().toString(), new PDFTextStripper().getText(document));
            }
            if (pdftotext) {
                poppler.put(pdf.getFileName().toString(), pdftotext(pdf));
            }
        }
    }

    @Test
    void theLongIdsAreInTheModel() {
        assertThat(ids()).contains(LONGER.values().toArray(String[]::new));
    }

    @Test
    void pdfboxReadsEveryIdWhole() {
        String all = String.join("\n", pdfbox.values());
        assertThat(ids()).allSatisfy(id -> assertThat(all).as("PDFBox text").contains(id));
    }

    @Test
    void pdftotextReadsEveryIdWhole() {
        assumeTrue(!poppler.isEmpty(), "pdftotext not found (apt-get install poppler-utils)");
        String all = String.join("\n", poppler.values());
        assertThat(ids()).allSatisfy(id -> assertThat(all).as("pdftotext text").contains(id));
    }

    @Test
    void theRiskReportAndTheTraceabilityMatrixNameEveryFindingWhole() {
        for (Map<String, String> text : List.of(pdfbox, poppler)) {
            for (String file : List.of("fda-srmr.pdf", "fda-traceability.pdf")) {
                if (text.containsKey(file)) {
                    assertThat(findings)
                            .allSatisfy(f -> assertThat(text.get(file)).as(file).contains(f.id()));
                }
            }
        }
    }

    @Test
    void noTextComesOutAsALigature() {
        for (Map<String, String> text : List.of(pdfbox, poppler)) {
            text.forEach((file, t) -> assertThat(t).as(file).doesNotContainPattern("[\uFB00-\uFB06]"));
        }
    }

    private static List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (Component c : model.components()) {
            ids.add(c.id());
            c.interfaces().forEach(i -> ids.add(i.id()));
        }
        model.hazards().forEach(h -> ids.add(h.id()));
        model.controls().forEach(c -> ids.add(c.id()));
        model.flows().forEach(f -> ids.add(f.id()));
        findings.forEach(f -> ids.add(f.id()));
        return ids;
    }

    private static String pdftotext(Path pdf) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("pdftotext " + pdf).isZero();
        return text;
    }
}
