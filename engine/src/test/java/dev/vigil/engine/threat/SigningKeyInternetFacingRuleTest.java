package dev.vigil.engine.threat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SigningKeyInternetFacingRuleTest {

    private final Rule rule = new SigningKeyInternetFacingRule();

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
    void aSigningKeyOnTheUpdateServerIsAWeaknessOnTheSecret() {
        assertThat(rule.check(update("pump", ", signedWith: server-key, verifiedOn: device")))
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
        assertThat(rule.check(update("pump", ", signedWith: hsm-key, verifiedOn: device")))
                .isEmpty();
    }
}
