package dev.vigil.engine.risk;

import static dev.vigil.engine.risk.RiskFixtures.model;
import static dev.vigil.engine.risk.RiskFixtures.scoreAs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.cvss.CvssV31Base;
import dev.vigil.engine.cvss.CvssV31Base.AttackComplexity;
import dev.vigil.engine.cvss.CvssV31Base.AttackVector;
import dev.vigil.engine.cvss.CvssV31Base.PrivilegesRequired;
import dev.vigil.engine.cvss.CvssV31Base.Scope;
import dev.vigil.engine.cvss.CvssV31Base.UserInteraction;
import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImpactAndBandTest {

    @ParameterizedTest(name = "need {0} -> {1}")
    @CsvSource({"1, NONE", "2, LOW", "3, LOW", "4, HIGH", "5, HIGH"})
    void aDataNeedMapsToAnImpactLevel(int need, CvssV31Base.Impact impact) {
        assertThat(RiskScorer.level(need)).isEqualTo(impact);
    }

    /** Data cmd has confidentiality 2, integrity 5, availability 3. */
    @ParameterizedTest(name = "STRIDE {0} -> C:{1} I:{2} A:{3}")
    @CsvSource({
        "information-disclosure, L, N, N",
        "tampering, N, H, N",
        "spoofing, N, H, N",
        "repudiation, N, H, N",
        "denial-of-service, N, N, L",
        "elevation-of-privilege, L, H, L",
    })
    void theRulesStrideRestrictsWhichNeedsCount(String stride, String c, String i, String a) {
        RiskScore s = scoreAs(model("network: adjacent", "", ""), "f", stride);
        assertThat(s.cvssVector()).endsWith("/C:" + c + "/I:" + i + "/A:" + a);
    }

    @Test
    void theHighestNeedAmongTheAffectedDataCountsAndIsNamed() {
        ModelIndex index = model(
                "network: adjacent",
                "stores: [key]",
                "  - {id: key, category: crypto-key, confidentiality: 5, integrity: 4, availability: 1}\n",
                "");
        RiskScore onDevice = scoreAs(index, "dev", "information-disclosure");
        RiskScore onFlow = scoreAs(index, "f", "information-disclosure");
        assertThat(onDevice.impactReasons()).containsExactly("C:H from data.key.confidentiality=5");
        assertThat(onFlow.impactReasons()).containsExactly("C:L from data.cmd.confidentiality=2");
    }

    @Test
    void withoutLinkedDataTheImpactIsAssumedHighAndSaysSo() {
        ModelIndex index = RiskFixtures.load(
                """
                vigil: 1
                system: {id: sys, name: System, kind: product}
                zones: [{id: z, type: cloud, trust: medium}]
                components: [{id: c, kind: service, zone: z}]
                data: []
                flows: []
                """);
        RiskScore s = scoreAs(index, "c", "information-disclosure");
        assertThat(s.cvssVector()).endsWith("/C:H/I:N/A:N");
        assertThat(s.impactReasons()).containsExactly("C:H assumed: no data is linked to c");
    }

    @ParameterizedTest(name = "AV:{0}/AC:{1}/PR:{2}/UI:{3}/S:{4} -> sub-score {5}, band {6}")
    @CsvSource({
        "NETWORK, LOW, NONE, NONE, UNCHANGED, 3.887, 5",
        "ADJACENT, LOW, NONE, NONE, UNCHANGED, 2.835, 4",
        "LOCAL, LOW, NONE, NONE, UNCHANGED, 2.515, 4",
        "NETWORK, HIGH, NONE, NONE, UNCHANGED, 2.221, 3",
        "LOCAL, LOW, LOW, NONE, UNCHANGED, 1.835, 3",
        "NETWORK, LOW, HIGH, NONE, UNCHANGED, 1.235, 2",
        "NETWORK, LOW, HIGH, NONE, CHANGED, 2.286, 3",
        "PHYSICAL, LOW, NONE, NONE, UNCHANGED, 0.915, 2",
        "ADJACENT, HIGH, HIGH, REQUIRED, UNCHANGED, 0.375, 1",
        "PHYSICAL, HIGH, HIGH, REQUIRED, UNCHANGED, 0.121, 1",
    })
    void theSubScoreIsCvssExploitabilityAndSetsTheBand(
            AttackVector av,
            AttackComplexity ac,
            PrivilegesRequired pr,
            UserInteraction ui,
            Scope scope,
            double sub,
            int band) {
        double computed = RiskScorer.subScore(av, ac, pr, ui, scope);
        assertThat(computed).isEqualTo(sub);
        assertThat(RiskScorer.band(computed)).isEqualTo(band);
    }

    @ParameterizedTest(name = "sub-score {0} -> band {1}")
    @CsvSource({
        "3.89, 5",
        "3.5, 5",
        "3.499, 4",
        "2.5, 4",
        "2.499, 3",
        "1.5, 3",
        "1.499, 2",
        "0.7, 2",
        "0.699, 1",
        "0.12, 1"
    })
    void bandEdges(double sub, int band) {
        assertThat(RiskScorer.band(sub)).isEqualTo(band);
    }

    @ParameterizedTest(name = "CVSS {0} -> {1}")
    @CsvSource({
        "10.0, CRITICAL",
        "9.0, CRITICAL",
        "8.9, HIGH",
        "7.0, HIGH",
        "6.9, MEDIUM",
        "4.0, MEDIUM",
        "3.9, LOW",
        "0.1, LOW",
        "0.0, INFO"
    })
    void severityFollowsTheCvssRatingScale(double score, Severity severity) {
        assertThat(Severity.of(score)).isEqualTo(severity);
    }
}
