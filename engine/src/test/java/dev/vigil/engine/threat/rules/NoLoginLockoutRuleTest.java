package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class NoLoginLockoutRuleTest {

    private final Rule rule = new NoLoginLockoutRule();

    private static ModelIndex portal(String account, String network) {
        return TestModels.product(
                "  - {id: portal, kind: web-app, zone: z, accounts: [%s]}\n".formatted(account),
                """
                data: [{id: phi, category: phi, confidentiality: 5, integrity: 3, availability: 2}]
                flows:
                  - {id: login, from: a, to: portal, data: [phi], network: %s}
                """
                        .formatted(network));
    }

    @Test
    void aPasswordLoginReachedFromTheInternetWithoutLockoutIsAWeakness() {
        var hits = rule.check(portal("{role: clinician, authentication: password, lockout: false}", "internet"));
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.element()).isEqualTo("portal");
            assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
            assertThat(h.facts())
                    .containsExactly("components.portal.accounts[role=clinician].authentication=password,"
                            + " lockout=false, reached by internet flows [login]");
        });
    }

    @Test
    void unstatedLockoutIsNotEnoughInformation() {
        assertThat(rule.check(portal("{role: clinician, authentication: pin}", "internet")))
                .singleElement()
                .extracting(Hit::kind)
                .isEqualTo(Hit.Kind.NOT_ENOUGH_INFORMATION);
    }

    @Test
    void lockoutOrALocalOnlyLoginIsFine() {
        assertThat(rule.check(portal("{role: clinician, authentication: password, lockout: true}", "internet")))
                .isEmpty();
        assertThat(rule.check(portal("{role: clinician, authentication: password, lockout: false}", "local")))
                .isEmpty();
        assertThat(rule.check(portal(
                        "{role: clinician, authentication: password, remote: false, lockout: false}", "internet")))
                .isEmpty();
    }

    @Test
    void certificateLoginsCannotBeGuessedAndAreFine() {
        assertThat(rule.check(portal("{role: clinician, authentication: certificate, lockout: false}", "internet")))
                .isEmpty();
    }
}
