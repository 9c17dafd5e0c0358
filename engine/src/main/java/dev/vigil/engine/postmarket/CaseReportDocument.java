package dev.vigil.engine.postmarket;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.vigil.engine.postmarket.clocks.Clock;
import dev.vigil.engine.postmarket.clocks.ClockRule;
import dev.vigil.engine.postmarket.clocks.Condition;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * {@code vigil case check --format json} (docs/case-format.md, "Output"): the case, the risk decision per
 * vulnerability with its factors, the clocks sorted by due date and the rules not running. Written by {@link
 * dev.vigil.engine.render.JsonDocuments}.
 */
public record CaseReportDocument(
        CaseEntry caseFile,
        LocalDate date,
        String decision,
        boolean overdue,
        List<String> facts,
        List<Decision> vulnerabilities,
        List<ClockEntry> clocks,
        List<NotRunning> notRunning) {

    /** The JSON name is {@code case}, a Java keyword. */
    @com.fasterxml.jackson.annotation.JsonProperty("case")
    @Override
    public CaseEntry caseFile() {
        return caseFile;
    }

    public static CaseReportDocument of(CaseReport r) {
        return new CaseReportDocument(
                new CaseEntry(
                        r.caseFile().id(),
                        r.caseFile().title(),
                        r.caseFile().product(),
                        r.caseFile().aware(),
                        r.caseFile().source().wire()),
                r.on(),
                r.verdict().wire(),
                r.anyOverdue(),
                r.facts().stream()
                        .sorted()
                        .filter(f -> f != Condition.ALWAYS)
                        .map(Condition::wire)
                        .toList(),
                r.decisions().stream().map(Decision::of).toList(),
                r.clocks().stream()
                        .sorted(Comparator.comparing(
                                (Clock k) -> k.due().map(Object::toString).orElse("9999")))
                        .map(ClockEntry::of)
                        .toList(),
                r.skipped().stream()
                        .map(s -> new NotRunning(s.rule().id(), s.rule().regulator(), s.reason()))
                        .toList());
    }

    public record CaseEntry(String id, String title, String product, LocalDate aware, String source) {}

    /** One vulnerability's decision; {@code harmSeverity} is "not stated" when no hazard says it. */
    public record Decision(
            String id,
            String decision,
            String cvssVector,
            boolean cvssVectorStated,
            double cvssScore,
            int exploitabilityBand,
            String harmSeverity,
            List<String> hazards,
            String riskMatrix,
            List<FactorEntry> factors) {

        static Decision of(RiskDecision d) {
            return new Decision(
                    d.vulnerability(),
                    d.verdict().wire(),
                    d.cvssVector(),
                    d.vectorStated(),
                    d.cvssScore(),
                    d.band(),
                    d.harm().map(h -> h.wire()).orElse("not stated"),
                    d.hazards(),
                    d.matrix(),
                    d.factors().stream()
                            .map(f -> new FactorEntry(
                                    f.element().orElse(null), f.name(), f.value(), f.reason(), f.facts()))
                            .toList());
        }
    }

    /** {@code element} only when the factor is about one model element. */
    public record FactorEntry(
            @JsonInclude(JsonInclude.Include.NON_NULL) String element,
            String factor,
            String value,
            String reason,
            List<String> facts) {}

    /** A clock: its rule, state and the dates it has ({@code lateDays} only when done late). */
    public record ClockEntry(
            @JsonUnwrapped RuleEntry rule,
            String state,
            @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate started,
            @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate due,
            @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate done,
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) long lateDays,
            String explanation) {

        static ClockEntry of(Clock k) {
            return new ClockEntry(
                    RuleEntry.of(k.rule()),
                    k.state().wire(),
                    k.started().orElse(null),
                    k.due().orElse(null),
                    k.done().orElse(null),
                    Math.max(0, k.lateDays()),
                    k.explanation());
        }
    }

    public record NotRunning(String rule, String regulator, String reason) {}

    /** The fields of a rule as case reports and {@code vigil case rules --format json} show them. */
    public record RuleEntry(String rule, String regulator, String must, String to, CitationEntry citation) {

        public static RuleEntry of(ClockRule rule) {
            var c = rule.citation();
            return new RuleEntry(
                    rule.id(),
                    rule.regulator(),
                    rule.must(),
                    rule.to(),
                    new CitationEntry(
                            c.document(),
                            c.documentId(),
                            c.edition(),
                            c.section(),
                            c.url().orElse(null),
                            c.requirement().orElse(null),
                            c.verified(),
                            c.note().orElse(null)));
        }
    }

    /** {@code url}, {@code catalogRequirement} and {@code note} only when the rule states them. */
    public record CitationEntry(
            String document,
            String documentId,
            String edition,
            String section,
            @JsonInclude(JsonInclude.Include.NON_NULL) String url,
            @JsonInclude(JsonInclude.Include.NON_NULL) String catalogRequirement,
            boolean verified,
            @JsonInclude(JsonInclude.Include.NON_NULL) String note) {}

    /** {@code vigil case rules --format json}: every clock rule with its markets, conditions and period. */
    public record RulesDocument(int defaultDisclosureDays, List<RuleListing> rules) {}

    public record RuleListing(
            @JsonUnwrapped RuleEntry rule,
            List<String> markets,
            List<String> when,
            List<String> unless,
            String period) {}
}
