package dev.vigil.engine.support;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Which stated ends of support have passed, or fall within {@code days} of the assessment {@code date}
 * ("support ends within N days"), soonest first; {@code unread} names the SBOMs whose dates could not be read.
 */
public record SupportOutlook(LocalDate date, int days, List<SupportWarning> warnings, List<String> unread) {

    /**
     * The default horizon, shared with the {@code platform-support-ending} rule and the server's portfolio: about
     * two release cycles of a device's software, the time moving a platform or buying extended support takes.
     */
    public static final int DEFAULT_DAYS = 180;

    /** The longest horizon accepted: ten years, beyond any device's planned support. */
    public static final int MAX_DAYS = 3650;

    private static final Comparator<SupportWarning> ORDER = Comparator.comparing(
                    (SupportWarning w) -> w.end().date())
            .thenComparing(w -> w.end().scope())
            .thenComparing(w -> w.end().stage())
            .thenComparing(w -> w.end().subject());

    public SupportOutlook {
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalArgumentException(
                    "the support warning horizon must be 0 to " + MAX_DAYS + " days, not " + days);
        }
        warnings = List.copyOf(warnings);
        unread = List.copyOf(unread);
    }

    /** The warnings among {@code stated} on {@code date} with a horizon of {@code days}. */
    public static SupportOutlook of(SupportEnds stated, LocalDate date, int days) {
        LocalDate horizon = date.plusDays(days);
        List<SupportWarning> warnings = stated.ends().stream()
                .filter(e -> !e.date().isAfter(horizon))
                .map(e -> SupportWarning.of(e, date))
                .sorted(ORDER)
                .toList();
        return new SupportOutlook(date, days, warnings, stated.unread());
    }

    public long ended() {
        return warnings.stream().filter(SupportWarning::ended).count();
    }

    public long endingSoon() {
        return warnings.size() - ended();
    }

    /** One line for a summary, e.g. "Support: 1 ended, 2 end within 180 days of 2026-12-04". */
    public String summary() {
        return "Support: " + ended() + " ended, " + endingSoon() + (endingSoon() == 1 ? " ends" : " end")
                + " within " + days + " days of " + date
                + (unread.isEmpty() ? "" : "; dates not read from " + unread.size() + " SBOM(s)");
    }
}
