package dev.vigil.engine.postmarket;

import dev.vigil.engine.model.SystemInfo;
import dev.vigil.engine.postmarket.casefile.CaseFile;
import dev.vigil.engine.postmarket.clocks.Clock;
import dev.vigil.engine.postmarket.clocks.ClockEvaluator.Skipped;
import dev.vigil.engine.postmarket.clocks.Condition;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A case checked on a date: its decisions, the facts the clocks ask about, the running clocks and the others.
 *
 * @param psirtContact the model's {@code lifecycle.monitoring.psirtContact}, for the letter and the advisory
 */
public record CaseReport(
        CaseFile caseFile,
        SystemInfo system,
        LocalDate on,
        List<RiskDecision> decisions,
        Set<Condition> facts,
        List<Clock> clocks,
        List<Skipped> skipped,
        Optional<String> psirtContact) {

    public CaseReport {
        decisions = List.copyOf(decisions);
        facts = Set.copyOf(facts);
        clocks = List.copyOf(clocks);
        skipped = List.copyOf(skipped);
    }

    public boolean anyOverdue() {
        return clocks.stream().anyMatch(c -> c.state() == Clock.State.OVERDUE);
    }

    /** The verdict of the case: uncontrolled when any vulnerability is (or cannot be assessed). */
    public RiskDecision.Verdict verdict() {
        if (decisions.stream().anyMatch(d -> d.verdict() == RiskDecision.Verdict.UNCONTROLLED)) {
            return RiskDecision.Verdict.UNCONTROLLED;
        }
        if (decisions.stream().anyMatch(d -> d.verdict() == RiskDecision.Verdict.NOT_ASSESSABLE)) {
            return RiskDecision.Verdict.NOT_ASSESSABLE;
        }
        return RiskDecision.Verdict.CONTROLLED;
    }
}
