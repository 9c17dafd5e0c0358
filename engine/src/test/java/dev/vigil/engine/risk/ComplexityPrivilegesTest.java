package dev.vigil.engine.risk;

import static dev.vigil.engine.risk.RiskFixtures.model;
import static dev.vigil.engine.risk.RiskFixtures.score;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.threat.rules.Fact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Attack complexity, privileges required, user interaction and scope, one table per metric. */
class ComplexityPrivilegesTest {

    @ParameterizedTest(name = "flow with [{0}] -> AC:{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "pairing: passkey                                 | high",
                "pairing: numeric-comparison                      | high",
                "pairing: out-of-band                             | high",
                "pairing: just-works                              | low",
                "pairing: none                                    | low",
                "encryption: tls1.3, replayProtection: true       | high",
                "encryption: application, replayProtection: true  | high",
                "encryption: tls1.3, replayProtection: false      | low",
                "encryption: tls1.3                               | low",
                "encryption: none, replayProtection: true         | low",
                "replayProtection: true                           | low",
            })
    void complexityIsHighOnlyWhenTheFlowMustBeBrokenFirst(String facts, String complexity) {
        RiskScore s = score(model("network: adjacent, " + facts, "", ""), "f");
        assertThat(s.exploitability().attackComplexity().value()).isEqualTo(complexity);
        assertThat(s.exploitability().attackComplexity().facts()).isNotEmpty();
    }

    @ParameterizedTest(name = "account authentication {0} -> PR:{1}")
    @CsvSource({
        "none, none",
        "default-password, none",
        "hardcoded, none",
        "password, low",
        "pin, low",
        "biometric, low",
        "certificate, high",
        "token, high",
    })
    void anAccountsAuthenticationSetsPrivileges(String authentication, String privileges) {
        RiskScore s = score(
                model("network: adjacent", "accounts: [{role: r, authentication: " + authentication + "}]", ""), "dev");
        assertThat(s.exploitability().privilegesRequired().value()).isEqualTo(privileges);
        assertThat(s.exploitability().privilegesRequired().facts())
                .containsExactly("components.dev.accounts[role=r].authentication=" + authentication);
    }

    @Test
    void theWeakestAccountDecides() {
        RiskScore s = score(
                model(
                        "network: adjacent",
                        "accounts: [{role: admin, authentication: certificate}, {role: svc, authentication: pin}]",
                        ""),
                "dev");
        assertThat(s.exploitability().privilegesRequired().value()).isEqualTo("low");
        assertThat(s.exploitability().privilegesRequired().reason()).contains("pin");
    }

    @ParameterizedTest(name = "flow authentication [{0}] -> PR:{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "authentication: none        | none",
                "authentication: server-only | none",
                "authentication: client-only | low",
                "authentication: mutual      | high",
                "protocol: ble-gatt          | none",
            })
    void aFlowsAuthenticationSetsPrivileges(String facts, String privileges) {
        RiskScore s = score(model("network: adjacent, " + facts, "", ""), "f");
        assertThat(s.exploitability().privilegesRequired().value()).isEqualTo(privileges);
    }

    @Test
    void aDebugPortHasNoLoginEvenWhenTheComponentHasStrongAccounts() {
        RiskScore s = score(
                model(
                        "network: adjacent",
                        "interfaces: [{id: jt, type: jtag, enabledInField: true}],"
                                + " accounts: [{role: r, authentication: certificate}]",
                        ""),
                "dev",
                new Fact("jt", "components.dev.interfaces.jt", "jtag, enabledInField=true"));
        assertThat(s.exploitability().privilegesRequired().value()).isEqualTo("none");
        assertThat(s.cvssVector()).startsWith("CVSS:3.1/AV:P/AC:L/PR:N/");
    }

    @ParameterizedTest(name = "update [{0}] -> UI:{1}")
    @CsvSource(
            delimiter = '|',
            value = {"authorizedBy: patient | required", "rollbackProtection: true | none"})
    void anUpdateSomeoneMustAuthorizeNeedsUserInteraction(String facts, String interaction) {
        RiskScore s = score(
                model(
                        "network: adjacent",
                        "software: {os: rtos}",
                        "updates:\n  - {id: u, target: dev, path: [f]," + " verifiedOn: device, " + facts + "}\n"),
                "u");
        assertThat(s.exploitability().userInteraction().value()).isEqualTo(interaction);
        assertThat(score(model("network: adjacent", "", ""), "f")
                        .exploitability()
                        .userInteraction()
                        .value())
                .isEqualTo("none");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a flow from low into high trust changes scope         | f   | changed",
                "the same flow's target component does not             | dev | unchanged",
                "an update whose path enters higher trust changes scope | u   | changed",
            })
    void scopeChangesOnlyWhenTheElementEntersAMoreTrustedZone(String behaviour, String element, String scope) {
        RiskScore s = score(
                model(
                        "network: adjacent",
                        "software: {os: rtos}",
                        "updates:\n  - {id: u, target: dev, path: [f], verifiedOn: device}\n"),
                element);
        assertThat(s.exploitability().scope().value()).isEqualTo(scope);
        assertThat(s.cvssVector()).contains(scope.equals("changed") ? "/S:C/" : "/S:U/");
    }

    @Test
    void aFlowTowardsLessTrustKeepsScope() {
        RiskScore s = score(
                model("network: adjacent", "", "  - {id: back, from: dev, to: app, data: [cmd], network: adjacent}\n"),
                "back");
        assertThat(s.exploitability().scope().value()).isEqualTo("unchanged");
    }
}
