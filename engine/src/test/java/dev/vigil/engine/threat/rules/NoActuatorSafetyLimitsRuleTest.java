package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class NoActuatorSafetyLimitsRuleTest {

    private final Rule rule = new NoActuatorSafetyLimitsRule();

    private static ModelIndex pump(String safety, String data) {
        return TestModels.product(
                "  - {id: pump, kind: device, zone: z, functions: [therapy-delivery]%s}\n".formatted(safety),
                """
                data:
                  - {id: bolus, category: therapy-command, confidentiality: 2, integrity: 5, availability: 4}
                  - {id: readings, category: clinical-measurement, confidentiality: 3, integrity: 4, availability: 3}
                flows:
                  - {id: cmd, from: a, to: pump, data: [%s], network: adjacent}
                """
                        .formatted(data));
    }

    @Test
    void aPumpWithoutLocalLimitsReceivingCommandsIsAWeakness() {
        assertThat(rule.check(pump(", safety: {localSafetyLimits: false}", "bolus")))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.element()).isEqualTo("pump");
                    assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
                    assertThat(h.facts())
                            .contains(
                                    "flows.cmd.to=pump, data=[bolus]",
                                    "components.pump.safety.localSafetyLimits=false");
                });
    }

    @Test
    void aPumpEnforcingItsOwnLimitsIsFine() {
        assertThat(rule.check(pump(", safety: {localSafetyLimits: true}", "bolus")))
                .isEmpty();
    }

    @Test
    void aPumpReceivingNoCommandsOrSettingsIsNotThisRulesConcern() {
        assertThat(rule.check(pump(", safety: {localSafetyLimits: false}", "readings")))
                .isEmpty();
    }

    @Test
    void unstatedLocalLimitsAreNotEnoughInformation() {
        assertThat(rule.check(pump("", "bolus")))
                .singleElement()
                .extracting(Hit::kind)
                .isEqualTo(Hit.Kind.NOT_ENOUGH_INFORMATION);
    }
}
