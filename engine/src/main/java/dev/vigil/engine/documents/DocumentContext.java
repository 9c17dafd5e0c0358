package dev.vigil.engine.documents;

import dev.vigil.engine.assess.AssessResult;
import dev.vigil.engine.assessment.Finding;
import dev.vigil.engine.catalog.Requirement;
import dev.vigil.engine.compliance.ComplianceRow;
import dev.vigil.engine.diagram.Diagram;
import dev.vigil.engine.model.Control;
import dev.vigil.engine.model.SecurityTest;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.source.SourceResolver;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything the documents of one run are written from: the model, its one assessment (findings,
 * compliance, vulnerabilities, diagrams), the caller's options and the sets, so every document names the
 * same ids. Diagrams are drawn once and shared by the documents that show them.
 */
final class DocumentContext {
    private final AssessResult result;
    private final DocumentOptions options;
    private final DocumentSets sets;
    private final SourceResolver sources;
    private final Map<String, Block.Figure> pictures = new ConcurrentHashMap<>();

    DocumentContext(AssessResult result, DocumentOptions options, DocumentSets sets, SourceResolver sources) {
        this.result = result;
        this.options = options;
        this.sets = sets;
        this.sources = sources;
    }

    /** Where the model's SBOMs are read from. */
    SourceResolver sources() {
        return sources;
    }

    SystemModel model() {
        return result.assessment().model();
    }

    AssessResult result() {
        return result;
    }

    DocumentOptions options() {
        return options;
    }

    DocumentSets sets() {
        return sets;
    }

    List<Finding> findings() {
        return result.assessment().findings();
    }

    /** The stable id of a document: system, set and document, e.g. {@code GLUCOFLOW-FDA-SRMR}. */
    String documentId(String setId, String docId) {
        return (model().system().id() + "-" + setId + "-" + docId).toUpperCase(Locale.ROOT);
    }

    /**
     * Ids of the documents of {@code set} whose basis names this catalog requirement: a set goes to one
     * reader (a notified body, a regulator), so its checklist points into that set only.
     */
    List<String> holders(String requirementId, DocumentSets.DocumentSet set) {
        return set.documents().stream()
                .filter(d -> d.basis().contains(requirementId))
                .map(d -> documentId(set.id(), d.id()))
                .toList();
    }

    /**
     * Whether a requirement is for the model's regulation where the catalog tells them apart by IVD (MDR
     * items for a device, IVDR items for an in-vitro diagnostic): the other one's counterpart is left out of
     * documents rather than listed as not applicable beside it.
     */
    boolean fits(Requirement requirement) {
        boolean ivd = model().system().ivd().orElse(false);
        return requirement.applicability().ivd().map(v -> v == ivd).orElse(true);
    }

    /** The requirements a document answers, without the other regulation's counterparts ({@link #fits}). */
    List<String> basis(DocumentSets.DocumentSpec spec) {
        return spec.basis().stream()
                .filter(id -> compliance(id).map(r -> fits(r.requirement())).orElse(true))
                .toList();
    }

    Optional<ComplianceRow> compliance(String requirementId) {
        return result.compliance().flatMap(c -> c.rows().stream()
                .filter(r -> r.requirement().id().equals(requirementId))
                .findFirst());
    }

    List<ComplianceRow> compliance(Collection<String> requirementIds) {
        return requirementIds.stream()
                .map(this::compliance)
                .flatMap(Optional::stream)
                .toList();
    }

    /** The model's controls that apply to an element. */
    List<Control> controlsFor(String elementId) {
        return model().controls().stream()
                .filter(c -> c.appliesTo().contains(elementId))
                .toList();
    }

    /** The tests that exercised any of these element, control or finding ids. */
    List<SecurityTest> testsFor(Collection<String> ids) {
        return model().tests().stream()
                .filter(t -> t.covers().stream().anyMatch(ids::contains)
                        || t.findings().stream().anyMatch(ids::contains))
                .toList();
    }

    /**
     * The largest figure on an A4 page within the documents' margins, in CSS pixels: 180 mm wide and
     * 200 mm high, leaving room for the caption and the running header.
     */
    static final int MAX_FIGURE_WIDTH = 680;

    static final int MAX_FIGURE_HEIGHT = 756;

    /**
     * A diagram as a figure, drawn once per run, shown at its natural size or scaled down (keeping its
     * proportions) to fit the page.
     */
    Block.Figure picture(Diagram diagram) {
        return pictures.computeIfAbsent(diagram.name(), n -> {
            byte[] png = diagram.png();
            int width = headerInt(png, 16) / Diagram.PNG_SCALE;
            int height = headerInt(png, 20) / Diagram.PNG_SCALE;
            double fit = fit(width, height);
            return new Block.Figure(
                    diagram.title(),
                    "data:image/png;base64," + Base64.getEncoder().encodeToString(png),
                    Math.max(1, (int) Math.floor(width * fit)),
                    Math.max(1, (int) Math.floor(height * fit)));
        });
    }

    /** How much a picture of this natural size must shrink (1 = not at all) to fit the page both ways. */
    static double fit(int width, int height) {
        return Math.min(
                1.0,
                Math.min(
                        (double) MAX_FIGURE_WIDTH / Math.max(1, width),
                        (double) MAX_FIGURE_HEIGHT / Math.max(1, height)));
    }

    /** A big-endian number of the PNG header (IHDR: width at byte 16, height at 20), as PlantUML writes it. */
    private static int headerInt(byte[] png, int at) {
        if (png.length < 24) {
            throw new IllegalArgumentException("not a PNG image: " + png.length + " bytes");
        }
        return ((png[at] & 0xFF) << 24)
                | ((png[at + 1] & 0xFF) << 16)
                | ((png[at + 2] & 0xFF) << 8)
                | (png[at + 3] & 0xFF);
    }
}
