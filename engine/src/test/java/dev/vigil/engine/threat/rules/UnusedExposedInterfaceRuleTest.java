package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class UnusedExposedInterfaceRuleTest {

    private final Rule rule = new UnusedExposedInterfaceRule();

    private static ModelIndex interfaces(String users, String flows) {
        return TestModels.load(
                """
                vigil: 1
                system: {id: sys, name: System, kind: product}
                zones: [{id: z, type: hospital-network, trust: medium}]
                components:
                  - id: programmer
                    kind: programmer
                    zone: z
                    interfaces:
                      - {id: wand, type: rf-proprietary, enabledInField: true}
                      - {id: usb, type: usb, enabledInField: true}
                      - {id: jtag, type: jtag, enabledInField: false}
                  - {id: implant, kind: implant, zone: z, interfaces: [{id: coil, type: rf-proprietary, enabledInField: true}]}
                data: []
                flows: [%s]
                users: [%s]
                """
                        .formatted(flows, users));
    }

    @Test
    void anEnabledInterfaceNoFlowOrUserNeedsIsAWeakness() {
        assertThat(rule.check(interfaces("", "{id: f, from: programmer, to: implant, via: coil}")))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.element()).isEqualTo("usb");
                    assertThat(h.facts()).contains("components.programmer.interfaces.usb=usb, enabledInField=true");
                });
    }

    @Test
    void anInterfaceAUserNeedsIsFineAndThePeerEndOfANamedRadioLinkCountsAsUsed() {
        assertThat(rule.check(interfaces(
                        "{id: tech, kind: service-technician, uses: [usb]}",
                        "{id: f, from: programmer, to: implant, via: coil}")))
                .isEmpty();
    }
}
