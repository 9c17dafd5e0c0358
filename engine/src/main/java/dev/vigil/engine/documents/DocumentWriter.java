package dev.vigil.engine.documents;

import dev.vigil.engine.assessment.Summary;
import dev.vigil.engine.compliance.ComplianceRow;
import dev.vigil.engine.compliance.ComplianceStatus;
import dev.vigil.engine.model.SystemInfo;
import dev.vigil.engine.report.VulnerabilityCheck;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Makes one document of a set: its sections in order, the regulatory basis, the control block and summary. */
final class DocumentWriter {
    private DocumentWriter() {}

    static GeneratedDocument write(DocumentSets.DocumentSet set, DocumentSets.DocumentSpec spec, DocumentContext c) {
        List<Section> sections = new ArrayList<>();
        if (set.documents().get(0).equals(spec)) {
            c.options().since().ifPresent(before -> sections.add(ChangeSummary.write(before, c)));
        }
        // a part names the sections after it, so it is written once all are placed and numbered
        Map<Integer, String> parts = new LinkedHashMap<>();
        for (String key : spec.sections()) {
            if (key.startsWith(Sections.PART)) {
                parts.put(sections.size(), key.substring(Sections.PART.length()));
                sections.add(null);
            } else {
                sections.add(Sections.write(key, c, set));
            }
        }
        int partsEnd = sections.size();
        List<String> basis = c.basis(spec);
        if (!basis.isEmpty()) {
            sections.add(basis(basis, c));
        }
        List<Integer> starts = new ArrayList<>(parts.keySet());
        for (int p = 0; p < starts.size(); p++) {
            int at = starts.get(p);
            int end = p + 1 < starts.size() ? starts.get(p + 1) : partsEnd;
            // numbers are 1-based: the part is number at + 1, its sections at + 2 to end
            sections.set(at, Part.write(parts.get(at), c, at + 2, end));
        }
        List<Section> numbered = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            numbered.add(sections.get(i).numbered(i + 1));
        }
        SystemInfo system = c.model().system();
        DocumentControl control = new DocumentControl(
                c.documentId(set.id(), spec.id()),
                system.name() + " (" + system.id() + ")",
                system.version().orElse(Block.NOT_STATED),
                c.options().revision(),
                c.options().date(),
                c.options().author(),
                c.options().approvals());
        return new GeneratedDocument(
                set.id(),
                set.title(),
                spec.title(),
                set.id() + "-" + spec.id(),
                control,
                summary(set, spec, c, numbered),
                numbered);
    }

    private static Section basis(List<String> basis, DocumentContext c) {
        List<List<String>> rows = new ArrayList<>();
        for (String id : basis) {
            var row = c.compliance(id);
            rows.add(List.of(
                    id,
                    row.map(r -> r.requirement().citation().text()
                                    + (r.requirement().verified() ? "" : " (unverified)"))
                            .orElse("not in the compliance report"),
                    row.map(r -> r.requirement().title()).orElse(""),
                    row.map(DocumentWriter::status).orElse("not judged")));
        }
        return Sections.section(
                "regulatory-basis",
                "Regulatory basis",
                List.of(new Block.Table(
                        "Requirements this document answers, with their status for this model",
                        List.of("Requirement", "Citation", "Title", "Status"),
                        rows,
                        "none")));
    }

    private static String status(ComplianceRow r) {
        return r.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static List<String> summary(
            DocumentSets.DocumentSet set, DocumentSets.DocumentSpec spec, DocumentContext c, List<Section> sections) {
        SystemInfo s = c.model().system();
        Summary f = c.result().assessment().summary();
        List<String> lines = new ArrayList<>();
        lines.add("This " + sentenceCase(spec.title()) + " covers " + s.name()
                + s.version().map(v -> " version " + v).orElse(" (version not stated in the model)")
                + ". It is part of the " + set.title() + " and was generated from the system model on "
                + c.options().date() + "; every id in it (hazards, components, interfaces, flows, controls,"
                + " findings, requirements, tests) is the same in every document of the set.");
        List<String> markets = s.markets().stream().map(m -> m.wire()).toList();
        if (!set.markets().isEmpty() && set.markets().stream().noneMatch(markets::contains)) {
            // written anyway so --set all gives the same files for every product; the reader is told why
            lines.add("The model does not name this set's market (" + String.join(", ", set.markets())
                    + "; system.markets is " + (markets.isEmpty() ? "empty" : String.join(", ", markets))
                    + "): the document is written so the set is complete, and the requirements of that market"
                    + " show as not applicable.");
        }
        long open = c.findings().stream().filter(x -> x.isOpen()).count();
        lines.add("The assessment found " + f.total() + " findings: " + f.uncontrolled() + " uncontrolled, "
                + f.controlled() + " controlled and " + RiskSections.notJudged(c.findings()) + "; " + open
                + " are open.");
        if (c.result().vulnerabilities() instanceof VulnerabilityCheck.Checked k) {
            lines.add("Known vulnerabilities: " + k.result().reported().size() + " reported in "
                    + k.result().componentCount() + " SBOM components, "
                    + k.result().knownExploitedCount()
                    + " known exploited, " + k.result().suppressed().size() + " not affecting per VEX.");
        } else {
            lines.add("Known vulnerabilities: "
                    + ((VulnerabilityCheck.NotChecked) c.result().vulnerabilities()).reason() + ".");
        }
        for (String key : spec.sections()) {
            if (key.startsWith(Sections.CHECKLIST)) {
                List<ComplianceRow> rows = Checklist.rows(key.substring(Sections.CHECKLIST.length()), c);
                var citation = rows.get(0).requirement().citation();
                lines.add("Checklist of " + citation.documentId() + ", " + rows.size() + " requirements: "
                        + Checklist.counts(rows) + ".");
            }
        }
        List<ComplianceRow> basis = c.compliance(c.basis(spec));
        if (!basis.isEmpty()) {
            lines.add("Of the " + basis.size() + (basis.size() == 1 ? " requirement" : " requirements")
                    + " this document answers: "
                    + List.of(ComplianceStatus.values()).stream()
                            .map(st ->
                                    basis.stream().filter(r -> r.status() == st).count() + " "
                                            + st.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                            .collect(Collectors.joining(", "))
                    + ".");
        }
        long notStated = sections.stream()
                .flatMap(x -> x.blocks().stream())
                .mapToLong(DocumentWriter::notStatedCount)
                .sum();
        lines.add(
                notStated == 0
                        ? "Every entry of this document is stated in the model."
                        : notStated + " entries are not stated in the model; each is marked where it occurs.");
        return lines;
    }

    /** A title inside a sentence: the first word lower-cased unless it is an acronym (GSPR, SBOM). */
    private static String sentenceCase(String title) {
        String first = title.split(" ", 2)[0];
        if (first.length() > 1 && first.equals(first.toUpperCase(Locale.ROOT))) {
            return title;
        }
        return title.substring(0, 1).toLowerCase(Locale.ROOT) + title.substring(1);
    }

    private static long notStatedCount(Block b) {
        if (b instanceof Block.NotStated) {
            return 1;
        }
        if (b instanceof Block.Facts facts) {
            return facts.facts().stream().filter(x -> !x.stated()).count();
        }
        if (b instanceof Block.Table t) {
            return t.rows().stream()
                    .flatMap(List::stream)
                    .filter(x -> x.contains(Block.NOT_STATED))
                    .count();
        }
        return 0;
    }
}
