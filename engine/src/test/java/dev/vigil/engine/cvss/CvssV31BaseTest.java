package dev.vigil.engine.cvss;

import static dev.vigil.engine.cvss.CvssV31Base.AttackComplexity.HIGH;
import static dev.vigil.engine.cvss.CvssV31Base.AttackComplexity.LOW;
import static dev.vigil.engine.cvss.CvssV31Base.AttackVector.ADJACENT;
import static dev.vigil.engine.cvss.CvssV31Base.AttackVector.NETWORK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.engine.cvss.CvssV31Base.AttackComplexity;
import dev.vigil.engine.cvss.CvssV31Base.AttackVector;
import dev.vigil.engine.cvss.CvssV31Base.Impact;
import dev.vigil.engine.cvss.CvssV31Base.PrivilegesRequired;
import dev.vigil.engine.cvss.CvssV31Base.Scope;
import dev.vigil.engine.cvss.CvssV31Base.UserInteraction;
import org.junit.jupiter.api.Test;

class CvssV31BaseTest {

    private static CvssV31Base.Builder bleCommandWithoutPairing() {
        return CvssV31Base.builder()
                .attackVector(ADJACENT)
                .attackComplexity(LOW)
                .privilegesRequired(PrivilegesRequired.NONE)
                .userInteraction(UserInteraction.NONE)
                .scope(Scope.CHANGED)
                .confidentiality(Impact.LOW)
                .integrity(Impact.LOW)
                .availability(Impact.HIGH);
    }

    @Test
    void builtVectorIsTheSpecificationString() {
        assertThat(bleCommandWithoutPairing().build().vector())
                .isEqualTo("CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:C/C:L/I:L/A:H");
    }

    @Test
    void builtVectorScoresLikeTheSameVectorTyped() throws Exception {
        CvssScore built = bleCommandWithoutPairing().build().score();

        assertThat(built.score()).isEqualTo(8.8);
        assertThat(built).isEqualTo(Cvss.score("CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:C/C:L/I:L/A:H"));
    }

    @Test
    void everyCombinationOfTypedValuesIsAValidVector() {
        int scored = 0;
        for (AttackVector av : AttackVector.values()) {
            for (AttackComplexity ac : AttackComplexity.values()) {
                for (PrivilegesRequired pr : PrivilegesRequired.values()) {
                    for (Scope s : Scope.values()) {
                        CvssV31Base vector = bleCommandWithoutPairing()
                                .attackVector(av)
                                .attackComplexity(ac)
                                .privilegesRequired(pr)
                                .scope(s)
                                .build();
                        assertThat(vector.score().version()).isEqualTo(CvssVersion.V3_1);
                        scored++;
                    }
                }
            }
        }
        assertThat(scored).isEqualTo(4 * 2 * 3 * 2);
    }

    @Test
    void higherAttackComplexityLowersTheScore() {
        double easy =
                bleCommandWithoutPairing().attackVector(NETWORK).build().score().score();
        double hard = bleCommandWithoutPairing()
                .attackVector(NETWORK)
                .attackComplexity(HIGH)
                .build()
                .score()
                .score();

        assertThat(hard).isLessThan(easy);
    }

    @Test
    void buildNamesTheFirstMetricLeftUnset() {
        assertThatThrownBy(() -> CvssV31Base.builder().attackVector(NETWORK).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("metric not set: attackComplexity (AC)");
    }

    @Test
    void nullMetricValueIsRejectedByName() {
        assertThatThrownBy(() -> CvssV31Base.builder().scope(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("scope == null");
    }
}
