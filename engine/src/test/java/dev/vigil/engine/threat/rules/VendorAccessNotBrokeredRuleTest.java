package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class VendorAccessNotBrokeredRuleTest {

    private final Rule rule = new VendorAccessNotBrokeredRule();

    private static ModelIndex access(String conduits, String users) {
        return SiteModels.site(
                """
                - {id: laptop, kind: external-system, zone: vendor}
                - {id: jump, kind: jump-host, zone: eng}
                - {id: plc, kind: plc, zone: prod}
                """,
                """
                data: [{id: prog, category: configuration, confidentiality: 3, integrity: 5, availability: 4}]
                conduits: %s
                flows:
                  - {id: session, from: laptop, to: jump, data: [prog], network: internet}
                users: %s
                """
                        .formatted(conduits, users));
    }

    @Test
    void aVendorConduitWithoutMfaIsAWeaknessOnTheConduit() {
        var hits = rule.check(access("[{id: vpn, between: [vendor, eng], guards: [vpn, jump-host]}]", "[]"));
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.element()).isEqualTo("vpn");
            assertThat(h.facts())
                    .containsExactly("conduits.vpn.guards=[vpn, jump-host] (lacks [mfa]), used by flows.session");
        });
    }

    @Test
    void aVendorFlowWithNoConduitAtAllIsAWeaknessOnTheFlow() {
        assertThat(rule.check(access("[]", "[]")))
                .singleElement()
                .extracting(Hit::element)
                .isEqualTo("session");
    }

    @Test
    void aVendorUserWithoutMfaReachingTheLineIsAWeaknessOnTheUser() {
        var hits = rule.check(access(
                "[{id: vpn, between: [vendor, eng], guards: [jump-host, mfa]}]",
                "[{id: acme, kind: vendor, uses: [jump, plc], remote: true, mfa: false}]"));
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.element()).isEqualTo("acme");
            assertThat(h.facts()).contains("users.acme.mfa=false");
        });
    }

    @Test
    void brokeredMultiFactorVendorAccessIsFine() {
        assertThat(rule.check(access(
                        "[{id: vpn, between: [vendor, eng], guards: [vpn, jump-host, mfa]}]",
                        "[{id: acme, kind: vendor, uses: [jump, plc], remote: true, mfa: true}]")))
                .isEmpty();
    }

    @Test
    void unstatedMfaOfABrokeredVendorIsNotEnoughInformation() {
        assertThat(rule.check(access(
                        "[{id: vpn, between: [vendor, eng], guards: [jump-host, mfa]}]",
                        "[{id: acme, kind: vendor, uses: [jump, plc], remote: true}]")))
                .singleElement()
                .extracting(Hit::kind)
                .isEqualTo(Hit.Kind.NOT_ENOUGH_INFORMATION);
    }
}
