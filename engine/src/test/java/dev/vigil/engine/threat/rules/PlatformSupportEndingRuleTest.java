package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlatformSupportEndingRuleTest {

    private static final LocalDate DAY = LocalDate.parse("2026-12-04");
    private final Rule rule = new PlatformSupportEndingRule();

    private static ModelIndex platform(String software, LocalDate on) {
        return TestModels.product(
                        "  - {id: c, kind: workstation, zone: z, software: %s}\n".formatted(software),
                        "data: []\nflows: []\n")
                .on(on);
    }

    @Test
    void supportEndingWithinTheHorizonIsRaisedWithTheDaysLeft() {
        assertThat(rule.check(platform("{os: Windows 10, supportEnds: 2027-01-13}", DAY)))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
                    assertThat(h.explanation()).contains("in 40 days");
                    assertThat(h.facts())
                            .containsExactly(
                                    "components.c.software.supportEnds=2027-01-13", "assessment date=2026-12-04");
                });
    }

    @Test
    void supportEndingBeyondTheHorizonOrAlreadyEndedIsNotThisRulesFinding() {
        assertThat(rule.check(platform("{os: Windows 11, supportEnds: 2027-06-03}", DAY)))
                .isEmpty();
        assertThat(rule.check(platform("{os: Windows 7, supportEnds: 2020-01-14}", DAY)))
                .isEmpty();
        assertThat(rule.check(platform("{os: Linux}", DAY))).isEmpty();
    }

    @Test
    void theAssessmentDateDecidesNotTheClock() {
        String software = "{os: Windows 10, supportEnds: 2030-01-01}";
        assertThat(rule.check(platform(software, DAY))).isEmpty();
        assertThat(rule.check(platform(software, LocalDate.parse("2029-10-01"))))
                .singleElement()
                .extracting(Hit::element)
                .isEqualTo("c");
    }
}
