package dev.vigil.engine.postmarket;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.engine.postmarket.clocks.Clock;
import dev.vigil.engine.postmarket.clocks.ClockEvaluator.Skipped;
import dev.vigil.engine.postmarket.clocks.ClockRule;
import dev.vigil.engine.postmarket.clocks.Condition;
import java.util.Comparator;

/** The JSON form of a checked case ({@code vigil case check --format json}; docs/case-format.md, "Output"). */
public final class CaseReportJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CaseReportJson() {}

    public static String write(CaseReport r) {
        return toJson(r);
    }

    private static String toJson(CaseReport r) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode c = root.putObject("case");
        c.put("id", r.caseFile().id());
        c.put("title", r.caseFile().title());
        c.put("product", r.caseFile().product());
        c.put("aware", r.caseFile().aware().toString());
        c.put("source", r.caseFile().source().wire());
        root.put("date", r.on().toString());
        root.put("decision", r.verdict().wire());
        root.put("overdue", r.anyOverdue());
        ArrayNode facts = root.putArray("facts");
        r.facts().stream().sorted().filter(f -> f != Condition.ALWAYS).forEach(f -> facts.add(f.wire()));
        ArrayNode decisions = root.putArray("vulnerabilities");
        for (RiskDecision d : r.decisions()) {
            ObjectNode o = decisions.addObject();
            o.put("id", d.vulnerability());
            o.put("decision", d.verdict().wire());
            o.put("cvssVector", d.cvssVector());
            o.put("cvssVectorStated", d.vectorStated());
            o.put("cvssScore", d.cvssScore());
            o.put("exploitabilityBand", d.band());
            o.put("harmSeverity", d.harm().map(h -> h.wire()).orElse("not stated"));
            d.hazards().forEach(o.putArray("hazards")::add);
            o.put("riskMatrix", d.matrix());
            ArrayNode factors = o.putArray("factors");
            for (RiskDecision.Factor f : d.factors()) {
                ObjectNode fo = factors.addObject();
                f.element().ifPresent(e -> fo.put("element", e));
                fo.put("factor", f.name());
                fo.put("value", f.value());
                fo.put("reason", f.reason());
                f.facts().forEach(fo.putArray("facts")::add);
            }
        }
        ArrayNode clocks = root.putArray("clocks");
        r.clocks().stream()
                .sorted(Comparator.comparing(
                        (Clock k) -> k.due().map(Object::toString).orElse("9999")))
                .forEach(k -> {
                    ObjectNode o = clocks.addObject();
                    rule(o, k.rule());
                    o.put("state", k.state().wire());
                    k.started().ifPresent(d -> o.put("started", d.toString()));
                    k.due().ifPresent(d -> o.put("due", d.toString()));
                    k.done().ifPresent(d -> o.put("done", d.toString()));
                    if (k.lateDays() > 0) {
                        o.put("lateDays", k.lateDays());
                    }
                    o.put("explanation", k.explanation());
                });
        ArrayNode skipped = root.putArray("notRunning");
        for (Skipped s : r.skipped()) {
            ObjectNode o = skipped.addObject();
            o.put("rule", s.rule().id());
            o.put("regulator", s.rule().regulator());
            o.put("reason", s.reason());
        }
        return toText(root);
    }

    /** The fields of a rule as reports and {@code vigil case rules --format json} show them. */
    public static void rule(ObjectNode o, ClockRule rule) {
        o.put("rule", rule.id());
        o.put("regulator", rule.regulator());
        o.put("must", rule.must());
        o.put("to", rule.to());
        ObjectNode cite = o.putObject("citation");
        var c = rule.citation();
        cite.put("document", c.document());
        cite.put("documentId", c.documentId());
        cite.put("edition", c.edition());
        cite.put("section", c.section());
        c.url().ifPresent(u -> cite.put("url", u));
        c.requirement().ifPresent(q -> cite.put("catalogRequirement", q));
        cite.put("verified", c.verified());
        c.note().ifPresent(n -> cite.put("note", n));
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static String toText(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
