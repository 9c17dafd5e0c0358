package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class MultiPatientHarmPathRuleTest {

    private final Rule rule = new MultiPatientHarmPathRule();

    private static ModelIndex fleet(String server, String authentication) {
        return TestModels.load(
                """
                vigil: 1
                system: {id: sys, name: System, kind: product}
                zones:
                  - {id: home, type: home-network, trust: low}
                  - {id: cloud, type: cloud, trust: medium}
                components:
                  - {id: app, kind: mobile-app, zone: home, stores: [records]}
                  - {id: server, kind: service, zone: cloud, %s}
                data:
                  - {id: records, category: phi, confidentiality: 5, integrity: 4, availability: 3, quantity: many-patients}
                flows:
                  - {id: upload, from: app, to: server, data: [records], network: internet%s}
                """
                        .formatted(server, authentication));
    }

    @Test
    void aFleetServerReachedFromTheInternetWithoutMutualAuthenticationIsFlaggedMultiPatient() {
        var hits = rule.check(fleet("safety: {multiPatient: true}", ", authentication: server-only"));
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.element()).isEqualTo("server");
            assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
            assertThat(h.explanation()).startsWith("Multi-patient:");
            assertThat(h.facts())
                    .containsExactly(
                            "components.server.safety.multiPatient=true",
                            "flows.upload.network=internet, authentication=server-only");
        });
    }

    @Test
    void aStoreOfManyPatientsDataWithARemoteAdministratorWithoutMfaIsAWeakness() {
        var hits = rule.check(fleet(
                "stores: [records], accounts: [{role: admin, authentication: password, privileged: true, remote: true,"
                        + " mfa: false}]",
                ", authentication: mutual"));
        assertThat(hits).singleElement().satisfies(h -> assertThat(h.facts())
                .contains(
                        "components.server.stores=records (data.records.quantity=many-patients)",
                        "components.server.accounts[role=admin].remote=true, privileged=true, mfa=false"));
    }

    @Test
    void mutualAuthenticationAndMfaAreFineAndThePatientsOwnPhoneIsNotMultiPatient() {
        assertThat(rule.check(fleet(
                        "safety: {multiPatient: true}, accounts: [{role: admin, authentication: password,"
                                + " privileged: true, remote: true, mfa: true}]",
                        ", authentication: mutual")))
                .isEmpty();
    }

    @Test
    void unstatedAuthenticationOfAnInternetFlowIntoAFleetServerIsNotEnoughInformation() {
        assertThat(rule.check(fleet("safety: {multiPatient: true}", "")))
                .singleElement()
                .extracting(Hit::kind)
                .isEqualTo(Hit.Kind.NOT_ENOUGH_INFORMATION);
    }
}
