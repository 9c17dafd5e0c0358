package dev.vigil.engine.documents;

import dev.vigil.engine.assess.AssessResult;
import dev.vigil.engine.assessment.Finding;
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
    private final Map<String, String> pictures = new ConcurrentHashMap<>();

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

    /** Ids of the documents (of every set) whose basis names this catalog requirement. */
    List<String> holders(String requirementId) {
        return sets.sets().stream()
                .flatMap(s -> s.documents().stream()
                        .filter(d -> d.basis().contains(requirementId))
                        .map(d -> documentId(s.id(), d.id())))
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

    /** A diagram as a PNG data URI, drawn once per run. */
    String picture(Diagram diagram) {
        return pictures.computeIfAbsent(
                diagram.name(),
                n -> "data:image/png;base64," + Base64.getEncoder().encodeToString(diagram.png()));
    }
}
