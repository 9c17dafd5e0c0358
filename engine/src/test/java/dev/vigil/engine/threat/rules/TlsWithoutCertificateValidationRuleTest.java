package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class TlsWithoutCertificateValidationRuleTest {

    private final Rule rule = new TlsWithoutCertificateValidationRule();

    private static ModelIndex flow(String facts) {
        return TestModels.product(
                "",
                """
                data: []
                flows:
                  - {id: f, from: a, to: b, encryption: tls1.2%s}
                """
                        .formatted(facts));
    }

    @Test
    void tlsWithoutCertificateValidationIsAWeakness() {
        assertThat(rule.check(flow(", network: internet, authentication: server-only, certificateValidation: false")))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
                    assertThat(h.facts()).contains("flows.f.certificateValidation=false");
                });
    }

    @Test
    void tlsWithNoAuthenticationAtAllIsAWeakness() {
        assertThat(rule.check(flow(", network: adjacent, authentication: none, certificateValidation: true")))
                .singleElement()
                .satisfies(h -> assertThat(h.facts()).contains("flows.f.authentication=none"));
    }

    @Test
    void validatedTlsIsFine() {
        assertThat(rule.check(flow(", network: internet, authentication: mutual, certificateValidation: true")))
                .isEmpty();
    }

    @Test
    void unstatedValidationOnTheInternetIsNotEnoughInformationButOnALocalLinkItIsLeftAlone() {
        assertThat(rule.check(flow(", network: internet, authentication: mutual")))
                .singleElement()
                .extracting(Hit::kind)
                .isEqualTo(Hit.Kind.NOT_ENOUGH_INFORMATION);
        assertThat(rule.check(flow(", network: local, authentication: mutual"))).isEmpty();
    }
}
