package dev.vigil.engine.documents;

import dev.vigil.engine.assessment.Summary;
import dev.vigil.engine.compliance.ComplianceRow;
import dev.vigil.engine.compliance.ComplianceStatus;
import dev.vigil.engine.model.SystemInfo;
import dev.vigil.engine.report.VulnerabilityCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Makes one document of a set: its sections in order, the regulatory basis, the control block and summary. */
final class DocumentWriter {
    private DocumentWriter() {}

    static GeneratedDocument write(DocumentSets.DocumentSet set, DocumentSets.DocumentSpec spec, DocumentContext c) {
        List<Section> sections = new ArrayList<>();
        if (set.documents().get(0).equals(spec)) {
            c.options().since().ifPresent(before -> sections.add(ChangeSummary.write(before, c)));
        }
        for (String key : spec.sections()) {
            sections.add(Sections.write(key, c));
        }
        if (!spec.basis().isEmpty()) {
            sections.add(basis(spec, c));
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

    private static Section basis(DocumentSets.DocumentSpec spec, DocumentContext c) {
        List<List<String>> rows = new ArrayList<>();
        for (String id : spec.basis()) {
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
        lines.add("This " + spec.title().toLowerCase(Locale.ROOT) + " covers " + s.name()
                + s.version().map(v -> " version " + v).orElse(" (version not stated in the model)")
                + ". It is part of the " + set.title() + " and was generated from the system model on "
                + c.options().date() + "; every id in it (hazards, components, interfaces, flows, controls,"
                + " findings, requirements, tests) is the same in every document of the set.");
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
        List<ComplianceRow> basis = c.compliance(spec.basis());
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
