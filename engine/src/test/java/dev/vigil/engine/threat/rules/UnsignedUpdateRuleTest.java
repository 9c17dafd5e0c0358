package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnsignedUpdateRuleTest {

    private final Rule rule = new UnsignedUpdateRule();

    @Test
    void anUpdateNobodyVerifiesIsAWeakness() {
        assertThat(rule.check(TestModels.updateChain("pump", ", verifiedOn: none")))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.element()).isEqualTo("u");
                    assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
                    assertThat(h.facts()).contains("updates.u.verifiedOn=none", "updates.u.signedWith=(none)");
                });
    }

    @Test
    void aSignedUpdateVerifiedOnTheDeviceIsFine() {
        assertThat(rule.check(TestModels.updateChain("pump", ", signedWith: hsm-key, verifiedOn: device")))
                .isEmpty();
    }

    @Test
    void aVerifiedUpdateWhoseSigningKeyIsNotModelledIsNotEnoughInformation() {
        assertThat(rule.check(TestModels.updateChain("pump", ", verifiedOn: device")))
                .singleElement()
                .extracting(Hit::kind)
                .isEqualTo(Hit.Kind.NOT_ENOUGH_INFORMATION);
    }
}
