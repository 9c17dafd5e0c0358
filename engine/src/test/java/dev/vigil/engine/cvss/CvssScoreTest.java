package dev.vigil.engine.cvss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CvssScoreTest {

    @Test
    void scoresTheClassicUnauthenticatedNetworkVectorAsCritical() throws Exception {
        CvssScore score = Cvss.score("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");

        assertThat(score.version()).isEqualTo(CvssVersion.V3_1);
        assertThat(score.baseScore()).isEqualTo(9.8);
        assertThat(score.score()).isEqualTo(9.8);
        assertThat(score.severity()).isEqualTo(CvssSeverity.CRITICAL);
        assertThat(score.groups()).containsExactly(MetricGroup.BASE);
        assertThat(score.formattedScore()).isEqualTo("9.8");
    }

    @Test
    void metricsInAnyOrderAreNormalisedToSpecificationOrder() throws Exception {
        CvssScore score = Cvss.score("CVSS:3.0/RL:X/S:U/AV:N/AC:L/PR:H/UI:N/C:L/I:L/A:N/E:F");

        assertThat(score.vector()).isEqualTo("CVSS:3.0/AV:N/AC:L/PR:H/UI:N/S:U/C:L/I:L/A:N/E:F/RL:X");
    }

    @Test
    void v3TemporalMetricsMakeTheTemporalScoreTheMostSpecific() throws Exception {
        CvssScore score = Cvss.score("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U/RL:O/RC:R");

        assertThat(score.baseScore()).isEqualTo(9.8);
        assertThat(score.score()).isEqualTo(8.2);
        assertThat(score.baseSeverity()).isEqualTo(CvssSeverity.CRITICAL);
        assertThat(score.severity()).isEqualTo(CvssSeverity.HIGH);
        assertThat(score.groups()).containsExactly(MetricGroup.BASE, MetricGroup.TEMPORAL);
    }

    @Test
    void metricsSetToNotDefinedCarryNoGroup() throws Exception {
        CvssScore score = Cvss.score("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H/E:X/CR:X");

        assertThat(score.groups()).containsExactly(MetricGroup.BASE);
        assertThat(score.score()).isEqualTo(9.9);
    }

    @Test
    void aDefinedV31EnvironmentalMetricSwitchesToTheEnvironmentalFormula() throws Exception {
        // CR:M weighs like "not defined", but v3.1 computes the modified impact of a changed scope
        // with different constants, so the environmental score is 10.0 against a base of 9.9.
        CvssScore score = Cvss.score("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H/CR:M");

        assertThat(score.baseScore()).isEqualTo(9.9);
        assertThat(score.score()).isEqualTo(10.0);
        assertThat(score.groups()).containsExactly(MetricGroup.BASE, MetricGroup.ENVIRONMENTAL);
    }

    @Test
    void v4KeepsTheBaseScoreApartFromTheThreatScore() throws Exception {
        // Both vectors sit at the top of their MacroVector (000100 and 000120), so the scores are
        // FIRST's lookup values exactly.
        CvssScore score = Cvss.score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:U");

        assertThat(score.version()).isEqualTo(CvssVersion.V4_0);
        assertThat(score.baseScore()).isEqualTo(10.0);
        assertThat(score.score()).isEqualTo(9.1);
        assertThat(score.groups()).containsExactly(MetricGroup.BASE, MetricGroup.THREAT);
    }

    @Test
    void v4SupplementalMetricsAreAcceptedAndDoNotChangeTheScore() throws Exception {
        String base = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";
        CvssScore plain = Cvss.score(base);
        CvssScore supplemented = Cvss.score(base + "/S:P/AU:Y/R:I/V:C/RE:H/U:Red");

        assertThat(plain.score()).isEqualTo(9.3);
        assertThat(supplemented.score()).isEqualTo(plain.score());
        assertThat(supplemented.groups()).containsExactly(MetricGroup.BASE, MetricGroup.SUPPLEMENTAL);
    }

    @Test
    void v4VectorWithoutAnyImpactScoresZeroAndSeverityNone() throws Exception {
        CvssScore score = Cvss.score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N");

        assertThat(score.score()).isZero();
        assertThat(score.severity()).isEqualTo(CvssSeverity.NONE);
        assertThat(score.formattedScore()).isEqualTo("0.0");
    }

    @Test
    void scoreRecordRejectsScoresOutsideTheScale() {
        assertThatThrownBy(() -> new CvssScore(CvssVersion.V3_1, "v", 10.5, 1.0, Set.of(MetricGroup.BASE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("score out of range 0.0-10.0: 10.5");
    }
}
