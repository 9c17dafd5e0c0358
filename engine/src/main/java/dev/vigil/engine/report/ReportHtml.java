package dev.vigil.engine.report;

import dev.vigil.engine.assessment.AppliedExclusion;
import dev.vigil.engine.assessment.Assessment;
import dev.vigil.engine.assessment.Finding;
import dev.vigil.engine.assessment.Summary;
import dev.vigil.engine.model.Assumption;
import dev.vigil.engine.model.Hazard;
import dev.vigil.engine.model.SystemInfo;
import dev.vigil.engine.model.Tracking;
import dev.vigil.engine.model.WireValue;
import dev.vigil.engine.risk.Exploitability;
import dev.vigil.engine.risk.Factor;
import dev.vigil.engine.risk.RiskMatrix;
import dev.vigil.engine.risk.Severity;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code report.html}: one self-contained HTML5 file for a reviewer, with no scripts and no external
 * resources. Every piece of model text is escaped, because models come from users.
 */
public final class ReportHtml {

    private static final Pattern ACTIVE_SVG = Pattern.compile(
            "<\\s*script|\\son[a-z]+\\s*=|javascript:|<\\s*foreignObject|href\\s*=\\s*[\"']?\\s*(https?:|//)",
            Pattern.CASE_INSENSITIVE);

    private final StringBuilder out = new StringBuilder(64 * 1024);

    private ReportHtml() {}

    public static String render(Assessment assessment, String vigilVersion, List<Diagram> diagrams) {
        return render(assessment, vigilVersion, diagrams, java.util.Optional.empty());
    }

    /** The report with a compliance section when one is given. */
    public static String render(
            Assessment assessment,
            String vigilVersion,
            List<Diagram> diagrams,
            java.util.Optional<dev.vigil.engine.compliance.ComplianceReport> compliance) {
        return render(assessment, vigilVersion, diagrams, compliance, VulnerabilityCheck.notChecked());
    }

    /** The report with a "Vulnerabilities" section: the scan of the component SBOMs, or why there was none. */
    public static String render(
            Assessment assessment,
            String vigilVersion,
            List<Diagram> diagrams,
            java.util.Optional<dev.vigil.engine.compliance.ComplianceReport> compliance,
            VulnerabilityCheck vulnerabilities) {
        ReportHtml html = new ReportHtml();
        html.document(assessment, vigilVersion, diagrams, compliance, vulnerabilities);
        return html.out.toString();
    }

