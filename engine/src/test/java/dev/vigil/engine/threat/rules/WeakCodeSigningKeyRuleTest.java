package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class WeakCodeSigningKeyRuleTest {

    private final Rule rule = new WeakCodeSigningKeyRule();

    private static ModelIndex key(String secret) {
        return SiteModels.site(
                "- {id: signer, kind: signing-service, zone: eng}\n",
                "data: []\nflows: []\nsecrets:\n  - {id: key, storedIn: signer, %s}\n".formatted(secret));
    }

    @Test
    void aCodeSigningKeyInAFileIsAWeaknessOnTheSecret() {
        assertThat(rule.check(key("type: code-signing, protection: file, approval: single")))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.element()).isEqualTo("key");
                    assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
                    assertThat(h.facts()).containsExactly("secrets.key.protection=file (storedIn signer)");
                });
    }

    @Test
    void anHsmKeyUsableWithoutApprovalIsAWeakness() {
        assertThat(rule.check(key("type: code-signing, protection: hsm, approval: none")))
                .singleElement()
                .satisfies(h -> assertThat(h.facts()).containsExactly("secrets.key.approval=none"));
    }

    @Test
    void anHsmKeyWithApprovalIsFineAndOtherSecretsAreNotThisRulesConcern() {
        assertThat(rule.check(key("type: code-signing, protection: hsm, approval: two-person")))
                .isEmpty();
        assertThat(rule.check(key("type: api-key, protection: file"))).isEmpty();
    }

    @Test
    void unstatedApprovalOfAnHsmKeyIsNotEnoughInformation() {
        assertThat(rule.check(key("type: code-signing, protection: hsm")))
                .singleElement()
                .extracting(Hit::kind)
                .isEqualTo(Hit.Kind.NOT_ENOUGH_INFORMATION);
    }
}
