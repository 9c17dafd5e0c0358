package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class UnprotectedSecretRuleTest {

    private final Rule rule = new UnprotectedSecretRule();

    private static ModelIndex secret(String secret) {
        return TestModels.product(
                "  - {id: srv, kind: service, zone: z}\n", "data: []\nflows: []\nsecrets: [%s]\n".formatted(secret));
    }

    @Test
    void aPairingKeyInDeviceSoftwareIsAWeakness() {
        assertThat(rule.check(secret("{id: k, type: pairing-key, storedIn: b, protection: software, perDevice: true}")))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.element()).isEqualTo("k");
                    assertThat(h.facts()).contains("secrets.k.protection=software", "secrets.k.storedIn=b (device)");
                });
    }

    @Test
    void aCodeSigningKeyInAFileIsAWeaknessEvenOnAServer() {
        assertThat(rule.check(secret("{id: k, type: code-signing, storedIn: srv, protection: file}")))
                .hasSize(1);
    }

    @Test
    void aSecureElementKeyIsFineAndAServerTlsKeyInSoftwareIsNotThisRulesConcern() {
        assertThat(rule.check(secret("{id: k, type: pairing-key, storedIn: b, protection: secure-element}")))
                .isEmpty();
        assertThat(rule.check(secret("{id: k, type: tls-key, storedIn: srv, protection: software}")))
                .isEmpty();
    }
}
