package dev.vigil.engine.compliance;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.vigil.engine.catalog.Phase;
import dev.vigil.engine.model.SystemInfo;
import dev.vigil.engine.model.WireValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code vigil compliance --format json} (issue 4): one row per judged requirement, the not-assessable ones
 * apart, counts per framework, the action list and, with {@code --by-phase}, the lifecycle view ({@code
 * lifecycle} left out otherwise). The assessment report and the server use the same records, so all print
 * the same fields. Written by {@link dev.vigil.engine.render.JsonDocuments}.
 */
public record ComplianceDocument(
        SystemSummary system,
        String catalogVersion,
        List<String> warnings,
        List<Row> compliance,
        List<Row> notAssessable,
        Map<String, Map<String, Long>> summary,
        List<ThemeActions> actions,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<PhaseView> lifecycle) {

    public static ComplianceDocument of(ComplianceReport report, boolean byPhase) {
        return new ComplianceDocument(
                SystemSummary.of(report.system()),
                report.catalogVersion(),
                report.warnings(),
                rows(report.rows()),
                notAssessable(report.rows()),
                summary(report),
                actions(report),
                byPhase ? lifecycle(report) : null);
    }

    /** {@code vigil compliance --actions --format json}: the action list alone. */
    public record ActionsDocument(
            SystemSummary system, String catalogVersion, List<String> warnings, List<ThemeActions> actions) {

        public static ActionsDocument of(ComplianceReport report) {
            return new ActionsDocument(
                    SystemSummary.of(report.system()),
                    report.catalogVersion(),
                    report.warnings(),
                    ComplianceDocument.actions(report));
        }
    }

    /** The system judged; {@code version} left out when the model states none, {@code cyberDevice} null then. */
    public record SystemSummary(
            String id,
            String name,
            String kind,
            @JsonInclude(JsonInclude.Include.NON_NULL) String version,
            List<String> markets,
            Boolean cyberDevice) {

        static SystemSummary of(SystemInfo s) {
            return new SystemSummary(
                    s.id(),
                    s.name(),
                    s.kind().wire(),
                    s.version().orElse(null),
                    s.markets().stream().map(WireValue::wire).toList(),
                    s.cyberDevice().orElse(null));
        }
    }

    /**
     * One requirement's verdict with its reason, evidence and blocking findings; {@code needs} (the fact a
     * not-assessable requirement would need) only in {@code notAssessable} and only when the catalog names it.
     */
    public record Row(
            String framework,
            String requirement,
            String section,
            String title,
            String phase,
            String status,
            String reason,
            String citation,
            boolean verified,
            List<String> evidence,
            List<String> blockingFindings,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) String needs) {

        static Row of(ComplianceRow r, String needs) {
            return new Row(
                    r.framework(),
                    r.requirement().id(),
                    r.requirement().section(),
                    r.requirement().title(),
                    r.requirement().phase(),
                    r.status().wire(),
                    r.reason(),
                    r.requirement().citation().text(),
                    r.requirement().verified(),
                    r.evidence(),
                    r.blockingFindings(),
                    needs);
        }
    }

    public record ThemeActions(String theme, String title, List<Action> actions) {}

    /** One action with how many requirements it closes and serves, and their ids. */
    public record Action(
            String kind,
            String item,
            String what,
            int closesCount,
            int servesCount,
            List<String> closes,
            List<String> requirements) {}

    /** Per lifecycle phase: the stages of other frameworks it covers, the counts and the requirement verdicts. */
    public record PhaseView(
            String phase,
            String title,
            List<String> mappedStages,
            Map<String, Long> counts,
            List<PhaseRequirement> requirements) {}

    public record PhaseRequirement(String framework, String requirement, String status) {}

    /**
     * The judged and out-of-scope requirements (met, partial, gap, not-applicable). Not-assessable ones are
     * listed apart ({@link #notAssessable}), so a reader of this list meets only the statuses it always had.
     */
    public static List<Row> rows(List<ComplianceRow> rows) {
        return rows.stream()
                .filter(r -> r.status() != ComplianceStatus.NOT_ASSESSABLE)
                .map(r -> Row.of(r, null))
                .toList();
    }

    /** The requirements the model cannot show met or not, each with the fact it would need. */
    public static List<Row> notAssessable(List<ComplianceRow> rows) {
        return rows.stream()
                .filter(r -> r.status() == ComplianceStatus.NOT_ASSESSABLE)
                .map(r -> Row.of(r, r.requirement().needs()))
                .toList();
    }

    /** Per framework, the number of rows with each status. */
    public static Map<String, Map<String, Long>> summary(ComplianceReport report) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        report.summary().forEach((framework, counts) -> out.put(framework, counts(counts)));
        return out;
    }

    /** Per crosswalk theme, the actions with the requirements each serves and closes. */
    public static List<ThemeActions> actions(ComplianceReport report) {
        return report.actions().stream()
                .map(t -> new ThemeActions(
                        t.theme(),
                        t.title(),
                        t.actions().stream()
                                .map(a -> new Action(
                                        a.kind(),
                                        a.item(),
                                        a.what(),
                                        a.closes().size(),
                                        a.requirements().size(),
                                        a.closes(),
                                        a.requirements()))
                                .toList()))
                .toList();
    }

    static List<PhaseView> lifecycle(ComplianceReport report) {
        return report.byPhase().entrySet().stream()
                .map(e -> {
                    Phase p = e.getKey();
                    return new PhaseView(
                            p.id(),
                            p.title(),
                            p.mappedStages(),
                            counts(ComplianceReport.counts(e.getValue())),
                            e.getValue().stream()
                                    .map(r -> new PhaseRequirement(
                                            r.framework(),
                                            r.requirement().id(),
                                            r.status().wire()))
                                    .toList());
                })
                .toList();
    }

    private static Map<String, Long> counts(Map<ComplianceStatus, Long> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.forEach((status, count) -> out.put(status.wire(), count));
        return out;
    }
}
