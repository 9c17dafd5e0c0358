package dev.vigil.engine.threat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnsignedUpdateRuleTest {

    private final Rule rule = new UnsignedUpdateRule();

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
    void anUpdateNobodyVerifiesIsAWeakness() {
        assertThat(rule.check(update("pump", ", verifiedOn: none")))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.element()).isEqualTo("u");
                    assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
                    assertThat(h.facts()).contains("updates.u.verifiedOn=none", "updates.u.signedWith=(none)");
                });
    }

    @Test
    void aSignedUpdateVerifiedOnTheDeviceIsFine() {
        assertThat(rule.check(update("pump", ", signedWith: hsm-key, verifiedOn: device")))
                .isEmpty();
    }

    @Test
    void aVerifiedUpdateWhoseSigningKeyIsNotModelledIsNotEnoughInformation() {
        assertThat(rule.check(update("pump", ", verifiedOn: device")))
                .singleElement()
                .extracting(Hit::kind)
                .isEqualTo(Hit.Kind.NOT_ENOUGH_INFORMATION);
    }
}
