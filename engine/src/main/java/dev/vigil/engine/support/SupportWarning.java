package dev.vigil.engine.support;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A stated end of support that has passed ({@code ended}) or falls within the horizon of the assessment date;
 * {@code days} counts from the assessment date to the end (negative once ended). The stated date is read as the
 * last day of support, as the {@code platform-end-of-support} rule reads it: support ending on the assessment
 * date itself has not ended yet.
 */
public record SupportWarning(SupportEnd end, long days, boolean ended) {

    static SupportWarning of(SupportEnd end, LocalDate date) {
        long days = ChronoUnit.DAYS.between(date, end.date());
        return new SupportWarning(end, days, days < 0);
    }

    /** The wire word of the warning's state. */
    public String status() {
        return ended ? "ended" : "ends-soon";
    }

    /** One sentence for people, e.g. "Support of platform of component 'app' (Android 12) ends on ..., in 40 days." */
    public String text() {
        String what = Character.toUpperCase(end.what().charAt(0)) + end.what().substring(1);
        if (days == 0) {
            return what + " ends on " + end.date() + ", the assessment date.";
        }
        if (!ended) {
            return what + " ends on " + end.date() + ", in " + days + (days == 1 ? " day." : " days.");
        }
        return what + " ended on " + end.date() + ", " + -days + (days == -1 ? " day" : " days")
                + " before the assessment date.";
    }
}
