package dev.vigil.engine.report;

import dev.vigil.engine.assessment.AppliedExclusion;
import dev.vigil.engine.assessment.Assessment;
import dev.vigil.engine.assessment.Finding;
import dev.vigil.engine.assessment.Summary;
import dev.vigil.engine.compliance.ComplianceReport;
import dev.vigil.engine.model.Hazard;
import dev.vigil.engine.model.SystemInfo;
import dev.vigil.engine.model.Tracking;
import dev.vigil.engine.model.WireValue;
import dev.vigil.engine.render.Renderer;
import dev.vigil.engine.risk.Exploitability;
import dev.vigil.engine.risk.Factor;
import dev.vigil.engine.risk.RiskMatrix;
import dev.vigil.engine.risk.Severity;
import dev.vigil.engine.support.SupportOutlook;
import dev.vigil.engine.threat.RuleMetadata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code report.html}: one self-contained HTML5 file for a reviewer, with no scripts and no external
 * resources, rendered from {@code templates/report/report.html}. This class only prepares the texts; the
 * template escapes every one of them, because models come from users.
 */
public final class ReportHtml {

    private static final Pattern ACTIVE_SVG = Pattern.compile(
            "<\\s*script|\\son[a-z]+\\s*=|javascript:|<\\s*foreignObject|href\\s*=\\s*[\"']?\\s*(https?:|//)",
            Pattern.CASE_INSENSITIVE);

    private ReportHtml() {}

    /** A label and its text: a row of a facts table or a count under its heading. */
    record Row(String label, String value) {}

    record MatrixCell(String risk, String count) {}

    record MatrixRow(String harm, List<MatrixCell> cells) {}

    /**
     * One finding's texts, one per row of its facts table; {@code multiPatient} is null when the finding cannot
     * reach many patients, and {@code badge} is its badge's CSS classes.
     */
    record FindingView(
            String severity,
            String title,
            String id,
            String explanation,
            String element,
            String kind,
            String status,
            String cvss,
            String exploitability,
            String harm,
            String risk,
            String multiPatient,
            List<String> facts,
            RuleMarkup rule) {

        public String badge() {
            return "badge sev-" + severity;
        }

        public boolean hasFacts() {
            return !facts.isEmpty();
        }
    }

    /** What every finding of one rule shows alike, rendered (and escaped) once by its own templates. */
    record RuleMarkup(String rows, String mitigations) {

        static RuleMarkup of(RuleMetadata rule) {
            Map<String, Object> texts = Map.of(
                    "stride",
                    String.join(", ", rule.stride()),
                    "weakness",
                    String.join(", ", rule.cwe())
                            + (rule.capec().isEmpty() ? "" : " / " + String.join(", ", rule.capec())),
                    "control",
                    rule.dittaPrinciple() + " / " + rule.fdaControlCategory(),
                    "mitigations",
                    rule.mitigations());
            return new RuleMarkup(
                    Renderer.render("report/rule-rows", texts), Renderer.render("report/rule-mitigations", texts));
        }
    }

    record FindingGroup(String severity, String heading, List<FindingView> findings) {}

    record ExclusionView(String findingId, String assumption, String effect) {}

    /** A diagram to inline; {@code svg} is null when it was left out for carrying active content. */
    record DiagramView(String name, String title, String svg) {}

    public static String render(Assessment assessment, String vigilVersion, List<Diagram> diagrams) {
        return render(assessment, vigilVersion, diagrams, Optional.empty());
    }

    /** The report with a compliance section when one is given. */
    public static String render(
            Assessment assessment, String vigilVersion, List<Diagram> diagrams, Optional<ComplianceReport> compliance) {
        return render(assessment, vigilVersion, diagrams, compliance, VulnerabilityCheck.notChecked());
    }

    /** The report with a "Vulnerabilities" section: the scan of the component SBOMs, or why there was none. */
    public static String render(
            Assessment assessment,
            String vigilVersion,
            List<Diagram> diagrams,
            Optional<ComplianceReport> compliance,
            VulnerabilityCheck vulnerabilities) {
        return render(assessment, vigilVersion, diagrams, compliance, vulnerabilities, Optional.empty());
    }

