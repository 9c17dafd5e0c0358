package dev.vigil.engine.support;

import java.time.LocalDate;
import java.util.List;

/**
 * The {@code support} object of {@code report.json}: the horizon it was judged with, the counts, every warning
 * and the SBOMs whose dates could not be read.
 */
public record SupportDocument(
        LocalDate date, int warningDays, long ended, long endingSoon, List<Entry> warnings, List<String> unread) {

    /** One warning: what ends, at which IMDRF N70 stage, when, in how many days (negative: ago) and its words. */
    public record Entry(
            String scope, String stage, String subject, LocalDate date, long days, String status, String text) {}

    public static SupportDocument of(SupportOutlook o) {
        return new SupportDocument(
                o.date(),
                o.days(),
                o.ended(),
                o.endingSoon(),
                o.warnings().stream()
                        .map(w -> new Entry(
                                w.end().scope().wire(),
                                w.end().stage().wire(),
                                w.end().subject(),
                                w.end().date(),
                                w.days(),
                                w.status(),
                                w.text()))
                        .toList(),
                o.unread());
    }
}
