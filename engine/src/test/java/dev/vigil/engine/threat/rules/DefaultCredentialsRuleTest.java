package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class DefaultCredentialsRuleTest {

    private final Rule rule = new DefaultCredentialsRule();

    private static ModelIndex accounts(String accounts) {
        return TestModels.load(
                """
                vigil: 1
                system: {id: sys, name: System, kind: product}
                zones: [{id: z, type: body-area, trust: high}]
                components:
                  - {id: pump, kind: device, zone: z, accounts: %s}
                data: []
                flows: []
                """
                        .formatted(accounts));
    }

    @Test
    void aDefaultServicePasswordIsAWeakness() {
        assertThat(rule.check(accounts("[{role: service, authentication: default-password, privileged: true}]")))
                .singleElement()
                .satisfies(
                        h -> assertThat(h.facts())
                                .containsExactly(
                                        "components.pump.accounts[role=service].authentication=default-password, privileged=true"));
    }

    @Test
    void aHardcodedAccountIsAWeakness() {
        assertThat(rule.check(accounts("[{role: factory, authentication: hardcoded}]")))
                .hasSize(1);
    }

    @Test
    void certificateAuthenticationIsFine() {
        assertThat(rule.check(accounts("[{role: service, authentication: certificate, privileged: true}]")))
                .isEmpty();
    }
}
