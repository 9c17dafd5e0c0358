package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoUpdateRecoveryRuleTest {

    private final Rule rule = new NoUpdateRecoveryRule();

    @Test
    void anEssentialFunctionUpdateWithoutRecoveryIsAWeakness() {
        assertThat(rule.check(
                        TestModels.updateChain("pump", ", signedWith: hsm-key, verifiedOn: device, recovery: none")))
                .singleElement()
                .satisfies(h -> assertThat(h.facts())
                        .contains("updates.u.recovery=none", "components.pump.essentialFunctions=[dosing]"));
    }

    @Test
    void recoveryOnlyByAServiceVisitIsAWeakness() {
        assertThat(rule.check(TestModels.updateChain(
                        "pump", ", signedWith: hsm-key, verifiedOn: device, recovery: service-only")))
                .hasSize(1);
    }

    @Test
    void dualBankRecoveryOrAComponentWithoutEssentialFunctionsIsFine() {
        assertThat(rule.check(TestModels.updateChain(
                        "pump", ", signedWith: hsm-key, verifiedOn: device, recovery: dual-bank")))
                .isEmpty();
        assertThat(rule.check(TestModels.updateChain("srv", ", signedWith: hsm-key, verifiedOn: device")))
                .isEmpty();
    }

    @Test
    void unstatedRecoveryIsNotEnoughInformation() {
        assertThat(rule.check(TestModels.updateChain("pump", ", signedWith: hsm-key, verifiedOn: device")))
                .singleElement()
                .extracting(Hit::kind)
                .isEqualTo(Hit.Kind.NOT_ENOUGH_INFORMATION);
    }
}