    /** Escapes text for element content and double-quoted attribute values. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private void document(
            Assessment a,
            String version,
            List<Diagram> diagrams,
            java.util.Optional<dev.vigil.engine.compliance.ComplianceReport> compliance,
            VulnerabilityCheck vulnerabilities) {
        SystemInfo s = a.model().system();
        raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        raw("<title>").text("Security assessment: " + s.name()).raw("</title>\n");
        raw("<style>\n").raw(Style.CSS).raw("</style>\n</head>\n<body>\n<main>\n");
        raw("<h1>").text("Security assessment: " + s.name()).raw("</h1>\n");
        system(a, version);
        summary(a);
        matrix(a);
        findings(a);
        raw(VulnerabilitySection.html(vulnerabilities));
        assumptions(a);
        trackingWarnings(a);
        compliance.ifPresent(c -> raw(ComplianceSection.html(c)));
        diagrams(diagrams);
        raw("</main>\n</body>\n</html>\n");
    }

    private void system(Assessment a, String version) {
        SystemInfo s = a.model().system();
        raw("<table class=\"facts\">\n");
        row("System", s.id() + " (" + s.kind().wire() + ")");
        s.manufacturer().ifPresent(m -> row("Manufacturer", m));
        s.version().ifPresent(v -> row("Version", v));
        s.intendedUse().ifPresent(u -> row("Intended use", u));
        if (!s.markets().isEmpty()) {
            row(
                    "Markets",
                    String.join(", ", s.markets().stream().map(WireValue::wire).toList()));
        }
        row("Assessed on", a.date().toString());
        row("Rules run", a.rulesRun().size() + "");
        row("Risk matrix", a.riskMatrix().name());
        row("Vigil", version);
        raw("</table>\n");
    }

    private void summary(Assessment a) {
        Summary s = a.summary();
        raw("<h2 id=\"summary\">Summary</h2>\n<p>")
                .text(s.total() + " findings: " + s.uncontrolled()
                        + " uncontrolled, " + s.controlled() + " controlled, " + s.withoutHazard()
                        + " without a linked hazard; " + s.multiPatient() + " can reach many patients.")
                .raw("</p>\n");
        raw("<table class=\"counts\">\n<tr>");
        for (Severity sev : Severity.values()) {
            raw("<th>").text(sev.wire()).raw("</th>");
        }
        raw("</tr>\n<tr>");
        for (Severity sev : Severity.values()) {
            raw("<td class=\"sev-")
                    .raw(sev.wire())
                    .raw("\">")
                    .text(s.bySeverity().get(sev) + "")
                    .raw("</td>");
        }
        raw("</tr>\n</table>\n<table class=\"counts\">\n<tr>");
        for (Tracking.Status st : Tracking.Status.values()) {
            raw("<th>").text(st.wire()).raw("</th>");
        }
        raw("</tr>\n<tr>");
        for (Tracking.Status st : Tracking.Status.values()) {
            raw("<td>").text(s.byStatus().get(st) + "").raw("</td>");
        }
        raw("</tr>\n</table>\n");
    }

    private void matrix(Assessment a) {
        int[][] counts = MatrixCounts.of(a.findings());
        raw("<h2 id=\"risk-matrix\">Risk matrix</h2>\n");
        raw("<p>Weaknesses with a linked hazard, by exploitability band (1 hard to 5 easy) and the ISO 14971"
                + " severity of the worst harm they can lead to. Shaded cells are uncontrolled.</p>\n");
        raw("<table class=\"matrix\">\n<tr><th>harm \\ band</th>");
        for (int b = 1; b <= RiskMatrix.BANDS; b++) {
            raw("<th>").text(b + "").raw("</th>");
        }
        raw("</tr>\n");
        Hazard.Severity[] rows = Hazard.Severity.values();
        for (int i = rows.length - 1; i >= 0; i--) {
            raw("<tr><th>").text(rows[i].wire()).raw("</th>");
            for (int b = 1; b <= RiskMatrix.BANDS; b++) {
                boolean ok = a.riskMatrix().isControlled(b, rows[i]);
                raw("<td class=\"")
                        .raw(ok ? "controlled" : "uncontrolled")
                        .raw("\" title=\"")
                        .raw(ok ? "controlled" : "uncontrolled")
                        .raw("\">")
                        .text(counts[i][b - 1] == 0 ? "" : counts[i][b - 1] + "")
                        .raw("</td>");
            }
            raw("</tr>\n");
        }
        raw("</table>\n");
    }

    private void findings(Assessment a) {
        raw("<h2 id=\"findings\">Findings</h2>\n");
        if (a.findings().isEmpty()) {
            raw("<p>No findings.</p>\n");
        }
        for (Severity sev : Severity.values()) {
            List<Finding> group = a.findings().stream()
                    .filter(f -> f.score().severity() == sev)
                    .toList();
            if (group.isEmpty()) {
                continue;
            }
            raw("<h3 class=\"sev-")
                    .raw(sev.wire())
                    .raw("\">")
                    .text(cap(sev.wire()) + " (" + group.size() + ")")
                    .raw("</h3>\n");
            group.forEach(this::finding);
        }
    }

    private void finding(Finding f) {
        var score = f.score();
        raw("<article class=\"finding\">\n<h4><span class=\"badge sev-")
                .raw(score.severity().wire())
                .raw("\">")
                .text(score.severity().wire())
                .raw("</span> ")
                .text(f.rule().title())
                .raw(" <code>")
                .text(f.id())
                .raw("</code></h4>\n<p>")
                .text(f.explanation())
                .raw("</p>\n<table class=\"facts\">\n");
        row("Element", f.element());
        row("Kind", f.kind().wire());
        row(
                "Status",
                f.status().wire()
                        + f.tracking()
                                .flatMap(Tracking::justification)
                                .map(j -> ": " + j)
                                .orElse("")
                        + f.tracking()
                                .flatMap(Tracking::by)
                                .map(b -> " (" + b
                                        + f.tracking()
                                                .flatMap(Tracking::date)
                                                .map(d -> ", " + d)
                                                .orElse("") + ")")
                                .orElse(""));
        row(
                "CVSS v3.1",
                score.cvssVector() == null
                        ? "not scored: the model lacks facts the rule needs"
                        : String.format(Locale.ROOT, "%.1f %s", score.cvssScore(), score.cvssVector()));
        row("Exploitability", exploitability(score.exploitability()));
        row(
                "Patient harm",
                score.harmSeverity()
                        .map(h -> h.wire() + " (hazards: " + String.join(", ", score.hazards()) + ")")
                        .orElse("no hazard linked"));
        row(
                "Risk",
                score.controlled().map(c -> c ? "controlled" : "uncontrolled").orElse("not rated"));
        if (score.multiPatient()) {
            row("Multi-patient", String.join("; ", score.exploitability().multiPatientReasons()));
        }
        row("STRIDE", String.join(", ", f.rule().stride()));
        row(
                "CWE / CAPEC",
                String.join(", ", f.rule().cwe())
                        + (f.rule().capec().isEmpty()
                                ? ""
                                : " / " + String.join(", ", f.rule().capec())));
        row("DITTA / FDA control", f.rule().dittaPrinciple() + " / " + f.rule().fdaControlCategory());
        raw("</table>\n");
        list("Facts", f.facts(), true);
        list("Mitigations", f.rule().mitigations(), false);
        raw("</article>\n");
    }

    private static String exploitability(Exploitability e) {
        return "band " + e.band() + " of 5 (sub-score " + e.subScore() + "); AV " + factor(e.attackVector())
                + "; AC " + factor(e.attackComplexity()) + "; PR " + factor(e.privilegesRequired()) + "; UI "
                + factor(e.userInteraction()) + "; S " + factor(e.scope());
    }

    private static String factor(Factor f) {
        return f.value() + " (" + f.reason() + ")";
    }

    private void assumptions(Assessment a) {
        raw("<h2 id=\"assumptions\">Assumptions and exclusions</h2>\n");
        List<Assumption> assumptions = a.model().assumptions();
        if (assumptions.isEmpty()) {
            raw("<p>The model states no assumptions.</p>\n");
        } else {
            raw("<ul>\n");
            for (Assumption as : assumptions) {
                raw("<li><code>").text(as.id()).raw("</code>: ").text(as.text()).raw("</li>\n");
            }
            raw("</ul>\n");
        }
        if (!a.exclusions().isEmpty()) {
            raw("<table class=\"list\">\n<tr><th>Excluded finding</th><th>Assumption</th><th>Effect</th></tr>\n");
            for (AppliedExclusion e : a.exclusions()) {
                raw("<tr><td><code>")
                        .text(e.findingId())
                        .raw("</code></td><td>")
                        .text(e.assumption() + ": " + e.text())
                        .raw("</td><td>")
                        .text(e.removedFinding().isPresent() ? "finding removed" : "no such finding in this assessment")
                        .raw("</td></tr>\n");
            }
            raw("</table>\n");
        }
    }

    private void trackingWarnings(Assessment a) {
        if (a.trackingWarnings().isEmpty()) {
            return;
        }
        raw("<h2 id=\"tracking\">Tracking warnings</h2>\n");
        list(null, a.trackingWarnings(), false);
    }

    private void diagrams(List<Diagram> diagrams) {
        raw("<h2 id=\"diagrams\">Diagrams</h2>\n");
        if (diagrams.isEmpty()) {
            raw("<p>No diagrams.</p>\n");
            return;
        }
        for (Diagram d : diagrams) {
            raw("<figure id=\"diagram-").raw(d.name()).raw("\">\n");
            if (ACTIVE_SVG.matcher(d.svg()).find()) {
                // Defence in depth: a diagram must never carry script or remote content into the report.
                raw("<p>This diagram was left out because it contains active or remote content.</p>\n");
            } else {
                raw(stripProlog(d.svg())).raw("\n");
            }
            raw("<figcaption>").text(d.title()).raw("</figcaption>\n</figure>\n");
        }
    }

    /** An XML declaration or doctype is not allowed inside HTML, so only the svg element is kept. */
    private static String stripProlog(String svg) {
        int start = svg.indexOf("<svg");
        return start < 0 ? svg : svg.substring(start);
    }

    private void row(String label, String value) {
        raw("<tr><th>").text(label).raw("</th><td>").text(value).raw("</td></tr>\n");
    }

    private void list(String title, List<String> items, boolean code) {
        if (items.isEmpty()) {
            return;
        }
        if (title != null) {
            raw("<h5>").text(title).raw("</h5>\n");
        }
        raw("<ul>\n");
        for (String item : items) {
            raw(code ? "<li><code>" : "<li>").text(item).raw(code ? "</code></li>\n" : "</li>\n");
        }
        raw("</ul>\n");
    }

    private static String cap(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private ReportHtml raw(String html) {
        out.append(html);
        return this;
    }

    private ReportHtml text(String text) {
        out.append(escape(text));
        return this;
    }
}
