package dev.vigil.engine.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.assess.AssessOptions;
import dev.vigil.engine.assess.AssessResult;
import dev.vigil.engine.assess.Assessor;
import dev.vigil.engine.assess.Output;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.source.SourceResolver;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every document of every set for the GlucoFlow example, rendered once as PDF and read back: sections,
 * ids, page rendering, embedded fonts, PDF/A identification and nothing outside the page margins.
 */
class DocumentsPdfTest {

    /** The documents' side margins are 15 mm; text closer than 10 mm to an edge ran off its table. */
    private static final float EDGE = 10 / 25.4f * 72;

    @TempDir
    static Path dir;

    /** As the server records them: one over the current content, one over content that changed since. */
    static final List<DocumentControl.Approval> APPROVALS = List.of(
            new DocumentControl.Approval(
                    "Ada Approver", "approval", Instant.parse("2026-12-03T10:15:30Z"), "a".repeat(64), true),
            new DocumentControl.Approval(
                    "Rex Reviewer", "review", Instant.parse("2026-12-02T08:00:00Z"), "b".repeat(64), false));

    static SystemModel model;
    static List<GeneratedDocument> documents;
    static final Map<String, String> TEXT = new LinkedHashMap<>();
    static final Map<String, Path> FILES = new LinkedHashMap<>();

    @BeforeAll
    static void renderEveryDocumentOnce() throws IOException {
        model = new ModelLoader().load(Path.of("../examples/glucoflow.yaml")).orThrow();
        LocalDate day = LocalDate.of(2026, 12, 4);
        AssessResult result =
                new Assessor().assess(model, AssessOptions.on(day).withOutputs(Output.COMPLIANCE, Output.DIAGRAMS));
        documents = Documents.make(
                result,
                DocumentOptions.on(day).withAuthor("Test Author").withApprovals(APPROVALS),
                Documents.sets("all"),
                SourceResolver.fileSystem());
        List<Path> files = Documents.write(documents, Documents.Format.PDF, dir, "vigil test");
        for (int i = 0; i < files.size(); i++) {
            String id = documents.get(i).control().documentId();
            FILES.put(id, files.get(i));
            try (PDDocument pdf = Loader.loadPDF(files.get(i).toFile())) {
                TEXT.put(id, new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "));
            }
        }
    }

    @Test
    void everyDocumentOfEverySetIsWritten() {
        assertThat(FILES).hasSize(13);
        assertThat(FILES.values()).allSatisfy(f -> assertThat(f).isNotEmptyFile());
        assertThat(FILES.keySet()).contains("GLUCOFLOW-FDA-SRMR", "GLUCOFLOW-EU-GSPR", "GLUCOFLOW-CUSTOMER-SECURITY");
    }

    @Test
    void theApprovalBlockNamesEachSignatureWithMeaningTimeAndTheContentItSigned() {
        for (GeneratedDocument d : documents) {
            // The text extractor may break the 64-digit hash where the cell wraps it; compare without spaces.
            String text = TEXT.get(d.control().documentId()).replace(" ", "");
            assertThat(text)
                    .as(d.control().documentId())
                    .contains("AdaApprover", "approval", "2026-12-0310:15:30", "a".repeat(64))
                    .contains("RexReviewer", "review", "2026-12-0208:00:00", "b".repeat(64))
                    .contains("(signedearliercontent:thereleasechangedafterthissignature)")
                    .doesNotContain("Noapprovalrecorded");
        }
    }

    @Test
    void eachDocumentHasItsControlBlockContentsSummaryAndSections() {
        for (GeneratedDocument d : documents) {
            String text = TEXT.get(d.control().documentId());
            assertThat(text)
                    .as(d.control().documentId())
                    .contains(
                            "Document control",
                            d.control().documentId(),
                            "Test Author",
                            "Contents",
                            "Executive summary")
                    .doesNotContain("null");
            for (Section s : d.sections()) {
                assertThat(text).as(d.control().documentId()).contains(s.number() + " " + s.title());
            }
        }
    }

    @Test
    void theRiskReportNamesEveryComponentInterfaceHazardAndFinding() {
        String text = unbroken(TEXT.get("GLUCOFLOW-FDA-SRMR"));
        List<String> ids = new ArrayList<>();
        model.components().forEach(c -> {
            ids.add(c.id());
            c.interfaces().stream().map(Component.Interface::id).forEach(ids::add);
        });
        model.hazards().forEach(h -> ids.add(h.id()));
        assertThat(text).contains(ids);
        assertThat(text).contains(findingIds());
    }

    @Test
    void theTraceabilityMatrixAndRequirementsCarryEveryFindingAndControl() {
        String matrix = unbroken(TEXT.get("GLUCOFLOW-FDA-TRACEABILITY"));
        assertThat(matrix).contains(findingIds());
        String requirements = unbroken(TEXT.get("GLUCOFLOW-FDA-REQUIREMENTS"));
        model.controls().forEach(c -> assertThat(requirements).contains("REQ-" + c.id()));
    }

    @Test
    void theLabelingListsInterfacesAccountsAndTheDefaultPassword() {
        String text = unbroken(TEXT.get("GLUCOFLOW-FDA-LABELING"));
        assertThat(text).contains("pump-ble", "pump-swd", "default-password", "Changethedefaultpassword");
        assertThat(text).contains("Howtoreportavulnerability", "Securedecommissioning", "psirt@example.com");
    }

    @Test
    void whatTheModelDoesNotStateIsSaidNotLeftOut() {
        assertThat(TEXT.get("GLUCOFLOW-FDA-SBOM")).contains("Not stated in the model: an SBOM");
        assertThat(TEXT.get("GLUCOFLOW-FDA-CMP")).contains("not stated in the model");
    }

    @Test
    void theEuChecklistPointsToTheDocumentsThatHoldTheEvidence() {
        assertThat(unbroken(TEXT.get("GLUCOFLOW-EU-GSPR"))).contains("mdr-annex-i-17-2", "GLUCOFLOW-EU-TECHDOC");
    }

    @Test
    void pagesRenderNotBlankWithEmbeddedFontsAsPdfA() throws IOException {
        for (Path file : FILES.values()) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 24);
                assertThat(inkShare(page)).as(file.toString()).isGreaterThan(0.01);
                for (PDPage p : pdf.getPages()) {
                    for (var name : p.getResources().getFontNames()) {
                        PDFont font = p.getResources().getFont(name);
                        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    }
                }
                String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8");
                assertThat(xmp).contains("pdfaid:part").contains("2");
            }
        }
    }

    @Test
    void noTextRunsOffThePageOrIntoItsMargins() throws IOException {
        for (Path file : FILES.values()) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                float width = pdf.getPage(0).getMediaBox().getWidth();
                List<String> outside = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        for (TextPosition t : positions) {
                            if (t.getXDirAdj() < EDGE || t.getXDirAdj() + t.getWidthDirAdj() > width - EDGE) {
                                outside.add(text);
                                return;
                            }
                        }
                    }
                };
                stripper.getText(pdf);
                assertThat(outside).as(file.toString()).isEmpty();
            }
        }
    }

    private static List<String> findingIds() {
        return new Assessor()
                .assess(model, AssessOptions.on(LocalDate.of(2026, 12, 4))).assessment().findings().stream()
                        .map(f -> f.id())
                        .toList();
    }

    /** Text without white space, so an id wrapped inside a table cell reads whole. */
    private static String unbroken(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        return (double) ink / ((long) image.getWidth() * image.getHeight());
    }
}
