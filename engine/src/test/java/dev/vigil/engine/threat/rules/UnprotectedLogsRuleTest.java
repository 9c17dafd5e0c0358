package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class UnprotectedLogsRuleTest {

    private final Rule rule = new UnprotectedLogsRule();

    private static ModelIndex component(String kind, String logging) {
        return TestModels.product(
                "  - {id: c, kind: %s, zone: z, logging: %s}\n".formatted(kind, logging), "data: []\nflows: []\n");
    }

    @Test
    void aDeviceWithEditableSecurityLogsIsAWeakness() {
        assertThat(rule.check(component("device", "{securityEvents: true, tamperProtected: false}")))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.element()).isEqualTo("c");
                    assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
                    assertThat(h.facts()).contains("components.c.logging.tamperProtected=false");
                });
    }

    @Test
    void tamperProtectedLogsAreFine() {
        assertThat(rule.check(component("plc", "{securityEvents: true, tamperProtected: true}")))
                .isEmpty();
    }

    @Test
    void cloudServicesAreNotThisRulesConcern() {
        assertThat(rule.check(component("service", "{securityEvents: true, tamperProtected: false}")))
                .isEmpty();
    }

    @Test
    void unstatedTamperProtectionIsNotEnoughInformation() {
        assertThat(rule.check(component("test-station", "{securityEvents: true}")))
                .singleElement()
                .extracting(Hit::kind)
                .isEqualTo(Hit.Kind.NOT_ENOUGH_INFORMATION);
    }
}
