package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class NoSecurityLoggingRuleTest {

    private final Rule rule = new NoSecurityLoggingRule();

    private static ModelIndex component(String kind, String facts) {
        return TestModels.product("  - {id: c, kind: %s, zone: z%s}\n".formatted(kind, facts), "data: []\nflows: []\n");
    }

    @Test
    void aServiceRecordingNoSecurityEventsIsAWeakness() {
        assertThat(rule.check(component("service", ", logging: {securityEvents: false}")))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.element()).isEqualTo("c");
                    assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
                    assertThat(h.facts()).containsExactly("components.c.logging.securityEvents=false");
                });
    }

    @Test
    void aComponentRecordingSecurityEventsIsFine() {
        assertThat(rule.check(component("service", ", logging: {securityEvents: true}")))
                .isEmpty();
    }

    @Test
    void unstatedLoggingOnAManufacturerComponentIsNotEnoughInformation() {
        assertThat(rule.check(component("service", ", owner: manufacturer")))
                .singleElement()
                .extracting(Hit::kind)
                .isEqualTo(Hit.Kind.NOT_ENOUGH_INFORMATION);
    }

    @Test
    void unstatedLoggingOnAHospitalsOwnSystemOrAPhoneAppIsNotAsked() {
        assertThat(rule.check(component("service", ", owner: hdo"))).isEmpty();
        assertThat(rule.check(component("mobile-app", ", owner: manufacturer, logging: {securityEvents: false}")))
                .isEmpty();
    }
}
