package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class NoSecureBootRuleTest {

    private final Rule rule = new NoSecureBootRule();

    private static ModelIndex component(String kind, String hardening) {
        return TestModels.load(
                """
                vigil: 1
                system: {id: sys, name: System, kind: product}
                zones: [{id: z, type: hospital-network, trust: medium}]
                components:
                  - {id: c, kind: %s, zone: z%s}
                data: []
                flows: []
                """
                        .formatted(kind, hardening));
    }

    @Test
    void aProgrammingStationWithoutSecureBootIsAWeakness() {
        assertThat(rule.check(component("programming-station", ", hardening: {secureBoot: false}")))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.element()).isEqualTo("c");
                    assertThat(h.facts()).contains("components.c.hardening.secureBoot=false");
                });
    }

    @Test
    void secureBootIsFine() {
        assertThat(rule.check(component("implant", ", hardening: {secureBoot: true}")))
                .isEmpty();
    }

    @Test
    void unknownSecureBootIsNotEnoughInformationForPatientSideUnits() {
        assertThat(rule.check(component("device", "")))
                .singleElement()
                .extracting(Hit::kind)
                .isEqualTo(Hit.Kind.NOT_ENOUGH_INFORMATION);
    }

    @Test
    void unknownSecureBootOfALineControllerIsLeftToCompletenessChecks() {
        assertThat(rule.check(component("plc", ""))).isEmpty();
    }
}
