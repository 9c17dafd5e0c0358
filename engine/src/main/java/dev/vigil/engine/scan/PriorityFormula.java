package dev.vigil.engine.scan;

import dev.vigil.engine.advisory.EpssScore;
import dev.vigil.engine.advisory.KnownExploited;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.Hazard;
import dev.vigil.engine.model.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one place the priority of a vulnerability finding is computed.
 *
 * <p>Start from the CVSS base score (5.0 when no record states a vector: unknown is not low), then
 * add for evidence of exploitation (KEV, EPSS) and, when the scan came from a system model, for how
 * reachable the component is and how badly patients can be hurt through it. The result never falls below
 * 0 but is not capped at 10, so two CVSS 10 findings still rank by context (the reachable one in the
 * therapy path first). Bands are cut at 9, 7 and 4, the CVSS severity thresholds, so a finding without
 * context lands in the band its CVSS severity names and context moves it from there.
 */
public final class PriorityFormula {
    static final double UNKNOWN_CVSS = 5.0;
    static final double KEV = 2.0;
    static final double EPSS_HIGH = 1.0; // EPSS >= 0.5
    static final double EPSS_MEDIUM = 0.5; // EPSS >= 0.1
    static final double INTERNET = 1.0;
    static final double ADJACENT = 0.5;
    static final double PHYSICAL = -1.0;
    static final double UNREACHABLE = -2.0;
    static final double LOW_TRUST_ZONE = 0.5;
    static final double CATASTROPHIC = 1.5;
    static final double CRITICAL_HARM = 1.0;
    static final double SERIOUS_HARM = 0.5;
    static final double THERAPY_PATH = 0.5;
    static final double MULTI_PATIENT = 0.5;

    private PriorityFormula() {}

    public static Priority compute(
            Optional<CvssRating> cvss,
            Optional<KnownExploited> kev,
            Optional<EpssScore> epss,
            Optional<SystemContext> context) {
        List<String> factors = new ArrayList<>();
        double score;
        if (cvss.isPresent()) {
            score = cvss.get().score();
            factors.add(format("CVSS %.1f", score));
        } else {
            score = UNKNOWN_CVSS;
            factors.add(format("no CVSS vector in the records: %.1f assumed", UNKNOWN_CVSS));
        }
        if (kev.isPresent()) {
            score += KEV;
            factors.add(format(
                    "known exploited (CISA KEV since %s) +%.1f", kev.get().dateAdded(), KEV));
        }
        if (epss.isPresent()) {
            double p = epss.get().epss();
            double add = p >= 0.5 ? EPSS_HIGH : p >= 0.1 ? EPSS_MEDIUM : 0;
            factors.add(format("EPSS %.3f%s", p, add > 0 ? format(" +%.1f", add) : ""));
            score += add;
        }
        if (context.isPresent()) {
            score += contextFactors(context.get(), factors);
        }
        double clamped = Math.round(Math.max(0, score) * 10) / 10.0;
        return new Priority(clamped, band(clamped), factors);
    }

    static PriorityBand band(double score) {
        if (score >= 9.0) {
            return PriorityBand.CRITICAL;
        }
        if (score >= 7.0) {
            return PriorityBand.HIGH;
        }
        if (score >= 4.0) {
            return PriorityBand.MEDIUM;
        }
        return PriorityBand.LOW;
    }

    private static double contextFactors(SystemContext c, List<String> factors) {
        double add = 0;
        String where = "component " + c.componentId();
        if (!c.reachable()) {
            add += UNREACHABLE;
            factors.add(format("%s: no flow reaches it %.1f", where, UNREACHABLE));
        } else if (c.exposure().isEmpty()) {
            factors.add(where + ": a flow's network is not stated, exposure unknown +0.0");
        } else {
            Flow.Network network = c.exposure().get();
            double d =
                    switch (network) {
                        case INTERNET -> INTERNET;
                        case ADJACENT -> ADJACENT;
                        case LOCAL -> 0;
                        case PHYSICAL -> PHYSICAL;
                    };
            add += d;
            factors.add(format("%s: most exposed flow %s %+.1f", where, network.wire(), d));
        }
        if (c.zoneTrust() == Zone.Trust.UNTRUSTED || c.zoneTrust() == Zone.Trust.LOW) {
            add += LOW_TRUST_ZONE;
            factors.add(format("zone trust %s +%.1f", c.zoneTrust().wire(), LOW_TRUST_ZONE));
        }
        if (c.therapyPath()) {
            add += THERAPY_PATH;
            factors.add(format(
                    "therapy path%s +%.1f",
                    c.essentialFunctions().isEmpty() ? "" : " (" + String.join(", ", c.essentialFunctions()) + ")",
                    THERAPY_PATH));
        }
        if (c.worstHarm().isPresent()) {
            Hazard.Severity harm = c.worstHarm().get();
            double d =
                    switch (harm) {
                        case CATASTROPHIC -> CATASTROPHIC;
                        case CRITICAL -> CRITICAL_HARM;
                        case SERIOUS -> SERIOUS_HARM;
                        case MINOR, NEGLIGIBLE -> 0;
                    };
            add += d;
            factors.add(format("worst harm %s +%.1f", harm.wire(), d));
        }
        if (c.multiPatient().orElse(false)) {
            add += MULTI_PATIENT;
            factors.add(format("multi-patient +%.1f", MULTI_PATIENT));
        } else if (c.multiPatient().isEmpty()) {
            factors.add("multi-patient unknown +0.0");
        }
        return add;
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
