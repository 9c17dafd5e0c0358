package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UpstreamOnlyUpdateVerificationRuleTest {

    private final Rule rule = new UpstreamOnlyUpdateVerificationRule();

    @Test
    void aDeviceUpdateCheckedOnlyByTheAppIsAWeakness() {
        assertThat(rule.check(TestModels.updateChain("pump", ", signedWith: hsm-key, verifiedOn: app")))
                .singleElement()
                .satisfies(h ->
                        assertThat(h.facts()).contains("updates.u.verifiedOn=app", "updates.u.target=pump (device)"));
    }

    @Test
    void verificationOnTheDeviceIsFine() {
        assertThat(rule.check(TestModels.updateChain("pump", ", signedWith: hsm-key, verifiedOn: device")))
                .isEmpty();
    }

    @Test
    void aServerCheckedOnTheServerIsNotAnEndDevice() {
        assertThat(rule.check(TestModels.updateChain("srv", ", signedWith: hsm-key, verifiedOn: server")))
                .isEmpty();
    }
}
