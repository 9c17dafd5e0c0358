package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class UnauthenticatedAlarmRuleTest {

    private final Rule rule = new UnauthenticatedAlarmRule();

    private static ModelIndex alarmFlow(String data, String protection) {
        return TestModels.product(
                "",
                """
                data:
                  - {id: alarm, category: alarm, confidentiality: 1, integrity: 4, availability: 5}
                  - {id: readings, category: clinical-measurement, confidentiality: 3, integrity: 4, availability: 3}
                flows:
                  - {id: f, from: b, to: a, data: [%s], network: adjacent%s}
                """
                        .formatted(data, protection));
    }

    @Test
    void anAlarmWithoutAuthenticationIsAWeakness() {
        assertThat(rule.check(alarmFlow("alarm", ", authentication: none, integrity: mac")))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.element()).isEqualTo("f");
                    assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
                    assertThat(h.facts()).containsExactly("flows.f.authentication=none", "flows.f.data=[alarm]");
                });
    }

    @Test
    void anAlarmProtectedOnlyByAChecksumIsAWeakness() {
        assertThat(rule.check(alarmFlow("alarm", ", authentication: mutual, integrity: checksum")))
                .singleElement()
                .satisfies(h -> assertThat(h.facts()).contains("flows.f.integrity=checksum"));
    }

    @Test
    void anAuthenticatedIntegrityProtectedAlarmIsFine() {
        assertThat(rule.check(alarmFlow("alarm", ", authentication: mutual, integrity: mac")))
                .isEmpty();
    }

    @Test
    void flowsWithoutAlarmsAreNotThisRulesConcern() {
        assertThat(rule.check(alarmFlow("readings", ", authentication: none, integrity: none")))
                .isEmpty();
    }

    @Test
    void unstatedProtectionOfAnAlarmIsNotEnoughInformation() {
        assertThat(rule.check(alarmFlow("alarm", "")))
                .singleElement()
                .extracting(Hit::kind)
                .isEqualTo(Hit.Kind.NOT_ENOUGH_INFORMATION);
    }
}
