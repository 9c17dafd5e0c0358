package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class MemoryUnsafeExposedRuleTest {

    private final Rule rule = new MemoryUnsafeExposedRule();

    private static ModelIndex exposed(String software, String senderZone) {
        return TestModels.load(
                """
                vigil: 1
                system: {id: sys, name: System, kind: product}
                zones:
                  - {id: body, type: body-area, trust: high}
                  - {id: phone, type: personal-device, trust: low}
                components:
                  - {id: app, kind: mobile-app, zone: %s}
                  - {id: pump, kind: device, zone: body, software: %s}
                data: []
                flows:
                  - {id: f, from: app, to: pump}
                """
                        .formatted(senderZone, software));
    }

    @Test
    void memoryUnsafeCodeFedFromALowerTrustZoneIsAWeakness() {
        assertThat(rule.check(exposed("{os: FreeRTOS, memorySafe: false}", "phone")))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.element()).isEqualTo("pump");
                    assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
                    assertThat(h.facts())
                            .contains(
                                    "components.pump.software.memorySafe=false",
                                    "flows.f.from=app (zone phone, trust low)");
                });
    }

    @Test
    void memorySafeCodeOrInputFromTheSameTrustIsFine() {
        assertThat(rule.check(exposed("{os: Zephyr, memorySafe: true}", "phone")))
                .isEmpty();
        assertThat(rule.check(exposed("{os: FreeRTOS, memorySafe: false}", "body")))
                .isEmpty();
    }

    @Test
    void unstatedMemorySafetyIsNotEnoughInformation() {
        assertThat(rule.check(exposed("{os: FreeRTOS}", "phone")))
                .singleElement()
                .extracting(Hit::kind)
                .isEqualTo(Hit.Kind.NOT_ENOUGH_INFORMATION);
    }
}
