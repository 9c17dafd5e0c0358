package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class CommandReplayRuleTest {

    private final Rule rule = new CommandReplayRule();

    private static ModelIndex flow(String data, String replay) {
        return TestModels.product(
                "",
                """
                data:
                  - {id: setting, category: therapy-setting, confidentiality: 2, integrity: 5, availability: 4}
                  - {id: reading, category: clinical-measurement, confidentiality: 4, integrity: 4, availability: 3}
                flows:
                  - {id: f, from: a, to: b, data: [%s]%s}
                """
                        .formatted(data, replay));
    }

    @Test
    void therapySettingsWithoutReplayProtectionAreAWeakness() {
        assertThat(rule.check(flow("setting", ", replayProtection: false")))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
                    assertThat(h.facts()).contains("flows.f.replayProtection=false", "flows.f.data=[setting]");
                });
    }

    @Test
    void replayProtectedTherapyDataIsFine() {
        assertThat(rule.check(flow("setting", ", replayProtection: true"))).isEmpty();
    }

    @Test
    void measurementsAreNotCommandsSoReplayIsNotThisRulesConcern() {
        assertThat(rule.check(flow("reading", ", replayProtection: false"))).isEmpty();
    }

    @Test
    void unstatedReplayProtectionIsNotEnoughInformation() {
        assertThat(rule.check(flow("setting", "")))
                .singleElement()
                .extracting(Hit::kind)
                .isEqualTo(Hit.Kind.NOT_ENOUGH_INFORMATION);
    }
}
