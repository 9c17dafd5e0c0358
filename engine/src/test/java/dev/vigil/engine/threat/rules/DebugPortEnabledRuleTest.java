package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class DebugPortEnabledRuleTest {

    private final Rule rule = new DebugPortEnabledRule();

    private static ModelIndex deviceWith(String extra) {
        return TestModels.load(
                """
                vigil: 1
                system: {id: sys, name: System, kind: product}
                zones: [{id: z, type: body-area, trust: high}]
                components:
                  - id: pump
                    kind: device
                    zone: z
                %s
                data: []
                flows: []
                """
                        .formatted(extra.indent(4)));
    }

    @Test
    void anSwdPortEnabledInTheFieldIsAWeakness() {
        var hits = rule.check(
                deviceWith(
                        """
                interfaces: [{id: swd, type: swd, enabledInField: true}]
                hardening: {debugPortsLocked: false}
                """));
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.element()).isEqualTo("pump");
            assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
            assertThat(h.facts()).anyMatch(f -> f.contains("swd") && f.contains("enabledInField=true"));
        });
    }

    @Test
    void aLockedOrDisabledDebugPortIsFine() {
        assertThat(
                        rule.check(
                                deviceWith(
                                        """
                interfaces: [{id: swd, type: swd, enabledInField: false}]
                hardening: {debugPortsLocked: true}
                """)))
                .isEmpty();
    }

    @Test
    void anEmbeddedDeviceWithNoInterfaceFactsIsNotEnoughInformation() {
        assertThat(rule.check(deviceWith("owner: manufacturer")))
                .singleElement()
                .extracting(Hit::kind)
                .isEqualTo(Hit.Kind.NOT_ENOUGH_INFORMATION);
    }
}
