package dev.vigil.engine.postmarket.clocks;

import dev.vigil.engine.model.SystemInfo.Market;
import dev.vigil.engine.postmarket.casefile.Milestones.Step;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One regulator clock as {@code postmarket/clocks.yaml} states it.
 *
 * @param markets the markets that make it run; empty for every market
 * @param starts what starts it, the earliest present counting
 * @param days the period; empty for a condition without a deadline or a {@code before} rule
 * @param disclosurePeriod the period is the case's coordinated-disclosure period
 * @param before the report must be filed on or before this milestone (instead of a period)
 * @param doneBy the milestones that must all be reached; empty when a filed report under this rule is what counts
 */
public record ClockRule(
        String id,
        String regulator,
        Set<Market> markets,
        Set<Condition> when,
        Set<Condition> unless,
        List<Start> starts,
        Optional<Integer> days,
        boolean disclosurePeriod,
        boolean workingDays,
        Optional<Step> before,
        List<Step> doneBy,
        String must,
        String to,
        RuleCitation citation) {

    public ClockRule {
        markets = Set.copyOf(markets);
        when = Set.copyOf(when);
        unless = Set.copyOf(unless);
        starts = List.copyOf(starts);
        doneBy = List.copyOf(doneBy);
    }

    /** Whether a filed report under this rule's id is what stops the clock. */
    public boolean needsReport() {
        return doneBy.isEmpty();
    }

    /** What starts a clock: the date the manufacturer became aware, a milestone, or the filing of another report. */
    public sealed interface Start {
        record Aware() implements Start {}

        record AtStep(Step step) implements Start {}

        record AfterFiling(String rule) implements Start {}
    }

    /**
     * Where a rule comes from: the document, its edition, the section, a link, whether the day count and section
     * were checked in a public text, and a note on what was not.
     *
     * @param requirement the catalog requirement this citation was taken from, when the rule names one
     */
    public record RuleCitation(
            String document,
            String documentId,
            String edition,
            String section,
            Optional<String> url,
            boolean verified,
            Optional<String> note,
            Optional<String> requirement) {

        /** One line for reports, e.g. {@code 21 CFR Part 806 (eCFR, current) §806.10(b)}. */
        public String text() {
            return documentId + " (" + edition + ") §" + section;
        }
    }
}
