package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class SensitiveDataUnencryptedAtRestRuleTest {

    private final Rule rule = new SensitiveDataUnencryptedAtRestRule();

    private static ModelIndex store(String data, String encryption) {
        return TestModels.product(
                "  - {id: db, kind: database, zone: z, stores: [%s]%s}\n".formatted(data, encryption),
                """
                data:
                  - {id: records, category: phi, confidentiality: 5, integrity: 4, availability: 3}
                  - {id: readings, category: clinical-measurement, confidentiality: 3, integrity: 4, availability: 3}
                flows: []
                """);
    }

    @Test
    void patientRecordsStoredUnencryptedAreAWeakness() {
        assertThat(rule.check(store("records", ", encryptedAtRest: false")))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.element()).isEqualTo("db");
                    assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
                    assertThat(h.facts())
                            .containsExactly("components.db.stores=[records]", "components.db.encryptedAtRest=false");
                });
    }

    @Test
    void encryptedPatientRecordsAreFine() {
        assertThat(rule.check(store("records", ", encryptedAtRest: true"))).isEmpty();
    }

    @Test
    void lessSensitiveCategoriesAreNotThisRulesConcern() {
        assertThat(rule.check(store("readings", ", encryptedAtRest: false"))).isEmpty();
    }

    @Test
    void unstatedEncryptionAtRestIsNotEnoughInformation() {
        assertThat(rule.check(store("records", "")))
                .singleElement()
                .extracting(Hit::kind)
                .isEqualTo(Hit.Kind.NOT_ENOUGH_INFORMATION);
    }
}
