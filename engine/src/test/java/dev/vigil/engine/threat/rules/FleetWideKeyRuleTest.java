package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class FleetWideKeyRuleTest {

    private final Rule rule = new FleetWideKeyRule();

    private static ModelIndex secret(String where, String perDevice) {
        return TestModels.product(
                "  - {id: srv, kind: service, zone: z}\n",
                "data: []\nflows: []\nsecrets: [{id: k, type: password, storedIn: %s, protection: tpm%s}]\n"
                        .formatted(where, perDevice));
    }

    @Test
    void aPasswordSharedByEveryDeviceIsAWeakness() {
        assertThat(rule.check(secret("b", ", perDevice: false")))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
                    assertThat(h.facts()).contains("secrets.k.perDevice=false");
                });
    }

    @Test
    void perDeviceSecretsAndOneOfAKindServerSecretsAreFine() {
        assertThat(rule.check(secret("b", ", perDevice: true"))).isEmpty();
        assertThat(rule.check(secret("srv", ", perDevice: false"))).isEmpty();
    }

    @Test
    void unstatedPerDeviceOnAShippedUnitIsNotEnoughInformation() {
        assertThat(rule.check(secret("a", "")))
                .singleElement()
                .extracting(Hit::kind)
                .isEqualTo(Hit.Kind.NOT_ENOUGH_INFORMATION);
    }
}
