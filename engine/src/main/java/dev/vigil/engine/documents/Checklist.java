package dev.vigil.engine.documents;

import dev.vigil.engine.compliance.ComplianceRow;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A catalog framework's requirements as a checklist: status, the evidence found in the model, the open
 * findings that block it, and the documents of the sets that hold the evidence. Citations and their
 * verified marks come from the catalog.
 */
final class Checklist {
    private Checklist() {}

    static Section write(String framework, DocumentContext c) {
        List<ComplianceRow> rows =
                c.result().compliance().map(r -> r.rows(framework)).orElse(List.of());
        if (rows.isEmpty()) {
            throw new IllegalStateException(DocumentSets.RESOURCE + " names framework '" + framework
                    + "' that the compliance report does not hold");
        }
        var citation = rows.get(0).requirement().citation();
        return Sections.section(
                Sections.CHECKLIST + framework,
                "Checklist: " + citation.documentId() + " (" + citation.version() + ")",
                List.of(
                        new Block.Paragraph("Each requirement as Vigil's catalog summarises it, its status judged"
                                + " from the model, the evidence found, and the documents that hold it. A"
                                + " citation marked unverified was recalled, not checked against the official"
                                + " text."),
                        new Block.Table(
                                citation.document(),
                                List.of("Requirement", "Section", "Status", "Evidence", "Blocking findings", "Held in"),
                                rows.stream()
                                        .map(r -> List.of(
                                                r.requirement().id() + ": "
                                                        + r.requirement().title(),
                                                r.requirement().citation().section()
                                                        + (r.requirement().verified() ? "" : " (unverified)"),
                                                r.status()
                                                                .name()
                                                                .toLowerCase(java.util.Locale.ROOT)
                                                                .replace('_', '-') + ". " + r.reason(),
                                                r.evidence().isEmpty() ? "none found" : String.join("; ", r.evidence()),
                                                r.blockingFindings().isEmpty()
                                                        ? "none"
                                                        : String.join(", ", r.blockingFindings()),
                                                holders(c, r)))
                                        .toList(),
                                "no requirements")));
    }

    private static String holders(DocumentContext c, ComplianceRow r) {
        List<String> docs = c.holders(r.requirement().id());
        return docs.isEmpty() ? "no document of these sets" : docs.stream().collect(Collectors.joining(", "));
    }
}
