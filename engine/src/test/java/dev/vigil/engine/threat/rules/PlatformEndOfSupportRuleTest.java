package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlatformEndOfSupportRuleTest {

    private final Rule rule = new PlatformEndOfSupportRule();

    private static ModelIndex platform(String software) {
        return TestModels.product(
                        "  - {id: c, kind: workstation, zone: z, software: %s}\n".formatted(software),
                        "data: []\nflows: []\n")
                .on(LocalDate.parse("2026-11-24"));
    }

    @Test
    void aPlatformWhoseSupportEndedBeforeTheAssessmentIsAWeakness() {
        assertThat(rule.check(platform("{os: Windows 7, supportEnds: 2020-01-14}")))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
                    assertThat(h.facts())
                            .contains("components.c.software.supportEnds=2020-01-14", "assessment date=2026-11-24");
                });
    }

    @Test
    void supportEndingOnOrAfterTheAssessmentDayIsFine() {
        assertThat(rule.check(platform("{os: Windows 11, supportEnds: 2026-11-24}")))
                .isEmpty();
    }

    @Test
    void unstatedEndOfSupportIsNotEnoughInformation() {
        assertThat(rule.check(platform("{os: Linux}")))
                .singleElement()
                .extracting(Hit::kind)
                .isEqualTo(Hit.Kind.NOT_ENOUGH_INFORMATION);
    }
}
