package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotUpdatableRuleTest {

    private final Rule rule = new NotUpdatableRule();

    @Test
    void softwareThatNoUpdateTargetsIsAWeaknessAndTheUpdatedPumpIsFine() {
        // the update targets the pump, so only the server's software has no path
        assertThat(rule.check(TestModels.updateChain("pump", ", signedWith: hsm-key, verifiedOn: device")))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.element()).isEqualTo("srv");
                    assertThat(h.facts()).contains("updates targeting srv=(none)");
                });
    }

    @Test
    void componentsWithoutDeclaredSoftwareAreNotJudged() {
        assertThat(rule.check(TestModels.updateChain("srv", ", signedWith: hsm-key, verifiedOn: device")))
                .extracting(Hit::element)
                .containsExactly("pump");
    }
}
