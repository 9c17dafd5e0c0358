package dev.vigil.server.cases;

import dev.vigil.engine.postmarket.casefile.CaseFile;
import dev.vigil.engine.postmarket.casefile.CaseVulnerability;
import dev.vigil.engine.postmarket.casefile.Incident;
import dev.vigil.engine.postmarket.casefile.Milestones;
import dev.vigil.engine.postmarket.casefile.Remediation;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes {@code vigil-case: 1} documents: new ones from the intake form or a feed match, and a stored one again
 * with a milestone or report added. Every scalar is written double-quoted with JSON escapes (valid YAML), so no
 * text a reporter typed can change the document's structure; the engine's reader checks the result.
 */
final class CaseYaml {

    private CaseYaml() {}

    /** A vulnerability of a new case, before the reader has placed it in a file. */
    record NewVulnerability(
            String id,
            Optional<String> cve,
            Optional<String> cwe,
            String title,
            Optional<String> description,
            List<String> elements,
            Optional<String> cvss,
            String affected,
            Optional<String> fixed,
            boolean exploited) {}

    static String draft(
            String id, String title, String product, LocalDate aware, String source, List<NewVulnerability> vs) {
        StringBuilder y = head(id, title, product, aware, source);
        for (NewVulnerability v : vs) {
            vulnerability(
                    y,
                    v.id(),
                    v.cve(),
                    v.cwe(),
                    v.title(),
                    v.description(),
                    v.elements(),
                    v.cvss(),
                    v.affected(),
                    v.fixed(),
                    v.exploited(),
                    false,
                    List.of());
        }
        return y.toString();
    }

    /** {@code c} written again, with {@code step} set to {@code date} and {@code report} added when given. */
    static String with(CaseFile c, Optional<Milestones.Step> step, LocalDate date, Optional<String> reportRule) {
        StringBuilder y =
                head(c.id(), c.title(), c.product(), c.aware(), c.source().wire());
        for (CaseVulnerability v : c.vulnerabilities()) {
            vulnerability(
                    y,
                    v.id(),
                    v.cve(),
                    v.cwe(),
                    v.title(),
                    v.description(),
                    v.elements(),
                    v.cvss(),
                    v.affected(),
                    v.fixed(),
                    v.exploited(),
                    v.adverseEvents(),
                    v.remediations());
        }
        Incident i = c.incident();
        if (!i.equals(Incident.NONE)) {
            y.append("incident:\n")
                    .append("  death: ")
                    .append(i.death())
                    .append('\n')
                    .append("  seriousDeterioration: ")
                    .append(i.seriousDeterioration())
                    .append('\n')
                    .append("  publicHealthThreat: ")
                    .append(i.publicHealthThreat())
                    .append('\n')
                    .append("  remedialAction: ")
                    .append(i.remedialAction())
                    .append('\n')
                    .append("  significant: ")
                    .append(i.significant())
                    .append('\n');
        }
        c.nis2().ifPresent(n -> y.append("nis2: ").append(n).append('\n'));
        c.disclosureDays().ifPresent(d -> y.append("disclosureDays: ").append(d).append('\n'));
        Map<Milestones.Step, LocalDate> dates = new EnumMap<>(Milestones.Step.class);
        dates.putAll(c.milestones().dates());
        step.ifPresent(s -> dates.put(s, date));
        List<Milestones.FiledReport> reports = c.milestones().reports();
        if (!dates.isEmpty() || !reports.isEmpty() || reportRule.isPresent()) {
            y.append("milestones:\n");
            dates.forEach((s, d) ->
                    y.append("  ").append(s.wire()).append(": ").append(d).append('\n'));
            if (!reports.isEmpty() || reportRule.isPresent()) {
                y.append("  reports:\n");
                for (Milestones.FiledReport r : reports) {
                    y.append("    - {rule: ")
                            .append(q(r.rule()))
                            .append(", filed: ")
                            .append(r.filed());
                    r.reference().ifPresent(ref -> y.append(", reference: ").append(q(ref)));
                    y.append("}\n");
                }
                reportRule.ifPresent(rule -> y.append("    - {rule: ")
                        .append(q(rule))
                        .append(", filed: ")
                        .append(date)
                        .append("}\n"));
            }
        }
        return y.toString();
    }

    private static StringBuilder head(String id, String title, String product, LocalDate aware, String source) {
        return new StringBuilder("vigil-case: 1\n")
                .append("id: ")
                .append(q(id))
                .append('\n')
                .append("title: ")
                .append(q(title))
                .append('\n')
                .append("product: ")
                .append(q(product))
                .append('\n')
                .append("aware: ")
                .append(aware)
                .append('\n')
                .append("source: ")
                .append(source)
                .append('\n')
                .append("vulnerabilities:\n");
    }

    private static void vulnerability(
            StringBuilder y,
            String id,
            Optional<String> cve,
            Optional<String> cwe,
            String title,
            Optional<String> description,
            List<String> elements,
            Optional<String> cvss,
            String affected,
            Optional<String> fixed,
            boolean exploited,
            boolean adverse,
            List<Remediation> remediations) {
        y.append("  - id: ").append(q(id)).append('\n');
        cve.ifPresent(c -> y.append("    cve: ").append(q(c)).append('\n'));
        cwe.ifPresent(c -> y.append("    cwe: ").append(q(c)).append('\n'));
        y.append("    title: ").append(q(title)).append('\n');
        description.ifPresent(d -> y.append("    description: ").append(q(d)).append('\n'));
        y.append("    elements: [")
                .append(String.join(", ", elements.stream().map(CaseYaml::q).toList()))
                .append("]\n");
        cvss.ifPresent(c -> y.append("    cvss: ").append(q(c)).append('\n'));
        y.append("    affected: ").append(q(affected)).append('\n');
        fixed.ifPresent(f -> y.append("    fixed: ").append(q(f)).append('\n'));
        y.append("    exploited: ").append(exploited).append('\n');
        y.append("    adverseEvents: ").append(adverse).append('\n');
        if (!remediations.isEmpty()) {
            y.append("    remediations:\n");
            for (Remediation r : remediations) {
                y.append("      - {category: ")
                        .append(r.category().wire())
                        .append(", details: ")
                        .append(q(r.details()));
                r.date().ifPresent(d -> y.append(", date: ").append(d));
                r.url().ifPresent(u -> y.append(", url: ").append(q(u)));
                y.append("}\n");
            }
        }
    }

    /** A double-quoted YAML scalar: JSON escapes, which YAML's double-quoted style accepts. */
    static String q(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
