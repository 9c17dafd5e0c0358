package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoRollbackProtectionRuleTest {

    private final Rule rule = new NoRollbackProtectionRule();

    @Test
    void anUpdateWithoutRollbackProtectionIsAWeakness() {
        assertThat(rule.check(TestModels.updateChain(
                        "pump", ", signedWith: hsm-key, verifiedOn: device, rollbackProtection: false")))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
                    assertThat(h.facts()).contains("updates.u.rollbackProtection=false");
                });
    }

    @Test
    void rollbackProtectionIsFine() {
        assertThat(rule.check(TestModels.updateChain(
                        "pump", ", signedWith: hsm-key, verifiedOn: device, rollbackProtection: true")))
                .isEmpty();
    }

    @Test
    void unstatedRollbackProtectionIsNotEnoughInformation() {
        assertThat(rule.check(TestModels.updateChain("pump", ", signedWith: hsm-key, verifiedOn: device")))
                .singleElement()
                .extracting(Hit::kind)
                .isEqualTo(Hit.Kind.NOT_ENOUGH_INFORMATION);
    }
}