    /** One row of the "Support" section: its state, what ends, the date and the sentence. */
    record SupportRow(String status, String stage, String subject, String date, String text) {}

    /** The report with a "Support" section when a support outlook is given ("support ends within N days"). */
    public static String render(
            Assessment assessment,
            String vigilVersion,
            List<Diagram> diagrams,
            Optional<ComplianceReport> compliance,
            VulnerabilityCheck vulnerabilities,
            Optional<SupportOutlook> support) {
        Map<String, Object> page = new HashMap<>();
        page.put("title", "Security assessment: " + assessment.model().system().name());
        page.put("system", system(assessment, vigilVersion));
        summary(assessment, page);
        page.put(
                "bands",
                java.util.stream.IntStream.rangeClosed(1, RiskMatrix.BANDS)
                        .mapToObj(Integer::toString)
                        .toList());
        page.put("matrix", matrix(assessment));
        page.put("findingGroups", findings(assessment));
        page.put("vulnerabilities", VulnerabilityView.of(vulnerabilities));
        page.put("support", support.map(ReportHtml::support).orElse(null));
        page.put(
                "assumptions",
                assessment.model().assumptions().stream()
                        .map(a -> new Row(a.id(), a.text()))
                        .toList());
        page.put("exclusions", exclusions(assessment));
        page.put("trackingWarnings", assessment.trackingWarnings());
        page.put("compliance", compliance.map(ComplianceHtml::summary).orElse(null));
        page.put("diagrams", diagrams(diagrams));
        return Renderer.render("report/report", page);
    }

    /** The "Support" section: its summary line, one row per warning, the SBOMs whose dates were not read. */
    record SupportSection(String summary, List<SupportRow> rows, List<String> unread) {}

    private static SupportSection support(SupportOutlook outlook) {
        return new SupportSection(
                outlook.summary() + ".",
                outlook.warnings().stream()
                        .map(w -> new SupportRow(
                                w.status(),
                                w.end().stage().wire(),
                                w.end().subject(),
                                w.end().date().toString(),
                                w.text()))
                        .toList(),
                outlook.unread());
    }

