package dev.vigil.engine.postmarket.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What has been done, and when: the dated steps the clocks are measured against, and the reports filed
 * (by clock rule id).
 */
public record Milestones(Map<Step, LocalDate> dates, List<FiledReport> reports) {

    public Milestones {
        dates = Map.copyOf(dates);
        reports = List.copyOf(reports);
    }

    public Optional<LocalDate> date(Step step) {
        return Optional.ofNullable(dates.get(step));
    }

    /** The earliest filing of a report under {@code rule}, if any. */
    public Optional<LocalDate> filed(String rule) {
        return reports.stream()
                .filter(r -> r.rule().equals(rule))
                .map(FiledReport::filed)
                .min(LocalDate::compareTo);
    }

    /** A dated step of the case; the wire name is the key in the case file. */
    public enum Step {
        CUSTOMERS_NOTIFIED("customersNotified"),
        FIX_VALIDATED("fixValidated"),
        FIX_DISTRIBUTED("fixDistributed"),
        ISAO_SHARED("isaoShared"),
        CORRECTION_STARTED("correctionStarted"),
        FSCA_STARTED("fscaStarted"),
        PUBLISHED("published"),
        CLOSED("closed");

        private final String wire;

        Step(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }

        public static Optional<Step> of(String wire) {
            for (Step s : values()) {
                if (s.wire.equals(wire)) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }

        @Override
        public String toString() {
            return wire.toLowerCase(Locale.ROOT);
        }
    }

    /** A report filed with a regulator under one clock rule; {@code at} is where the rule id was written. */
    public record FiledReport(
            String rule, dev.vigil.engine.source.Location at, LocalDate filed, Optional<String> reference) {}
}
