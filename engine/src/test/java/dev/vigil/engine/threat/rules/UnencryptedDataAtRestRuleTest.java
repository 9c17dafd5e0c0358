package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class UnencryptedDataAtRestRuleTest {

    private final Rule rule = new UnencryptedDataAtRestRule();

    private static ModelIndex stored(String environments, String encrypted) {
        return TestModels.load(
                """
                vigil: 1
                system: {id: sys, name: System, kind: product, environments: [%s]}
                zones:
                  - {id: home, type: home-network, trust: low}
                  - {id: cloud, type: cloud, trust: medium}
                components:
                  - {id: monitor, kind: device, zone: home, stores: [phi]%s}
                  - {id: db, kind: database, zone: cloud, stores: [phi], encryptedAtRest: false}
                data:
                  - {id: phi, category: phi, confidentiality: 5, integrity: 3, availability: 2}
                flows: []
                """
                        .formatted(environments, encrypted));
    }

    @Test
    void patientDataInClearOnAHomeUnitIsAWeaknessButTheCloudDatabaseIsNotThisRulesConcern() {
        assertThat(rule.check(stored("home", ", encryptedAtRest: false")))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.element()).isEqualTo("monitor");
                    assertThat(h.facts())
                            .contains("components.monitor.encryptedAtRest=false", "system.environments=[home]");
                });
    }

    @Test
    void encryptedStorageOrAHospitalOnlyProductIsFine() {
        assertThat(rule.check(stored("home", ", encryptedAtRest: true"))).isEmpty();
        assertThat(rule.check(stored("hospital", ", encryptedAtRest: false"))).isEmpty();
    }

    @Test
    void unstatedEncryptionIsNotEnoughInformation() {
        assertThat(rule.check(stored("public", "")))
                .singleElement()
                .extracting(Hit::kind)
                .isEqualTo(Hit.Kind.NOT_ENOUGH_INFORMATION);
    }
}
