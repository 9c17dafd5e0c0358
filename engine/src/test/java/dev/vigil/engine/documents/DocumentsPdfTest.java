package dev.vigil.engine.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.engine.assess.AssessOptions;
import dev.vigil.engine.assess.AssessResult;
import dev.vigil.engine.assess.Assessor;
import dev.vigil.engine.assess.Output;
import dev.vigil.engine.assessment.Finding;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.source.InputException;
import dev.vigil.engine.source.SourceResolver;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document of every set for each product example, rendered once as PDF and read back: sections, the
 * ids of the model where they belong, every page rendered to PNG (by pdftoppm, as a reader's viewer would,
 * else by PDFBox) not blank and with nothing at the page edge, embedded fonts, PDF/A identification and no
 * text in the margins.
 */
class DocumentsPdfTest {

    /** The documents' side margins are 15 mm; text closer than 10 mm to an edge ran off its table. */
    private static final float EDGE = 10 / 25.4f * 72;

    /** Nothing may be drawn this close to a page edge (the running header and page number sit further in). */
    private static final double EDGE_BAND_MM = 4;

    private static final int DPI = 30;

    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    private static final Map<String, Rendered> RENDERED = new ConcurrentHashMap<>();

    private static Path dir;

    /** As the server records them: one over the current content, one over content that changed since. */
    static final List<DocumentControl.Approval> APPROVALS = List.of(
            new DocumentControl.Approval(
                    "Ada Approver", "approval", Instant.parse("2026-12-03T10:15:30Z"), "a".repeat(64), true),
            new DocumentControl.Approval(
                    "Rex Reviewer", "review", Instant.parse("2026-12-02T08:00:00Z"), "b".repeat(64), false));

    /** One example model's documents, rendered once for all tests. */
    record Rendered(
            SystemModel model,
            List<Finding> findings,
            List<GeneratedDocument> documents,
            Map<String, Path> files,
            Map<String, String> text,
            Map<String, Map<String, String>> sections) {

        String text(String suffix) {
            return text.get(model.system().id().toUpperCase(java.util.Locale.ROOT) + "-" + suffix);
        }

        /**
         * The text as extracted, white space runs as one space and nothing else changed: an id must come
         * out whole, as a reader's search or script finds it (never wrapped at a hyphen, never a ligature).
         */
        String extracted(String suffix) {
            return text(suffix);
        }
    }

    static Stream<String> productExamples() {
        return Stream.of("glucoflow", "pacemaker-system", "secure-infusion-pump");
    }

    static synchronized Rendered rendered(String example) {
        return RENDERED.computeIfAbsent(example, DocumentsPdfTest::render);
    }

