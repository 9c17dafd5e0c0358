package dev.vigil.engine.cvss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CvssSeverityTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "0.0, None",
        "0.1, Low",
        "3.9, Low",
        "4.0, Medium",
        "6.9, Medium",
        "7.0, High",
        "8.9, High",
        "9.0, Critical",
        "10.0, Critical"
    })
    void bandsFollowTheQualitativeRatingScale(double score, String label) {
        assertThat(CvssSeverity.of(score).label()).isEqualTo(label);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 10.1, Double.NaN})
    void scoresOutsideTheScaleAreRejected(double score) {
        assertThatThrownBy(() -> CvssSeverity.of(score))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("score out of range 0.0-10.0: ");
    }
}
