package dev.vigil.engine.documents;

import dev.vigil.engine.compliance.ComplianceRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The opening of a part of a document that follows a regulator's structure (Health Canada's elements, the
 * TGA guidance's parts): the catalog requirement that names the part, its citation, what it asks in our
 * words, its status for the model, and which of the document's sections that follow hold its evidence. The
 * sections keep their own titles, so the same content reads the same in every set.
 */
final class Part {
    private Part() {}

    /**
     * @param first the number of the first section of the part; {@code last} the last (less than first when
     *     no section follows the heading)
     */
    static Section write(String requirementId, DocumentContext c, int first, int last) {
        Optional<ComplianceRow> row = c.compliance(requirementId);
        List<Block> blocks = new ArrayList<>();
        if (row.isEmpty()) {
            blocks.add(new Block.Paragraph("Requirement " + requirementId + " is not in the compliance report."));
        } else {
            var r = row.get().requirement();
            blocks.add(new Block.Paragraph("This part follows " + r.citation().text()
                    + (r.verified() ? "" : " (citation unverified: recalled, not checked against the official text)")
                    + ". In Vigil's words: " + r.summary()));
            blocks.add(new Block.Paragraph("Status for this model: " + Checklist.status(row.get()) + ". "
                    + row.get().reason()));
        }
        blocks.add(new Block.Paragraph(
                last < first
                        ? "No section of this document is given to it; the checklist and the regulatory basis show"
                                + " its status and evidence."
                        : last == first
                                ? "Section " + first + " holds its evidence."
                                : "Sections " + first + " to " + last + " hold its evidence."));
        return Sections.section(
                Sections.PART + requirementId,
                // "Part" marks the heading in the flat contents, where the sections after it read as its own
                "Part: " + row.map(x -> x.requirement().title()).orElse(requirementId),
                blocks);
    }
}
