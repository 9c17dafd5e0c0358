package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SigningKeyInternetFacingRuleTest {

    private final Rule rule = new SigningKeyInternetFacingRule();

    @Test
    void aSigningKeyOnTheUpdateServerIsAWeaknessOnTheSecret() {
        assertThat(rule.check(TestModels.updateChain("pump", ", signedWith: server-key, verifiedOn: device")))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.element()).isEqualTo("server-key");
                    assertThat(h.facts())
                            .contains(
                                    "components.dist.kind=update-server",
                                    "flows.dl.network=internet",
                                    "updates signed with server-key=[u]");
                });
    }

    @Test
    void aSigningKeyInAnOfflineHsmIsFine() {
        assertThat(rule.check(TestModels.updateChain("pump", ", signedWith: hsm-key, verifiedOn: device")))
                .isEmpty();
    }
}