    private static List<Row> system(Assessment a, String version) {
        SystemInfo s = a.model().system();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("System", s.id() + " (" + s.kind().wire() + ")"));
        s.manufacturer().ifPresent(m -> rows.add(new Row("Manufacturer", m)));
        s.version().ifPresent(v -> rows.add(new Row("Version", v)));
        s.intendedUse().ifPresent(u -> rows.add(new Row("Intended use", u)));
        if (!s.markets().isEmpty()) {
            rows.add(new Row(
                    "Markets",
                    String.join(", ", s.markets().stream().map(WireValue::wire).toList())));
        }
        rows.add(new Row("Assessed on", a.date().toString()));
        rows.add(new Row("Rules run", a.rulesRun().size() + ""));
        rows.add(new Row("Risk matrix", a.riskMatrix().name()));
        rows.add(new Row("Vigil", version));
        return rows;
    }

    private static void summary(Assessment a, Map<String, Object> page) {
        Summary s = a.summary();
        page.put(
                "summary",
                s.total() + " findings: " + s.uncontrolled() + " uncontrolled, " + s.controlled() + " controlled, "
                        + s.withoutHazard() + " without a linked hazard; " + s.multiPatient()
                        + " can reach many patients.");
        List<Row> severities = new ArrayList<>();
        for (Severity sev : Severity.values()) {
            severities.add(new Row(sev.wire(), s.bySeverity().get(sev) + ""));
        }
        page.put("severityCounts", severities);
        List<Row> statuses = new ArrayList<>();
        for (Tracking.Status st : Tracking.Status.values()) {
            statuses.add(new Row(st.wire(), s.byStatus().get(st) + ""));
        }
        page.put("statusCounts", statuses);
    }

    /** Harm severities worst first, bands 1 to 5; a cell names its risk class and its count (blank for 0). */
    private static List<MatrixRow> matrix(Assessment a) {
        int[][] counts = MatrixCounts.of(a.findings());
        Hazard.Severity[] harms = Hazard.Severity.values();
        List<MatrixRow> rows = new ArrayList<>();
        for (int i = harms.length - 1; i >= 0; i--) {
            List<MatrixCell> cells = new ArrayList<>();
            for (int b = 1; b <= RiskMatrix.BANDS; b++) {
                cells.add(new MatrixCell(
                        a.riskMatrix().isControlled(b, harms[i]) ? "controlled" : "uncontrolled",
                        counts[i][b - 1] == 0 ? "" : counts[i][b - 1] + ""));
            }
            rows.add(new MatrixRow(harms[i].wire(), cells));
        }
        return rows;
    }

    private static List<FindingGroup> findings(Assessment a) {
        Map<Severity, List<FindingView>> bySeverity = new java.util.EnumMap<>(Severity.class);
        Map<String, RuleMarkup> rules = new HashMap<>();
        for (Finding f : a.findings()) {
            RuleMarkup rule = rules.computeIfAbsent(f.rule().id(), id -> RuleMarkup.of(f.rule()));
            bySeverity
                    .computeIfAbsent(f.score().severity(), s -> new ArrayList<>())
                    .add(finding(f, rule));
        }
        List<FindingGroup> groups = new ArrayList<>();
        bySeverity.forEach((sev, views) ->
                groups.add(new FindingGroup(sev.wire(), cap(sev.wire()) + " (" + views.size() + ")", views)));
        return groups;
    }

    private static FindingView finding(Finding f, RuleMarkup rule) {
        var score = f.score();
        return new FindingView(
                score.severity().wire(),
                f.rule().title(),
                f.id(),
                f.explanation(),
                f.element(),
                f.kind().wire(),
                status(f),
                score.cvssVector() == null
                        ? "not scored: the model lacks facts the rule needs"
                        : String.format(Locale.ROOT, "%.1f %s", score.cvssScore(), score.cvssVector()),
                exploitability(score.exploitability()),
                score.harmSeverity()
                        .map(h -> h.wire() + " (hazards: " + String.join(", ", score.hazards()) + ")")
                        .orElse("no hazard linked"),
                score.controlled().map(c -> c ? "controlled" : "uncontrolled").orElse("not rated"),
                score.multiPatient() ? String.join("; ", score.exploitability().multiPatientReasons()) : null,
                f.facts(),
                rule);
    }

    private static String status(Finding f) {
        Optional<Tracking> t = f.tracking();
        return f.status().wire()
                + t.flatMap(Tracking::justification).map(j -> ": " + j).orElse("")
                + t.flatMap(Tracking::by)
                        .map(b -> " (" + b
                                + t.flatMap(Tracking::date).map(d -> ", " + d).orElse("") + ")")
                        .orElse("");
    }

    private static String exploitability(Exploitability e) {
        return "band " + e.band() + " of 5 (sub-score " + e.subScore() + "); AV " + factor(e.attackVector())
                + "; AC " + factor(e.attackComplexity()) + "; PR " + factor(e.privilegesRequired()) + "; UI "
                + factor(e.userInteraction()) + "; S " + factor(e.scope());
    }

    private static String factor(Factor f) {
        return f.value() + " (" + f.reason() + ")";
    }

    private static List<ExclusionView> exclusions(Assessment a) {
        List<ExclusionView> views = new ArrayList<>();
        for (AppliedExclusion e : a.exclusions()) {
            views.add(new ExclusionView(
                    e.findingId(),
                    e.assumption() + ": " + e.text(),
                    e.removedFinding().isPresent() ? "finding removed" : "no such finding in this assessment"));
        }
        return views;
    }

    private static List<DiagramView> diagrams(List<Diagram> diagrams) {
        // Defence in depth: a diagram must never carry script or remote content into the report.
        return diagrams.stream()
                .map(d -> new DiagramView(
                        d.name(), d.title(), ACTIVE_SVG.matcher(d.svg()).find() ? null : stripProlog(d.svg())))
                .toList();
    }

    /** An XML declaration or doctype is not allowed inside HTML, so only the svg element is kept. */
    private static String stripProlog(String svg) {
        int start = svg.indexOf("<svg");
        return start < 0 ? svg : svg.substring(start);
    }

    private static String cap(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
