package dev.vigil.engine.postmarket;

import dev.vigil.engine.model.Element;
import dev.vigil.engine.model.Evidence;
import dev.vigil.engine.model.Lifecycle;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.postmarket.casefile.CaseFile;
import dev.vigil.engine.postmarket.casefile.CaseVulnerability;
import dev.vigil.engine.postmarket.casefile.InvalidCaseException;
import dev.vigil.engine.postmarket.casefile.Milestones;
import dev.vigil.engine.postmarket.casefile.Milestones.Step;
import dev.vigil.engine.postmarket.clocks.ClockEvaluator;
import dev.vigil.engine.postmarket.clocks.ClockRules;
import dev.vigil.engine.postmarket.clocks.Condition;
import dev.vigil.engine.risk.RiskMatrix;
import dev.vigil.engine.risk.RiskScorer;
import dev.vigil.engine.source.Diagnostic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a case against its model on a date: the risk decision of each vulnerability, the facts that follow,
 * and the regulator clocks they start. The case must name the model's product and only its elements.
 */
public final class CaseCheck {

    private final ClockRules rules;
    private final RiskMatrix matrix;

    public CaseCheck(ClockRules rules, RiskMatrix matrix) {
        this.rules = rules;
        this.matrix = matrix;
    }

    public CaseCheck() {
        this(ClockRules.standard(), RiskMatrix.standard());
    }

    public ClockRules rules() {
        return rules;
    }

    /**
     * @throws InvalidCaseException when the case does not fit the model (another product, unknown elements,
     *     reports under unknown rules), each problem placed in the case file
     */
    public CaseReport check(CaseFile c, SystemModel model, LocalDate on) {
        checkFits(c, model);
        RiskDecider decider = new RiskDecider(new RiskScorer(new ModelIndex(model), matrix));
        List<RiskDecision> decisions =
                c.vulnerabilities().stream().map(decider::decide).toList();
        Set<Condition> facts = facts(c, decisions, on);
        ClockEvaluator.Result clocks =
                new ClockEvaluator(rules).evaluate(c, facts, model.system().markets(), on);
        Optional<String> contact = model.lifecycle()
                .find(Lifecycle.Phase.MONITORING, "psirtContact")
                .flatMap(e -> e instanceof Evidence.Reference r ? Optional.of(r.text()) : Optional.empty());
        return new CaseReport(c, model.system(), on, decisions, facts, clocks.clocks(), clocks.skipped(), contact);
    }

    private void checkFits(CaseFile c, SystemModel model) {
        List<Diagnostic> out = new ArrayList<>();
        String system = model.system().id();
        if (!c.product().equals(system)) {
            out.add(Diagnostic.error(
                    c.productAt(),
                    "case-model",
                    "the case is about product '" + c.product() + "' but the model is of '" + system + "'"));
        }
        Map<String, Element> elements = model.elementsById();
        for (CaseVulnerability v : c.vulnerabilities()) {
            for (int i = 0; i < v.elements().size(); i++) {
                String id = v.elements().get(i);
                if (!elements.containsKey(id) && !id.equals(system)) {
                    out.add(Diagnostic.error(
                            v.elementsAt().get(i),
                            "case-model",
                            "element '" + id + "' is not defined in the model of " + system));
                }
            }
        }
        for (Milestones.FiledReport r : c.milestones().reports()) {
            if (rules.find(r.rule()).isEmpty()) {
                out.add(Diagnostic.error(
                        r.at(), "case-model", "no clock rule '" + r.rule() + "' (see 'vigil case rules')"));
            }
        }
        if (!out.isEmpty()) {
            throw new InvalidCaseException(out);
        }
    }

    /** The facts the clock rules ask about, from the case and the decisions. */
    static Set<Condition> facts(CaseFile c, List<RiskDecision> decisions, LocalDate on) {
        Set<Condition> facts = EnumSet.of(Condition.ALWAYS);
        boolean uncontrolled = decisions.stream().anyMatch(d -> d.verdict().treatedAsUncontrolled());
        facts.add(uncontrolled ? Condition.UNCONTROLLED : Condition.CONTROLLED);
        boolean adverse = c.vulnerabilities().stream().anyMatch(CaseVulnerability::adverseEvents);
        var incident = c.incident();
        if (adverse) {
            facts.add(Condition.ADVERSE_EVENTS);
        }
        if (c.vulnerabilities().stream().anyMatch(CaseVulnerability::exploited)) {
            facts.add(Condition.EXPLOITED);
        }
        if (adverse || incident.death() || incident.seriousDeterioration()) {
            facts.add(Condition.DEATH_OR_SERIOUS_DETERIORATION);
        }
        if (incident.publicHealthThreat()) {
            facts.add(Condition.PUBLIC_HEALTH_THREAT);
        }
        if (incident.remedialAction()) {
            facts.add(Condition.REMEDIAL_ACTION);
        }
        if (facts.contains(Condition.DEATH_OR_SERIOUS_DETERIORATION) || incident.publicHealthThreat()) {
            facts.add(Condition.SERIOUS_INCIDENT);
        }
        if (incident.significant()) {
            facts.add(Condition.SIGNIFICANT_INCIDENT);
        }
        if (c.nis2().orElse(false)) {
            facts.add(Condition.NIS2);
        }
        if (uncontrolled && !fdaConditionsHold(c, adverse, on)) {
            facts.add(Condition.FDA_CONDITIONS_UNMET);
        }
        return facts;
    }

    /** The 2016 guidance's conditions as far as they can be judged on {@code on}; a failed one fails them all. */
    private static boolean fdaConditionsHold(CaseFile c, boolean adverse, LocalDate on) {
        Milestones m = c.milestones();
        LocalDate day30 = c.aware().plusDays(30);
        LocalDate day60 = c.aware().plusDays(60);
        boolean told = happenedBy(m.date(Step.CUSTOMERS_NOTIFIED), day30, on);
        boolean fixed = happenedBy(m.date(Step.FIX_DISTRIBUTED), day60, on)
                && happenedBy(m.date(Step.FIX_VALIDATED), day60, on);
        // sharing with an ISAO can still happen until the correction reaches the field
        boolean isao = m.date(Step.ISAO_SHARED).filter(d -> !d.isAfter(on)).isPresent()
                || m.date(Step.FIX_DISTRIBUTED).filter(d -> !d.isAfter(on)).isEmpty();
        return !adverse && (told || !on.isAfter(day30)) && (fixed || !on.isAfter(day60)) && isao;
    }

    private static boolean happenedBy(Optional<LocalDate> date, LocalDate deadline, LocalDate on) {
        return date.filter(d -> !d.isAfter(on) && !d.isAfter(deadline)).isPresent();
    }
}
