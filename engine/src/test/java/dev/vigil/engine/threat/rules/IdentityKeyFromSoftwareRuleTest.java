package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class IdentityKeyFromSoftwareRuleTest {

    private final Rule rule = new IdentityKeyFromSoftwareRule();

    private static ModelIndex step(String keySource, String injects) {
        return SiteModels.site(
                """
                - {id: st, kind: programming-station, zone: prod}
                - {id: hsm, kind: hsm, zone: prod}
                - {id: keyserver, kind: service, zone: prod}
                """,
                """
                data:
                  - {id: idkey, category: crypto-key, confidentiality: 5, integrity: 5, availability: 3}
                  - {id: fw, category: firmware, confidentiality: 2, integrity: 5, availability: 3}
                flows: []
                production:
                  - {id: provision, name: Provision, station: st, injects: [%s], verification: signature%s}
                """
                        .formatted(injects, keySource));
    }

    @Test
    void identityKeysFromASoftwareServiceAreAWeaknessOnTheStep() {
        assertThat(rule.check(step(", keySource: keyserver", "idkey")))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.element()).isEqualTo("provision");
                    assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
                    assertThat(h.facts())
                            .contains("production.provision.keySource=keyserver", "components.keyserver.kind=service");
                });
    }

    @Test
    void identityKeysFromAnHsmAreFine() {
        assertThat(rule.check(step(", keySource: hsm", "idkey"))).isEmpty();
    }

    @Test
    void stepsInjectingNoKeysAreNotThisRulesConcern() {
        assertThat(rule.check(step("", "fw"))).isEmpty();
    }

    @Test
    void anUnstatedKeySourceIsNotEnoughInformation() {
        assertThat(rule.check(step("", "idkey")))
                .singleElement()
                .extracting(Hit::kind)
                .isEqualTo(Hit.Kind.NOT_ENOUGH_INFORMATION);
    }
}
