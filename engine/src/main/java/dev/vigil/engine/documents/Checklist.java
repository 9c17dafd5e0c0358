package dev.vigil.engine.documents;

import dev.vigil.engine.compliance.ComplianceRow;
import dev.vigil.engine.compliance.ComplianceStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Catalog requirements as a checklist: status, the evidence found in the model, the open findings that
 * block it, and the documents of the same set that hold the evidence. Either a whole framework or a
 * checklist of {@code documents/sets.yaml} that a guidance names (the EU GSPR list of MDCG 2019-16), whose
 * rows show the MDR or the IVDR item as the model's {@code system.ivd} says. Citations and their verified
 * marks come from the catalog.
 */
final class Checklist {
    private Checklist() {}

    static Section write(String name, DocumentContext c, DocumentSets.DocumentSet set) {
        List<ComplianceRow> rows = rows(name, c);
        var citation = rows.get(0).requirement().citation();
        Optional<DocumentSets.ChecklistSpec> chosen = c.sets().checklist(name);
        if (chosen.isPresent()) {
            return chosen(chosen.get(), rows, c, set);
        }
        return section(
                Sections.CHECKLIST + name,
                "Checklist: " + citation.documentId() + " (" + citation.version() + ")",
                citation.document(),
                List.of(),
                rows,
                c,
                set);
    }

    /**
     * The rows of a checklist: a framework's requirements, or for a checklist of the sets file per row the
     * first alternative that fits the model's IVD fact; a row with none (no counterpart in the model's
     * regulation) is left out, as the guidance leaves it out.
     */
    static List<ComplianceRow> rows(String name, DocumentContext c) {
        Optional<DocumentSets.ChecklistSpec> chosen = c.sets().checklist(name);
        List<ComplianceRow> rows = new ArrayList<>();
        if (chosen.isPresent()) {
            for (List<String> alternatives : chosen.get().rows()) {
                alternatives.stream()
                        .map(c::compliance)
                        .flatMap(Optional::stream)
                        .filter(r -> c.fits(r.requirement()))
                        .findFirst()
                        .ifPresent(rows::add);
            }
        } else {
            rows.addAll(c.result().compliance().map(r -> r.rows(name)).orElse(List.of()));
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException(DocumentSets.RESOURCE + " names checklist '" + name
                    + "' whose requirements the compliance report does not hold");
        }
        return rows;
    }

    /** How many rows have each status, every status named: "2 gap, 13 partial, ...". */
    static String counts(List<ComplianceRow> rows) {
        return java.util.Arrays.stream(ComplianceStatus.values())
                .map(st -> rows.stream().filter(r -> r.status() == st).count() + " "
                        + st.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static Section chosen(
            DocumentSets.ChecklistSpec spec,
            List<ComplianceRow> rows,
            DocumentContext c,
            DocumentSets.DocumentSet set) {
        String source = c.result().compliance().map(r -> r.rows(spec.source())).orElse(List.of()).stream()
                .findFirst()
                .map(r -> r.requirement().citation().documentId())
                .orElse(spec.source());
        var citation = rows.get(0).requirement().citation();
        List<Block> intro = new ArrayList<>();
        intro.add(new Block.Paragraph("The rows are what " + source + " lists: " + spec.selection()
                + ". They are numbered as in " + citation.documentId() + " because the model "
                + (c.model().system().ivd().orElse(false)
                        ? "is an in-vitro diagnostic device (system.ivd is true)"
                        : "is not an in-vitro diagnostic device (system.ivd is "
                                + (c.model().system().ivd().isPresent() ? "false" : "not stated") + ")")
                + "; an item with no counterpart in that regulation is left out."));
        return section(
                Sections.CHECKLIST + spec.id(),
                "Checklist: " + spec.title() + " (" + citation.documentId() + ")",
                citation.document(),
                intro,
                rows,
                c,
                set);
    }

    private static Section section(
            String key,
            String title,
            String caption,
            List<Block> intro,
            List<ComplianceRow> rows,
            DocumentContext c,
            DocumentSets.DocumentSet set) {
        List<Block> blocks = new ArrayList<>(intro);
        blocks.add(new Block.Paragraph("Of the " + rows.size()
                + (rows.size() == 1 ? " requirement: " : " requirements: ")
                + java.util.Arrays.stream(ComplianceStatus.values())
                        .map(st -> rows.stream().filter(r -> r.status() == st).count() + " "
                                + st.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                        .collect(java.util.stream.Collectors.joining(", "))
                + "."));
        blocks.add(new Block.Paragraph("Each requirement as Vigil's catalog summarises it, its status judged from"
                + " the model, the evidence found, and the documents of this set that hold it. A citation marked"
                + " unverified was recalled, not checked against the official text."));
        // A set written for a model outside the regulation's markets stays complete; the reason is said once.
        if (rows.stream().allMatch(r -> r.status() == ComplianceStatus.NOT_APPLICABLE)) {
            blocks.add(new Block.Paragraph("None of these requirements applies to this model: "
                    + rows.get(0).reason() + " The checklist is kept so the set is complete."));
        }
        blocks.add(new Block.Table(
                caption,
                List.of("Requirement", "Section", "Status", "Evidence", "Blocking findings", "Held in"),
                rows.stream()
                        .map(r -> List.of(
                                r.requirement().id() + ": " + r.requirement().title(),
                                r.requirement().citation().section()
                                        + (r.requirement().verified() ? "" : " (unverified)"),
                                status(r) + ". " + r.reason(),
                                r.evidence().isEmpty() ? "none found" : String.join("; ", r.evidence()),
                                r.blockingFindings().isEmpty() ? "none" : String.join(", ", r.blockingFindings()),
                                holders(c, r, set)))
                        .toList(),
                "no requirements"));
        return Sections.section(key, title, blocks);
    }

    static String status(ComplianceRow r) {
        return r.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String holders(DocumentContext c, ComplianceRow r, DocumentSets.DocumentSet set) {
        List<String> docs = c.holders(r.requirement().id(), set);
        return docs.isEmpty() ? "no document of this set" : String.join(", ", docs);
    }
}
