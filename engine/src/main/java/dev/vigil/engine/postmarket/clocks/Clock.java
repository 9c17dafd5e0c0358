package dev.vigil.engine.postmarket.clocks;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * One running clock of a case on the evaluation date.
 *
 * @param started when it started; empty when what starts it has not happened yet
 * @param due the deadline; empty for a condition without one, or a {@code before} rule whose milestone is not set
 * @param done when what stops it happened (on or before the evaluation date)
 * @param lateDays how many days after the deadline it was done (0 when on time)
 * @param explanation in words, how the state was reached
 */
public record Clock(
        ClockRule rule,
        State state,
        Optional<LocalDate> started,
        Optional<LocalDate> due,
        Optional<LocalDate> done,
        long lateDays,
        String explanation) {

    /** Open (running), met, overdue (past due and not done), or not started. */
    public enum State {
        OPEN,
        MET,
        OVERDUE,
        NOT_STARTED;

        public String wire() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
