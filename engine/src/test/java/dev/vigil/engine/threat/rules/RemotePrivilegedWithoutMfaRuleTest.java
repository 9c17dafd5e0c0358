package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class RemotePrivilegedWithoutMfaRuleTest {

    private final Rule rule = new RemotePrivilegedWithoutMfaRule();

    private static ModelIndex model(String accounts, String users) {
        return TestModels.product(
                "  - {id: api, kind: service, zone: z, accounts: %s}\n".formatted(accounts),
                "data: []\nflows: []\nusers: %s\n".formatted(users));
    }

    @Test
    void aRemoteAdministratorWithoutMfaIsAWeakness() {
        var hits = rule.check(
                model("[{role: admin, authentication: password, privileged: true, remote: true, mfa: false}]", "[]"));
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.element()).isEqualTo("api");
            assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
            assertThat(h.facts())
                    .containsExactly("components.api.accounts[role=admin].remote=true, privileged=true, mfa=false");
        });
    }

    @Test
    void aRemoteUserWithoutMfaOnAComponentWithPrivilegedAccountsIsAWeakness() {
        var hits = rule.check(model(
                "[{role: admin, authentication: password, privileged: true, remote: false}]",
                "[{id: ops, kind: administrator, uses: [api], remote: true, mfa: false}]"));
        assertThat(hits).singleElement().satisfies(h -> assertThat(h.facts())
                .containsExactly("users.ops.remote=true, mfa=false, uses=api"));
    }

    @Test
    void unstatedMfaOnARemotePrivilegedAccountIsNotEnoughInformation() {
        assertThat(rule.check(model("[{role: admin, authentication: password, privileged: true, remote: true}]", "[]")))
                .singleElement()
                .extracting(Hit::kind)
                .isEqualTo(Hit.Kind.NOT_ENOUGH_INFORMATION);
    }

    @Test
    void aRemoteUserWhoseMfaIsUnstatedIsNotEnoughInformation() {
        assertThat(rule.check(model(
                        "[{role: admin, authentication: password, privileged: true, remote: false}]",
                        "[{id: ops, kind: administrator, uses: [api], remote: true}]")))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.kind()).isEqualTo(Hit.Kind.NOT_ENOUGH_INFORMATION);
                    assertThat(h.facts()).containsExactly("users.ops.remote=true, mfa=(not stated), uses=api");
                });
    }

    @Test
    void remotePrivilegedAccessWithMfaOrLocalAccessIsFine() {
        assertThat(rule.check(model(
                        "[{role: admin, authentication: password, privileged: true, remote: true, mfa: true},"
                                + " {role: local, authentication: password, privileged: true, remote: false}]",
                        "[{id: ops, kind: administrator, uses: [api], remote: true, mfa: true}]")))
                .isEmpty();
    }
}
