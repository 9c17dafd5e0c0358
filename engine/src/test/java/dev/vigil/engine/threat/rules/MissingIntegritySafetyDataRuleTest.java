package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class MissingIntegritySafetyDataRuleTest {

    private final Rule rule = new MissingIntegritySafetyDataRule();

    private static ModelIndex flow(String data, String integrity) {
        return TestModels.product(
                "",
                """
                data:
                  - {id: alarm, category: alarm, confidentiality: 1, integrity: 5, availability: 5}
                  - {id: fw, category: firmware, confidentiality: 1, integrity: 5, availability: 3}
                  - {id: log, category: log, confidentiality: 1, integrity: 2, availability: 1}
                flows:
                  - {id: f, from: b, to: a, data: [%s]%s}
                """
                        .formatted(data, integrity));
    }

    @Test
    void alarmsProtectedOnlyByAChecksumAreAWeakness() {
        assertThat(rule.check(flow("alarm", ", integrity: checksum")))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
                    assertThat(h.facts()).contains("flows.f.integrity=checksum", "flows.f.data=[alarm]");
                });
    }

    @Test
    void firmwareWithoutIntegrityIsAWeakness() {
        assertThat(rule.check(flow("fw", ", integrity: none"))).hasSize(1);
    }

    @Test
    void aMacOrSignatureIsFine() {
        assertThat(rule.check(flow("alarm", ", integrity: mac"))).isEmpty();
        assertThat(rule.check(flow("fw", ", integrity: signature"))).isEmpty();
    }

    @Test
    void logsAreNotSafetyRelevant() {
        assertThat(rule.check(flow("log", ", integrity: none"))).isEmpty();
    }

    @Test
    void unstatedIntegrityOfSafetyDataIsNotEnoughInformation() {
        assertThat(rule.check(flow("alarm", "")))
                .singleElement()
                .extracting(Hit::kind)
                .isEqualTo(Hit.Kind.NOT_ENOUGH_INFORMATION);
    }
}
