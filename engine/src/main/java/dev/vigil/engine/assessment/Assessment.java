package dev.vigil.engine.assessment;

import dev.vigil.engine.model.Assumption;
import dev.vigil.engine.model.FindingId;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.model.Tracking;
import dev.vigil.engine.risk.RiskMatrix;
import dev.vigil.engine.risk.RiskScorer;
import dev.vigil.engine.threat.Decisions;
import dev.vigil.engine.threat.RuleBook;
import dev.vigil.engine.threat.RuleMetadata;
import dev.vigil.engine.threat.ThreatEngine;
import dev.vigil.engine.threat.ThreatEngine.Detection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The assessment of one system model on one date: every rule that applies is run, assumptions remove the
 * findings they exclude, tracking decisions set each finding's status, and every finding is scored.
 * Findings are sorted by severity and then id, so the same model always gives the same assessment,
 * whatever the order of its elements. Tracking entries that name no finding become warnings, not errors:
 * a fixed weakness must not make the model invalid.
 */
public record Assessment(
        SystemModel model,
        LocalDate date,
        RiskMatrix riskMatrix,
        List<String> rulesRun,
        List<Finding> findings,
        List<AppliedExclusion> exclusions,
        List<String> trackingWarnings) {

    static final Comparator<Finding> ORDER =
            Comparator.comparing((Finding f) -> f.score().severity()).thenComparing(Finding::id);

    public Assessment {
        rulesRun = List.copyOf(rulesRun);
        findings = List.copyOf(findings);
        exclusions = List.copyOf(exclusions);
        trackingWarnings = List.copyOf(trackingWarnings);
    }

    public static Assessment of(SystemModel model, Clock clock, RiskMatrix matrix) {
        return of(model, LocalDate.now(clock), matrix);
    }

    public static Assessment of(SystemModel model, LocalDate date, RiskMatrix matrix) {
        ModelIndex index = new ModelIndex(model, date);
        RuleBook rules = RuleBook.standard();
        return from(index, new ThreatEngine(rules).run(index), rulesFor(rules, model), date, matrix);
    }

    /** The ids of the rules that apply to the model's kind (product or site), in registry order. */
    public static List<String> rulesFor(RuleBook rules, SystemModel model) {
        String kind = model.system().kind().name();
        return rules.entries().stream()
                .map(RuleBook.Entry::metadata)
                .filter(m ->
                        m.scope() == RuleMetadata.Scope.BOTH || m.scope().name().equals(kind))
                .map(RuleMetadata::id)
                .toList();
    }

    /** Scores detections already computed, so callers can time the rules and the scoring apart. */
    public static Assessment from(
            ModelIndex index, List<Detection> detections, List<String> rulesRun, LocalDate date, RiskMatrix matrix) {
        SystemModel model = index.model();
        Map<String, Detection> byId = new LinkedHashMap<>();
        detections.forEach(d -> byId.put(d.id(), d));

        Decisions decisions = Decisions.of(model);
        List<AppliedExclusion> exclusions = new ArrayList<>();
        for (Assumption a : model.assumptions()) {
            for (Assumption.Exclusion e : a.excludes()) {
                String id = new FindingId(e.rule(), e.element()).toString();
                Optional<String> removed = byId.remove(id) != null ? Optional.of(id) : Optional.empty();
                exclusions.add(new AppliedExclusion(a.id(), a.text(), e.rule(), e.element(), removed));
            }
        }

        List<String> warnings = new ArrayList<>();
        Set<String> tracked = new HashSet<>();
        for (Tracking t : model.tracking()) {
            if (!tracked.add(t.finding())) {
                warnings.add("tracking names '" + t.finding() + "' more than once; the first entry applies");
            } else if (decisions.exclusion(t.finding()).isPresent()) {
                warnings.add("tracking entry '" + t.finding() + "' names a finding that assumption '"
                        + decisions.exclusion(t.finding()).get().id() + "' excludes");
            } else if (!byId.containsKey(t.finding())) {
                warnings.add("tracking entry '" + t.finding() + "' names no finding of this assessment"
                        + " (the weakness is gone, or the id is misspelled)");
            }
        }

        RiskScorer scorer = new RiskScorer(index, matrix);
        List<Finding> findings = new ArrayList<>(byId.size());
        for (Detection d : byId.values()) {
            Optional<Tracking> t = decisions.tracking(d.id());
            findings.add(new Finding(
                    d.id(),
                    d.rule(),
                    d.hit().element(),
                    d.hit().kind(),
                    d.hit().explanation(),
                    d.hit().facts(),
                    scorer.score(d),
                    t.map(Tracking::status).orElse(Tracking.Status.OPEN),
                    t));
        }
        findings.sort(ORDER);
        exclusions.sort(Comparator.comparing(AppliedExclusion::findingId).thenComparing(AppliedExclusion::assumption));
        warnings.sort(Comparator.naturalOrder());
        return new Assessment(model, date, matrix, rulesRun, findings, exclusions, warnings);
    }

    public Summary summary() {
        return Summary.of(findings);
    }
}
