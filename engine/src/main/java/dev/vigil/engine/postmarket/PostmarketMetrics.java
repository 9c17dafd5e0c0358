package dev.vigil.engine.postmarket;

import dev.vigil.engine.postmarket.casefile.CaseFile;
import dev.vigil.engine.postmarket.casefile.CaseVulnerability;
import dev.vigil.engine.postmarket.casefile.Milestones.Step;
import dev.vigil.engine.postmarket.casefile.Remediation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The postmarket figures FDA's premarket cybersecurity guidance asks manufacturers to track, computed from closed
 * cases: the share of vulnerabilities updated or patched, the time from identification to a patch, and the time
 * from the patch to the field. Per vulnerability of each closed case; a date the case does not state is counted
 * as not stated, never as zero days.
 *
 * <p>Identification is the case's {@code aware} date. The patch is {@code fixValidated}, else the earliest dated
 * {@code vendor_fix} remediation. The field is {@code fixDistributed}. A vulnerability is patched when its case
 * records the fix distributed or it has a dated vendor fix.
 */
public final class PostmarketMetrics {

    private PostmarketMetrics() {}

    /** Days between two events over the vulnerabilities that state both; the median of an even count is the lower. */
    public record Days(int count, long median, double mean, long max) {}

    /**
     * @param cases closed cases counted (a case is closed when its {@code closed} milestone is on or before
     *     {@code on})
     * @param notStatedPatch patched vulnerabilities whose patch date is not stated
     * @param notStatedField patched vulnerabilities whose distribution date is not stated
     */
    public record Metrics(
            int cases,
            int vulnerabilities,
            int patched,
            Optional<Days> identificationToPatch,
            Optional<Days> patchToField,
            int notStatedPatch,
            int notStatedField) {

        /** Patched over all vulnerabilities of closed cases; empty when there are none. */
        public Optional<Double> patchedShare() {
            return vulnerabilities == 0 ? Optional.empty() : Optional.of((double) patched / vulnerabilities);
        }
    }

    public static Metrics of(List<CaseFile> cases, LocalDate on) {
        int closed = 0;
        int vulnerabilities = 0;
        int patched = 0;
        int noPatchDate = 0;
        int noFieldDate = 0;
        List<Long> toPatch = new ArrayList<>();
        List<Long> toField = new ArrayList<>();
        for (CaseFile c : cases) {
            if (c.milestones().date(Step.CLOSED).filter(d -> !d.isAfter(on)).isEmpty()) {
                continue;
            }
            closed++;
            Optional<LocalDate> distributed = c.milestones().date(Step.FIX_DISTRIBUTED);
            for (CaseVulnerability v : c.vulnerabilities()) {
                vulnerabilities++;
                Optional<LocalDate> patch =
                        c.milestones().date(Step.FIX_VALIDATED).or(() -> vendorFix(v));
                if (distributed.isEmpty() && vendorFix(v).isEmpty()) {
                    continue;
                }
                patched++;
                if (patch.isPresent()) {
                    toPatch.add(ChronoUnit.DAYS.between(c.aware(), patch.get()));
                } else {
                    noPatchDate++;
                }
                if (patch.isPresent() && distributed.isPresent()) {
                    toField.add(ChronoUnit.DAYS.between(patch.get(), distributed.get()));
                } else if (distributed.isEmpty()) {
                    noFieldDate++;
                }
            }
        }
        return new Metrics(closed, vulnerabilities, patched, days(toPatch), days(toField), noPatchDate, noFieldDate);
    }

    private static Optional<LocalDate> vendorFix(CaseVulnerability v) {
        return v.remediations().stream()
                .filter(r -> r.category() == Remediation.Category.VENDOR_FIX)
                .flatMap(r -> r.date().stream())
                .min(LocalDate::compareTo);
    }

    private static Optional<Days> days(List<Long> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<Long> sorted = values.stream().sorted().toList();
        long median = sorted.get((sorted.size() - 1) / 2);
        double mean = sorted.stream().mapToLong(Long::longValue).average().orElseThrow();
        return Optional.of(new Days(sorted.size(), median, mean, sorted.get(sorted.size() - 1)));
    }
}
