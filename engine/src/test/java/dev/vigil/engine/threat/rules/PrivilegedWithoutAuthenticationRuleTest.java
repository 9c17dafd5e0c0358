package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class PrivilegedWithoutAuthenticationRuleTest {

    private final Rule rule = new PrivilegedWithoutAuthenticationRule();

    private static ModelIndex model(String accounts, String users) {
        return TestModels.product(
                "  - {id: monitor, kind: device, zone: z, accounts: %s}\n".formatted(accounts),
                "data: []\nflows: []\nusers: %s\n".formatted(users));
    }

    @Test
    void aPrivilegedAccountWithoutAuthenticationIsAWeaknessOnItsComponent() {
        var hits = rule.check(model("[{role: service, authentication: none, privileged: true}]", "[]"));
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.element()).isEqualTo("monitor");
            assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
            assertThat(h.facts())
                    .containsExactly("components.monitor.accounts[role=service].authentication=none, privileged=true");
        });
    }

    @Test
    void aClinicianUsingAComponentWithAnOpenAccountIsAWeakness() {
        var hits = rule.check(
                model("[{role: user, authentication: none}]", "[{id: nurse, kind: clinician, uses: [monitor]}]"));
        assertThat(hits).singleElement().satisfies(h -> assertThat(h.facts())
                .containsExactly("users.nurse.kind=clinician, uses=monitor"));
    }

    @Test
    void aPatientUsingAnOpenUnprivilegedAccountIsNotThisRulesConcern() {
        assertThat(rule.check(model(
                        "[{role: patient, authentication: none, privileged: false}]",
                        "[{id: p, kind: patient, uses: [monitor]}]")))
                .isEmpty();
    }

    @Test
    void anAuthenticatedPrivilegedAccountIsFine() {
        assertThat(rule.check(model(
                        "[{role: service, authentication: certificate, privileged: true}]",
                        "[{id: tech, kind: service-technician, uses: [monitor]}]")))
                .isEmpty();
    }
}
