package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class UnauthenticatedCommandRuleTest {

    private final Rule rule = new UnauthenticatedCommandRule();

    private static ModelIndex command(String auth) {
        return TestModels.product(
                "",
                """
                data:
                  - {id: bolus, category: therapy-command, confidentiality: 2, integrity: 5, availability: 4}
                  - {id: log, category: log, confidentiality: 1, integrity: 2, availability: 1}
                flows:
                  - {id: f, from: a, to: b, data: [bolus]%s}
                  - {id: g, from: b, to: a, data: [log], authentication: none}
                """
                        .formatted(auth));
    }

    @Test
    void aBolusCommandWithServerOnlyAuthenticationIsAWeakness() {
        assertThat(rule.check(command(", authentication: server-only")))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.element()).isEqualTo("f");
                    assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
                    assertThat(h.facts()).contains("flows.f.authentication=server-only", "flows.f.data=[bolus]");
                });
    }

    @Test
    void mutualAuthenticationIsFineAndLogsToAPlainAppAreNotCommands() {
        assertThat(rule.check(command(", authentication: mutual"))).isEmpty();
    }

    @Test
    void unstatedAuthenticationOfACommandIsNotEnoughInformation() {
        assertThat(rule.check(command("")))
                .singleElement()
                .extracting(Hit::kind)
                .isEqualTo(Hit.Kind.NOT_ENOUGH_INFORMATION);
    }

    @Test
    void anyFlowIntoATherapyDeliveringComponentNeedsMutualAuthentication() {
        var model = TestModels.product(
                "  - {id: pump, kind: device, zone: z, functions: [therapy-delivery]}\n",
                """
                data:
                  - {id: log, category: log, confidentiality: 1, integrity: 2, availability: 1}
                flows:
                  - {id: f, from: a, to: pump, data: [log], authentication: none}
                """);
        assertThat(rule.check(model)).singleElement().satisfies(h -> assertThat(h.facts())
                .contains("components.pump.functions=[therapy-delivery]"));
    }

    /**
     * A relay app carrying firmware to a pump: server-only TLS with certificate validation, the firmware
     * signed and verified on the pump (the glucoflow pattern, issue 10 item 4).
     */
    private static ModelIndex firmwareDelivery(String flowFacts, String updateFacts) {
        return TestModels.load(
                """
                vigil: 1
                system: {id: sys, name: System, kind: product}
                zones: [{id: z, type: home-network, trust: low}, {id: c, type: cloud, trust: medium}]
                components:
                  - {id: dist, kind: update-server, zone: c}
                  - {id: app, kind: mobile-app, zone: z, functions: [configuration]}
                  - {id: pump, kind: device, zone: z, functions: [therapy-delivery]}
                  - {id: vault, kind: hsm, zone: c}
                data: [{id: fw, category: firmware, confidentiality: 1, integrity: 5, availability: 3}]
                flows:
                  - {id: dl, from: dist, to: app, data: [fw], network: internet%s}
                  - {id: install, from: app, to: pump, data: [fw], network: adjacent, authentication: mutual}
                secrets: [{id: key, type: code-signing, storedIn: vault, protection: hsm}]
                updates:
                  - {id: u, target: pump, path: [dl, install]%s}
                """
                        .formatted(flowFacts, updateFacts));
    }

    private static final String SERVER_TLS =
            ", encryption: tls1.3, authentication: server-only, certificateValidation: true";

    @Test
    void firmwareSignedAndVerifiedOnTheDeviceOverServerAuthenticatedTlsIsNotAnUnauthenticatedCommand() {
        assertThat(rule.check(firmwareDelivery(SERVER_TLS, ", signedWith: key, verifiedOn: device")))
                .isEmpty();
    }

    @Test
    void theSameDeliveryWithoutDeviceVerificationOrCertificateValidationIsStillAWeakness() {
        assertThat(rule.check(firmwareDelivery(SERVER_TLS, ", signedWith: key, verifiedOn: app")))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.element()).isEqualTo("dl");
                    assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
                });
        assertThat(rule.check(firmwareDelivery(
                        ", encryption: tls1.3, authentication: server-only", ", signedWith: key, verifiedOn: device")))
                .singleElement()
                .extracting(Hit::element)
                .isEqualTo("dl");
        assertThat(rule.check(firmwareDelivery(
                        ", encryption: none, authentication: none", ", signedWith: key, verifiedOn: device")))
                .singleElement()
                .extracting(Hit::element)
                .isEqualTo("dl");
    }
}
