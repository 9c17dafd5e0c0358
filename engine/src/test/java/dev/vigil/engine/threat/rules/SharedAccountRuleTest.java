package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class SharedAccountRuleTest {

    private final Rule rule = new SharedAccountRule();

    private static ModelIndex model(String accounts, String users) {
        return TestModels.product(
                "  - {id: station, kind: workstation, zone: z, accounts: %s,".formatted(accounts)
                        + " interfaces: [{id: station-usb, type: usb, enabledInField: true}]}\n",
                "data: []\nflows: []\nusers: %s\n".formatted(users));
    }

    @Test
    void aSharedAccountIsAWeaknessOnItsComponent() {
        var hits = rule.check(model("[{role: service, authentication: password, shared: true}]", "[]"));
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.element()).isEqualTo("station");
            assertThat(h.facts()).containsExactly("components.station.accounts[role=service].shared=true");
        });
    }

    @Test
    void aSharedUserReachingTheComponentThroughAnInterfaceIsAWeaknessOnTheComponent() {
        var hits = rule.check(model(
                "[{role: service, authentication: password, shared: false}]",
                "[{id: techs, kind: service-technician, uses: [station-usb], shared: true}]"));
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.element()).isEqualTo("station");
            assertThat(h.facts()).containsExactly("users.techs.shared=true, uses=station");
        });
    }

    @Test
    void namedAccountsAreFine() {
        assertThat(rule.check(model(
                        "[{role: service, authentication: password, shared: false}]",
                        "[{id: tech, kind: service-technician, uses: [station], shared: false}]")))
                .isEmpty();
    }
}
