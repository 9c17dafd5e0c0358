package dev.vigil.engine.threat;

import static org.assertj.core.api.Assertions.assertThat;

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
}
