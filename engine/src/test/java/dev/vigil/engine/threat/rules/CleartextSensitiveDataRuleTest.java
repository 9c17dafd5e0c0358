package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class CleartextSensitiveDataRuleTest {

    private final Rule rule = new CleartextSensitiveDataRule();

    private static ModelIndex flowWith(String data, String encryption) {
        return TestModels.product(
                "",
                """
                data:
                  - {id: phi, category: phi, confidentiality: 5, integrity: 3, availability: 2}
                  - {id: log, category: log, confidentiality: 1, integrity: 2, availability: 1}
                flows:
                  - {id: f, from: a, to: b, data: [%s], network: adjacent%s}
                """
                        .formatted(data, encryption));
    }

    @Test
    void patientDataSentWithoutEncryptionIsAWeaknessNamingTheFacts() {
        var hits = rule.check(flowWith("phi", ", encryption: none"));
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.element()).isEqualTo("f");
            assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
            assertThat(h.facts()).contains("flows.f.encryption=none", "flows.f.data=[phi]");
        });
    }

    @Test
    void encryptedPatientDataIsFine() {
        assertThat(rule.check(flowWith("phi", ", encryption: tls1.3"))).isEmpty();
    }

    @Test
    void lowSensitivityDataInClearIsNotThisRulesConcern() {
        assertThat(rule.check(flowWith("log", ", encryption: none"))).isEmpty();
    }

    @Test
    void unstatedEncryptionOfSensitiveDataIsNotEnoughInformation() {
        assertThat(rule.check(flowWith("phi", "")))
                .singleElement()
                .extracting(Hit::kind)
                .isEqualTo(Hit.Kind.NOT_ENOUGH_INFORMATION);
    }
}
