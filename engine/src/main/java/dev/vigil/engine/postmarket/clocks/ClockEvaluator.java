package dev.vigil.engine.postmarket.clocks;

import dev.vigil.engine.model.SystemInfo.Market;
import dev.vigil.engine.postmarket.casefile.CaseFile;
import dev.vigil.engine.postmarket.casefile.Milestones;
import dev.vigil.engine.postmarket.casefile.Milestones.Step;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the clock rules over one case on one date. What is dated after the evaluation date has not happened
 * yet (a planned date), except the milestone a {@code before} rule is measured against, which is its deadline.
 */
public final class ClockEvaluator {

    private final ClockRules rules;

    public ClockEvaluator(ClockRules rules) {
        this.rules = rules;
    }

    /** The clocks that run and, for the others, why not. */
    public record Result(List<Clock> clocks, List<Skipped> skipped) {
        public Result {
            clocks = List.copyOf(clocks);
            skipped = List.copyOf(skipped);
        }

        public boolean anyOverdue() {
            return clocks.stream().anyMatch(c -> c.state() == Clock.State.OVERDUE);
        }
    }

    /** A rule that does not run for this case, and why. */
    public record Skipped(ClockRule rule, String reason) {}

    public Result evaluate(CaseFile c, Set<Condition> facts, List<Market> modelMarkets, LocalDate on) {
        Set<Market> markets = EnumSet.noneOf(Market.class);
        modelMarkets.forEach(m -> markets.add(m == Market.FR ? Market.EU : m));
        List<Clock> clocks = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (ClockRule rule : rules.rules()) {
            Optional<String> why = whyNot(rule, facts, markets);
            if (why.isPresent()) {
                skipped.add(new Skipped(rule, why.get()));
            } else {
                clocks.add(clock(rule, c, on));
            }
        }
        return new Result(clocks, skipped);
    }

    private static Optional<String> whyNot(ClockRule rule, Set<Condition> facts, Set<Market> markets) {
        if (!rule.markets().isEmpty()
                && !markets.isEmpty()
                && rule.markets().stream().noneMatch(markets::contains)) {
            return Optional.of("the model's markets do not include "
                    + words(rule.markets().stream().map(Market::wire).sorted().toList()));
        }
        List<String> missing = rule.when().stream()
                .filter(w -> w != Condition.ALWAYS && !facts.contains(w))
                .map(Condition::wire)
                .sorted()
                .toList();
        if (!missing.isEmpty()) {
            return Optional.of("not the case: " + String.join(", ", missing));
        }
        List<String> blocking = rule.unless().stream()
                .filter(facts::contains)
                .map(Condition::wire)
                .sorted()
                .toList();
        if (!blocking.isEmpty()) {
            return Optional.of("another rule covers it: " + String.join(", ", blocking));
        }
        return Optional.empty();
    }

    private Clock clock(ClockRule rule, CaseFile c, LocalDate on) {
        Milestones m = c.milestones();
        Optional<LocalDate> started = rule.starts().stream()
                .map(s -> start(s, c))
                .flatMap(Optional::stream)
                .filter(d -> !d.isAfter(on))
                .min(Comparator.naturalOrder());
        Optional<LocalDate> done = doneOn(rule, m, on);
        if (started.isEmpty()) {
            return new Clock(
                    rule,
                    Clock.State.NOT_STARTED,
                    started,
                    Optional.empty(),
                    done,
                    0,
                    "starts at "
                            + rule.starts().stream()
                                    .map(ClockEvaluator::describe)
                                    .collect(Collectors.joining(" or ")) + ", which has not happened");
        }
        Optional<LocalDate> due;
        String period;
        if (rule.before().isPresent()) {
            due = m.date(rule.before().get());
            period = "before " + rule.before().get().wire();
        } else if (rule.disclosurePeriod() || rule.days().isPresent()) {
            int days = rule.disclosurePeriod()
                    ? c.disclosureDays().orElse(rules.defaultDisclosureDays())
                    : rule.days().orElseThrow();
            due = Optional.of(add(started.get(), days, rule.workingDays()));
            period = days + (rule.workingDays() ? " working" : "") + " days from " + started.get();
        } else {
            due = Optional.empty();
            period = "no deadline";
        }
        String what = rule.needsReport()
                ? "a report filed under " + rule.id()
                : rule.doneBy().stream().map(Step::wire).collect(Collectors.joining(" and "));
        if (done.isPresent()) {
            long late = due.map(d -> Math.max(0, ChronoUnit.DAYS.between(d, done.get())))
                    .orElse(0L);
            return new Clock(
                    rule,
                    Clock.State.MET,
                    started,
                    due,
                    done,
                    late,
                    what + " on " + done.get() + (late > 0 ? ", " + late + " day(s) late" : "") + " (" + period + ")");
        }
        if (due.isPresent() && on.isAfter(due.get())) {
            return new Clock(
                    rule,
                    Clock.State.OVERDUE,
                    started,
                    due,
                    done,
                    0,
                    (rule.needsReport() ? "no report filed under " + rule.id() : "not yet " + what) + " by "
                            + due.get() + " (" + period + "); " + ChronoUnit.DAYS.between(due.get(), on)
                            + " day(s) overdue on " + on);
        }
        return new Clock(rule, Clock.State.OPEN, started, due, done, 0, "waiting for " + what + " (" + period + ")");
    }

    private static Optional<LocalDate> doneOn(ClockRule rule, Milestones m, LocalDate on) {
        if (rule.needsReport()) {
            return m.filed(rule.id()).filter(d -> !d.isAfter(on));
        }
        LocalDate last = null;
        for (Step s : rule.doneBy()) {
            Optional<LocalDate> d = m.date(s).filter(x -> !x.isAfter(on));
            if (d.isEmpty()) {
                return Optional.empty();
            }
            last = last == null || d.get().isAfter(last) ? d.get() : last;
        }
        return Optional.ofNullable(last);
    }

    private static Optional<LocalDate> start(ClockRule.Start s, CaseFile c) {
        if (s instanceof ClockRule.Start.AtStep st) {
            return c.milestones().date(st.step());
        }
        if (s instanceof ClockRule.Start.AfterFiling f) {
            return c.milestones().filed(f.rule());
        }
        return Optional.of(c.aware());
    }

    private static String describe(ClockRule.Start s) {
        if (s instanceof ClockRule.Start.AtStep st) {
            return st.step().wire();
        }
        if (s instanceof ClockRule.Start.AfterFiling f) {
            return "the filing under " + f.rule();
        }
        return "awareness";
    }

    /** Calendar days, or working days (Monday to Friday; public holidays are not known to Vigil). */
    static LocalDate add(LocalDate start, int days, boolean working) {
        if (!working) {
            return start.plusDays(days);
        }
        LocalDate d = start;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return d;
    }

    private static String words(List<String> items) {
        return String.join(", ", items);
    }
}