    private static Rendered render(String example) {
        try {
            if (dir == null) {
                dir = Files.createTempDirectory("vigil-documents-test");
            }
            SystemModel model = new ModelLoader()
                    .load(Path.of("../examples/" + example + ".yaml"))
                    .orThrow();
            AssessResult result =
                    new Assessor().assess(model, AssessOptions.on(DAY).withOutputs(Output.COMPLIANCE, Output.DIAGRAMS));
            List<GeneratedDocument> documents = Documents.make(
                    result,
                    // the GlucoFlow documents carry server approvals, the other examples none
                    example.equals("glucoflow")
                            ? DocumentOptions.on(DAY).withAuthor("Test Author").withApprovals(APPROVALS)
                            : DocumentOptions.on(DAY).withAuthor("Test Author"),
                    Documents.sets("all"),
                    SourceResolver.fileSystem());
            List<Path> written = Documents.write(documents, Documents.Format.PDF, dir.resolve(example), "vigil test");
            Map<String, Path> files = new LinkedHashMap<>();
            Map<String, String> text = new LinkedHashMap<>();
            Map<String, Map<String, String>> sections = new LinkedHashMap<>();
            for (int i = 0; i < written.size(); i++) {
                String id = documents.get(i).control().documentId();
                files.put(id, written.get(i));
                try (PDDocument pdf = Loader.loadPDF(written.get(i).toFile())) {
                    text.put(id, new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "));
                }
                sections.put(id, IdPlacement.pdfText(written.get(i), documents.get(i)));
            }
            return new Rendered(model, result.assessment().findings(), documents, files, text, sections);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterAll
    static void removeTheFiles() throws IOException {
        if (dir != null) {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("productExamples")
    void everyDocumentOfEverySetIsWritten(String example) {
        Rendered r = rendered(example);
        int expected = DocumentSets.standard().sets().stream()
                .filter(s -> s.documents(r.model().system().kind()))
                .mapToInt(s -> s.documents().size())
                .sum();
        assertThat(r.files()).hasSize(expected);
        assertThat(r.files().values()).allSatisfy(f -> assertThat(f).isNotEmptyFile());
        String id = r.model().system().id().toUpperCase(java.util.Locale.ROOT);
        assertThat(r.files().keySet()).contains(id + "-FDA-SRMR", id + "-EU-GSPR", id + "-CUSTOMER-SECURITY");
    }

    @ParameterizedTest
    @MethodSource("productExamples")
    void eachDocumentHasItsControlBlockContentsSummaryAndSections(String example) {
        Rendered r = rendered(example);
        for (GeneratedDocument d : r.documents()) {
            String text = r.text().get(d.control().documentId());
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

    /**
     * Each id of the model in every section that must name it ({@link IdPlacement}), read from the PDF
     * section by section: an id in the wrong section, or only in a diagram's picture, does not count.
     */
    @ParameterizedTest
    @MethodSource("productExamples")
    void everyIdIsInEachSectionOfThePdfWhereItBelongs(String example) {
        Rendered r = rendered(example);
        assertThat(IdPlacement.missing(r.model(), r.findings(), r.documents(), d -> r.sections()
                        .get(d.control().documentId())))
                .isEmpty();
        // the sections are cut at their headings: the threat model does not run on into the risk assessment
        Map<String, String> srmr =
                r.sections().get(r.model().system().id().toUpperCase(java.util.Locale.ROOT) + "-FDA-SRMR");
        assertThat(srmr.get("threat-model"))
                .contains("Secrets and keys")
                .doesNotContain("Findings with exploitability");
        assertThat(srmr.get("risk-assessment"))
                .contains("Findings with exploitability")
                .doesNotContain("Secrets and keys");
    }

    @ParameterizedTest
    @MethodSource("productExamples")
    void theLabelingSaysHowToReportAVulnerabilityAndDecommission(String example) {
        Rendered r = rendered(example);
        for (String document : List.of("FDA-LABELING", "EU-IFU", "CUSTOMER-SECURITY")) {
            assertThat(r.extracted(document))
                    .as(document)
                    .contains("How to report a vulnerability", "Secure decommissioning");
        }
    }

    @Test
    void theGlucoflowLabelingNamesTheDefaultPasswordAndTheContact() {
        String text = rendered("glucoflow").extracted("FDA-LABELING");
        assertThat(text).contains("pump-swd", "default-password", "Change the default password", "psirt@example.com");
    }

    @Test
    void theApprovalBlockNamesEachSignatureWithMeaningTimeAndTheContentItSigned() {
        Rendered r = rendered("glucoflow");
        for (GeneratedDocument d : r.documents()) {
            String text = r.text().get(d.control().documentId());
            assertThat(text)
                    .as(d.control().documentId())
                    .contains("Ada Approver", "approval", "2026-12-03 10:15:30", "a".repeat(64))
                    .contains("Rex Reviewer", "review", "2026-12-02 08:00:00", "b".repeat(64))
                    .contains("(signed earlier content: the release changed after this signature)")
                    .doesNotContain("No approval recorded");
        }
        assertThat(rendered("pacemaker-system").text("FDA-SRMR")).contains("No approval recorded");
    }

    @Test
    void whatTheModelDoesNotStateIsSaidNotLeftOut() {
        Rendered r = rendered("glucoflow");
        assertThat(r.text("FDA-SBOM")).contains("Not stated in the model: an SBOM");
        assertThat(r.text("FDA-CMP")).contains("not stated in the model");
    }

    @Test
    void theEuChecklistPointsToTheDocumentsThatHoldTheEvidence() {
        assertThat(rendered("glucoflow").extracted("EU-GSPR")).contains("mdr-annex-i-17-2", "GLUCOFLOW-EU-TECHDOC");
    }

    @Test
    void aSiteModelGetsTheSiteSetAndIsToldWhenAProductSetIsNamed() throws IOException {
        SystemModel site = new ModelLoader()
                .load(Path.of("../examples/manufacturing-site.yaml"))
                .orThrow();
        AssessResult result =
                new Assessor().assess(site, AssessOptions.on(DAY).withOutputs(Output.COMPLIANCE, Output.DIAGRAMS));
        List<GeneratedDocument> documents =
                Documents.make(result, DocumentOptions.on(DAY), Documents.sets("all"), SourceResolver.fileSystem());
        assertThat(documents)
                .extracting(d -> d.control().documentId())
                .containsExactly("GALWAY-SITE-SITE-ASSESSMENT", "GALWAY-SITE-SITE-CONTROLS");
        String html = DocumentHtml.render(documents.get(0), "vigil test");
        assertThat(html).contains("DITTA", "ditta-p1-segmentation");
        site.components().forEach(c -> assertThat(html).contains(c.id()));
        assertThatThrownBy(() -> Documents.make(
                        result, DocumentOptions.on(DAY), Documents.sets("fda"), SourceResolver.fileSystem()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("is a manufacturing site")
                .hasMessageContaining("choose site or all");
    }

    @Test
    void aProductIsToldWhenTheSiteSetIsNamed() {
        Rendered r = rendered("glucoflow");
        assertThatThrownBy(() -> Documents.applicable(List.of("site"), r.model().system()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("is a product")
                .hasMessageContaining("choose fda, eu, hc, tga, customer or all");
    }

    @ParameterizedTest
    @MethodSource("productExamples")
    void everyPageRendersNotBlankWithNothingAtThePageEdge(String example) throws Exception {
        Rendered r = rendered(example);
        boolean pdftoppm = PageImages.pdftoppmAvailable();
        if (!pdftoppm) {
            System.out.println("DocumentsPdfTest: pdftoppm not found; pages rendered with PDFBox instead"
                    + " (apt-get install poppler-utils)");
        }
        for (Path file : r.files().values()) {
            List<BufferedImage> pages = pdftoppm ? PageImages.pdftoppm(file, DPI) : PageImages.pdfbox(file, DPI);
            assertThat(pages).as(file.toString()).isNotEmpty();
            for (int i = 0; i < pages.size(); i++) {
                BufferedImage page = pages.get(i);
                String where = file.getFileName() + " page " + (i + 1);
                assertThat(PageImages.inkShare(page, 0)).as(where + " is blank").isGreaterThan(0.002);
                int band = (int) Math.ceil(EDGE_BAND_MM / 25.4 * DPI);
                assertThat(PageImages.inkAtEdges(page, band))
                        .as(where + ": drawn within " + EDGE_BAND_MM + " mm of the edge (clipped)")
                        .isZero();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("productExamples")
    void fontsAreEmbeddedAndEveryFileIsPdfA(String example) throws IOException {
        for (Path file : rendered(example).files().values()) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
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
    void diagramsArePrintedSharperThanScreenResolution() throws IOException {
        Path srmr = rendered("glucoflow").files().get("GLUCOFLOW-FDA-SRMR");
        try (PDDocument pdf = Loader.loadPDF(srmr.toFile())) {
            List<Float> dpis = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                dpis.addAll(PageImages.imageDpis(page));
            }
            assertThat(dpis).isNotEmpty().allSatisfy(dpi -> assertThat(dpi).isGreaterThanOrEqualTo(140f));
        }
    }

    @ParameterizedTest
    @MethodSource("productExamples")
    void noTextRunsOffThePageOrIntoItsMargins(String example) throws IOException {
        for (Path file : rendered(example).files().values()) {
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

    /** Page images, made the way a reader's viewer would (poppler) or, without it, by PDFBox. */
    static final class PageImages {
        private PageImages() {}

        static boolean pdftoppmAvailable() {
            return popplerToolAvailable("pdftoppm");
        }

        /** Whether poppler's {@code tool} runs here (its {@code -v} exits 0). */
        static boolean popplerToolAvailable(String tool) {
            try {
                Process p =
                        new ProcessBuilder(tool, "-v").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                return p.waitFor() == 0;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        static List<BufferedImage> pdftoppm(Path pdf, int dpi) throws IOException, InterruptedException {
            Path out = Files.createTempDirectory("vigil-pages");
            try {
                Process p = new ProcessBuilder(
                                "pdftoppm",
                                "-r",
                                String.valueOf(dpi),
                                "-png",
                                pdf.toString(),
                                out.resolve("page").toString())
                        .redirectErrorStream(true)
                        .start();
                String log = new String(p.getInputStream().readAllBytes());
                assertThat(p.waitFor()).as("pdftoppm " + pdf + ": " + log).isZero();
                List<BufferedImage> pages = new ArrayList<>();
                try (Stream<Path> files = Files.list(out)) {
                    for (Path png : files.sorted().toList()) {
                        pages.add(ImageIO.read(png.toFile()));
                    }
                }
                return pages;
            } finally {
                try (Stream<Path> files = Files.list(out)) {
                    files.forEach(f -> f.toFile().delete());
                }
                Files.deleteIfExists(out);
            }
        }

        static List<BufferedImage> pdfbox(Path file, int dpi) throws IOException {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                PDFRenderer renderer = new PDFRenderer(pdf);
                List<BufferedImage> pages = new ArrayList<>();
                for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                    pages.add(renderer.renderImageWithDPI(i, dpi));
                }
                return pages;
            }
        }

        /** The share of non-white pixels, ignoring a band of {@code border} pixels at each edge. */
        static double inkShare(BufferedImage image, int border) {
            long ink = 0;
            for (int y = border; y < image.getHeight() - border; y++) {
                for (int x = border; x < image.getWidth() - border; x++) {
                    if (isInk(image.getRGB(x, y))) {
                        ink++;
                    }
                }
            }
            return (double) ink / ((long) image.getWidth() * image.getHeight());
        }

        /** Non-white pixels within {@code band} pixels of any edge. */
        static long inkAtEdges(BufferedImage image, int band) {
            long ink = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    boolean nearEdge =
                            x < band || y < band || x >= image.getWidth() - band || y >= image.getHeight() - band;
                    if (nearEdge && isInk(image.getRGB(x, y))) {
                        ink++;
                    }
                }
            }
            return ink;
        }

        /** Anti-aliasing leaves near-white pixels around text; only clearly visible ones count. */
        private static boolean isInk(int rgb) {
            int r = (rgb >> 16) & 0xFF;
            int g = (rgb >> 8) & 0xFF;
            int b = rgb & 0xFF;
            return r < 230 || g < 230 || b < 230;
        }

        /** The resolution each image on the page is drawn at (pixels per inch of its placed width). */
        static List<Float> imageDpis(PDPage page) throws IOException {
            List<Float> dpis = new ArrayList<>();
            new org.apache.pdfbox.contentstream.PDFStreamEngine() {
                {
                    addOperator(new org.apache.pdfbox.contentstream.operator.state.Concatenate(this));
                    addOperator(new org.apache.pdfbox.contentstream.operator.state.Save(this));
                    addOperator(new org.apache.pdfbox.contentstream.operator.state.Restore(this));
                    addOperator(new org.apache.pdfbox.contentstream.operator.state.SetMatrix(this));
                }

                @Override
                protected void processOperator(
                        org.apache.pdfbox.contentstream.operator.Operator operator,
                        List<org.apache.pdfbox.cos.COSBase> operands)
                        throws IOException {
                    if ("Do".equals(operator.getName()) && !operands.isEmpty()) {
                        var name = (org.apache.pdfbox.cos.COSName) operands.get(0);
                        var object = getResources().getXObject(name);
                        if (object instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                            float placedWidth = getGraphicsState()
                                    .getCurrentTransformationMatrix()
                                    .getScalingFactorX();
                            dpis.add(image.getWidth() / (placedWidth / 72f));
                        }
                        return;
                    }
                    super.processOperator(operator, operands);
                }
            }.processPage(page);
            return dpis;
        }
    }
}
