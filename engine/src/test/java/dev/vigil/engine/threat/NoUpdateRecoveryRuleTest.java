package dev.vigil.engine.threat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoUpdateRecoveryRuleTest {

    private final Rule rule = new NoUpdateRecoveryRule();

    private static ModelIndex update(String target, String facts) {
        return TestModels.load(
                """
                vigil: 1
                system:
                  id: sys
                  name: System
                  kind: product
                  essentialFunctions: [{id: dosing, name: Dosing, hazards: []}]
                zones: [{id: z, type: home-network, trust: low}, {id: c, type: cloud, trust: medium}]
                components:
                  - {id: pump, kind: device, zone: z, essentialFunctions: [dosing], software: {os: Zephyr}}
                  - {id: srv, kind: service, zone: c, software: {os: Linux}}
                  - {id: dist, kind: update-server, zone: c}
                  - {id: vault, kind: hsm, zone: c}
                data: [{id: fw, category: firmware, confidentiality: 1, integrity: 5, availability: 3}]
                flows:
                  - {id: dl, from: dist, to: %s, data: [fw], network: internet, integrity: signature}
                secrets:
                  - {id: hsm-key, type: code-signing, storedIn: vault, protection: hsm}
                  - {id: server-key, type: code-signing, storedIn: dist, protection: hsm}
                updates:
                  - {id: u, target: %s, path: [dl]%s}
                """
                        .formatted(target, target, facts));
    }

    @Test
    void anEssentialFunctionUpdateWithoutRecoveryIsAWeakness() {
        assertThat(rule.check(update("pump", ", signedWith: hsm-key, verifiedOn: device, recovery: none")))
                .singleElement()
                .satisfies(h -> assertThat(h.facts())
                        .contains("updates.u.recovery=none", "components.pump.essentialFunctions=[dosing]"));
    }

    @Test
    void recoveryOnlyByAServiceVisitIsAWeakness() {
        assertThat(rule.check(update("pump", ", signedWith: hsm-key, verifiedOn: device, recovery: service-only")))
                .hasSize(1);
    }

    @Test
    void dualBankRecoveryOrAComponentWithoutEssentialFunctionsIsFine() {
        assertThat(rule.check(update("pump", ", signedWith: hsm-key, verifiedOn: device, recovery: dual-bank")))
                .isEmpty();
        assertThat(rule.check(update("srv", ", signedWith: hsm-key, verifiedOn: device")))
                .isEmpty();
    }

    @Test
    void unstatedRecoveryIsNotEnoughInformation() {
        assertThat(rule.check(update("pump", ", signedWith: hsm-key, verifiedOn: device")))
                .singleElement()
                .extracting(Hit::kind)
                .isEqualTo(Hit.Kind.NOT_ENOUGH_INFORMATION);
    }
}
