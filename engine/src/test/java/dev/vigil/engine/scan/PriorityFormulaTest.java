package dev.vigil.engine.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.advisory.EpssScore;
import dev.vigil.engine.advisory.KnownExploited;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.Hazard;
import dev.vigil.engine.model.Zone;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The priority formula, one row per combination of inputs that decides a band. */
class PriorityFormulaTest {
    private static final KnownExploited KEV =
            new KnownExploited("CVE-1", "v", "p", "n", LocalDate.of(2021, 12, 10), null, false, "patch");

    private static Optional<CvssRating> cvss(double score) {
        return Optional.of(new CvssRating("CVSS:3.1/...", score, "x"));
    }

    private static Optional<SystemContext> context(
            Flow.Network network, boolean reachable, Zone.Trust trust, Hazard.Severity harm, Boolean multiPatient) {
        return Optional.of(new SystemContext(
                "pump",
                trust,
                Optional.ofNullable(network),
                reachable,
                harm != null,
                harm != null ? List.of("ef-insulin") : List.of(),
                Optional.ofNullable(harm),
                Optional.ofNullable(multiPatient)));
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                // cvss, kev, epss, context, expected score, expected band
                Arguments.of(cvss(9.8), false, null, Optional.empty(), 9.8, PriorityBand.CRITICAL),
                Arguments.of(cvss(7.5), false, null, Optional.empty(), 7.5, PriorityBand.HIGH),
                Arguments.of(cvss(5.3), false, null, Optional.empty(), 5.3, PriorityBand.MEDIUM),
                Arguments.of(cvss(3.1), false, null, Optional.empty(), 3.1, PriorityBand.LOW),
                // unknown CVSS is medium, not low
                Arguments.of(Optional.empty(), false, null, Optional.empty(), 5.0, PriorityBand.MEDIUM),
                // exploitation evidence raises the band
                Arguments.of(cvss(7.5), true, null, Optional.empty(), 9.5, PriorityBand.CRITICAL),
                Arguments.of(cvss(5.3), false, 0.6, Optional.empty(), 6.3, PriorityBand.MEDIUM),
                Arguments.of(cvss(5.3), false, 0.2, Optional.empty(), 5.8, PriorityBand.MEDIUM),
                Arguments.of(cvss(5.3), false, 0.01, Optional.empty(), 5.3, PriorityBand.MEDIUM),
                // the same CVSS in the internet-facing therapy path vs an unreachable component
                Arguments.of(
                        cvss(7.5),
                        false,
                        null,
                        context(Flow.Network.INTERNET, true, Zone.Trust.LOW, Hazard.Severity.CATASTROPHIC, true),
                        11.5,
                        PriorityBand.CRITICAL),
                Arguments.of(
                        cvss(7.5),
                        false,
                        null,
                        context(null, false, Zone.Trust.HIGH, null, false),
                        5.5,
                        PriorityBand.MEDIUM),
                Arguments.of(
                        cvss(7.5),
                        false,
                        null,
                        context(Flow.Network.PHYSICAL, true, Zone.Trust.HIGH, null, null),
                        6.5,
                        PriorityBand.MEDIUM),
                Arguments.of(
                        cvss(6.0),
                        false,
                        null,
                        context(Flow.Network.ADJACENT, true, Zone.Trust.MEDIUM, Hazard.Severity.SERIOUS, false),
                        7.5,
                        PriorityBand.HIGH),
                // above 10 so that context still ranks CVSS 10 findings; never below 0
                Arguments.of(cvss(10.0), true, 0.9, Optional.empty(), 13.0, PriorityBand.CRITICAL),
                Arguments.of(
                        cvss(1.0),
                        false,
                        null,
                        context(null, false, Zone.Trust.CRITICAL, null, false),
                        0.0,
                        PriorityBand.LOW));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void scoreAndBandFollowTheTable(
            Optional<CvssRating> cvss,
            boolean kev,
            Double epss,
            Optional<SystemContext> context,
            double score,
            PriorityBand band) {
        Priority p = PriorityFormula.compute(
                cvss,
                kev ? Optional.of(KEV) : Optional.empty(),
                Optional.ofNullable(epss).map(e -> new EpssScore("CVE-1", e, 0.5)),
                context);
        assertThat(p.score()).isEqualTo(score);
        assertThat(p.band()).isEqualTo(band);
        assertThat(p.factors()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("rows")
    void everyInputThatChangesTheScoreIsListedAsAFactor(
            Optional<CvssRating> cvss,
            boolean kev,
            Double epss,
            Optional<SystemContext> context,
            double score,
            PriorityBand band) {
        Priority p = PriorityFormula.compute(
                cvss,
                kev ? Optional.of(KEV) : Optional.empty(),
                Optional.ofNullable(epss).map(e -> new EpssScore("CVE-1", e, 0.5)),
                context);
        assertThat(p.factors().get(0)).containsAnyOf("CVSS", "no CVSS");
        if (kev) {
            assertThat(p.factors()).anyMatch(f -> f.contains("known exploited") && f.contains("2021-12-10"));
        }
        if (context.isPresent() && !context.get().reachable()) {
            assertThat(p.factors()).anyMatch(f -> f.contains("no flow reaches it"));
        }
    }
}
