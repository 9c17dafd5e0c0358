package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class RfWakeupExhaustionRuleTest {

    private final Rule rule = new RfWakeupExhaustionRule();

    private static ModelIndex implant(String auth) {
        return TestModels.load(
                """
                vigil: 1
                system: {id: sys, name: System, kind: product}
                zones: [{id: z, type: body-area, trust: high}]
                components:
                  - {id: monitor, kind: device, zone: z}
                  - {id: implant, kind: implant, zone: z, interfaces: [{id: rf, type: rf-proprietary, enabledInField: true}]}
                data:
                  - {id: wake, category: configuration, confidentiality: 1, integrity: 3, availability: 4}
                flows:
                  - {id: wakeup, from: monitor, to: implant, via: rf, data: [wake]%s}
                """
                        .formatted(auth));
    }

    @Test
    void anUnauthenticatedRadioWakeUpOfAnImplantIsAWeaknessOnTheFlow() {
        assertThat(rule.check(implant(", authentication: none")))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.element()).isEqualTo("wakeup");
                    assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
                    assertThat(h.facts())
                            .contains("flows.wakeup.authentication=none", "components.implant.kind=implant");
                });
    }

    @Test
    void anAuthenticatedWakeUpIsFine() {
        assertThat(rule.check(implant(", authentication: mutual"))).isEmpty();
    }

    @Test
    void unstatedAuthenticationIsNotEnoughInformation() {
        assertThat(rule.check(implant("")))
                .singleElement()
                .extracting(Hit::kind)
                .isEqualTo(Hit.Kind.NOT_ENOUGH_INFORMATION);
    }

    @Test
    void aServerReachedWithoutRadioHasNoBatteryToDrain() {
        var model = TestModels.product(
                "  - {id: s, kind: service, zone: z}\n",
                """
                data: []
                flows:
                  - {id: f, from: a, to: s, authentication: none}
                """);
        assertThat(rule.check(model)).isEmpty();
    }
}
