package dev.vigil.engine.compliance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.engine.catalog.Phase;
import dev.vigil.engine.model.SystemInfo;
import dev.vigil.engine.model.WireValue;
import java.util.List;
import java.util.Map;

/**
 * The compliance result's JSON shape (issue 4), in one place so {@code vigil compliance}, the
 * {@code assess} report and the server print the same fields.
 */
public final class ComplianceJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ComplianceJson() {}

    /**
     * The whole document: {@code {"system", "catalogVersion", "warnings": [...], "compliance": [...],
     * "notAssessable": [...], "summary": {...}, "actions": [...]}}, plus {@code "lifecycle": [...]} when
     * {@code byPhase} is set.
     */
    public static ObjectNode document(ComplianceReport report, boolean byPhase) {
        ObjectNode root = head(report);
        root.set("compliance", rows(report.rows()));
        root.set("notAssessable", notAssessable(report.rows()));
        root.set("summary", summary(report));
        root.set("actions", actions(report));
        if (byPhase) {
            root.set("lifecycle", lifecycle(report));
        }
        return root;
    }

    /** The action list alone: {@code {"system", "catalogVersion", "warnings": [...], "actions": [...]}}. */
    public static ObjectNode actionsDocument(ComplianceReport report) {
        ObjectNode root = head(report);
        root.set("actions", actions(report));
        return root;
    }

    private static ObjectNode head(ComplianceReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        system(root.putObject("system"), report.system());
        root.put("catalogVersion", report.catalogVersion());
        report.warnings().forEach(root.putArray("warnings")::add);
        return root;
    }

    /**
     * The {@code compliance} array: one object per judged or out-of-scope requirement (met, partial, gap,
     * not-applicable). Not-assessable requirements are listed apart ({@link #notAssessable}), so a reader
     * of this array meets only the statuses it has always had.
     */
    public static ArrayNode rows(List<ComplianceRow> rows) {
        return rowArray(rows.stream()
                .filter(r -> r.status() != ComplianceStatus.NOT_ASSESSABLE)
                .toList());
    }

    /** The requirements the model cannot show met or not, each with the fact it would need in its reason. */
    public static ArrayNode notAssessable(List<ComplianceRow> rows) {
        ArrayNode out = rowArray(rows.stream()
                .filter(r -> r.status() == ComplianceStatus.NOT_ASSESSABLE)
                .toList());
        for (int i = 0; i < out.size(); i++) {
            String needs = rows.stream()
                    .filter(r -> r.status() == ComplianceStatus.NOT_ASSESSABLE)
                    .toList()
                    .get(i)
                    .requirement()
                    .needs();
            if (!needs.isEmpty()) {
                ((ObjectNode) out.get(i)).put("needs", needs);
            }
        }
        return out;
    }

    /** The action list: per crosswalk theme, the actions with the requirements each serves and closes. */
    public static ArrayNode actions(ComplianceReport report) {
        ArrayNode out = MAPPER.createArrayNode();
        for (ActionList.ThemeActions t : report.actions()) {
            ObjectNode theme = out.addObject().put("theme", t.theme()).put("title", t.title());
            ArrayNode actions = theme.putArray("actions");
            for (ActionList.Action a : t.actions()) {
                ObjectNode n = actions.addObject()
                        .put("kind", a.kind())
                        .put("item", a.item())
                        .put("what", a.what())
                        .put("closesCount", a.closes().size())
                        .put("servesCount", a.requirements().size());
                a.closes().forEach(n.putArray("closes")::add);
                a.requirements().forEach(n.putArray("requirements")::add);
            }
        }
        return out;
    }

    private static ArrayNode rowArray(List<ComplianceRow> rows) {
        ArrayNode out = MAPPER.createArrayNode();
        for (ComplianceRow r : rows) {
            ObjectNode n = out.addObject()
                    .put("framework", r.framework())
                    .put("requirement", r.requirement().id())
                    .put("section", r.requirement().section())
                    .put("title", r.requirement().title())
                    .put("phase", r.requirement().phase())
                    .put("status", r.status().wire())
                    .put("reason", r.reason())
                    .put("citation", r.requirement().citation().text())
                    .put("verified", r.requirement().verified());
            r.evidence().forEach(n.putArray("evidence")::add);
            r.blockingFindings().forEach(n.putArray("blockingFindings")::add);
        }
        return out;
    }

    /** Per framework, the number of rows with each status. */
    public static ObjectNode summary(ComplianceReport report) {
        ObjectNode out = MAPPER.createObjectNode();
        report.summary().forEach((framework, counts) -> counts(out.putObject(framework), counts));
        return out;
    }

    /** The lifecycle view: per phase, the stages of other frameworks it covers, counts and requirement ids. */
    public static ArrayNode lifecycle(ComplianceReport report) {
        ArrayNode out = MAPPER.createArrayNode();
        for (Map.Entry<Phase, List<ComplianceRow>> e : report.byPhase().entrySet()) {
            Phase p = e.getKey();
            ObjectNode n = out.addObject().put("phase", p.id()).put("title", p.title());
            p.mappedStages().forEach(n.putArray("mappedStages")::add);
            counts(n.putObject("counts"), ComplianceReport.counts(e.getValue()));
            ArrayNode reqs = n.putArray("requirements");
            e.getValue().forEach(r -> reqs.addObject()
                    .put("framework", r.framework())
                    .put("requirement", r.requirement().id())
                    .put("status", r.status().wire()));
        }
        return out;
    }

    private static void system(ObjectNode n, SystemInfo s) {
        n.put("id", s.id()).put("name", s.name()).put("kind", s.kind().wire());
        s.version().ifPresent(v -> n.put("version", v));
        s.markets().stream().map(WireValue::wire).forEach(n.putArray("markets")::add);
        if (s.cyberDevice().isPresent()) {
            n.put("cyberDevice", s.cyberDevice().get());
        } else {
            n.putNull("cyberDevice");
        }
    }

    private static void counts(ObjectNode n, Map<ComplianceStatus, Long> counts) {
        counts.forEach((status, count) -> n.put(status.wire(), count));
    }
}
