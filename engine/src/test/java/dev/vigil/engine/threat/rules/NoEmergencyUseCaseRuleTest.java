package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class NoEmergencyUseCaseRuleTest {

    private final Rule rule = new NoEmergencyUseCaseRule();

    private static ModelIndex model(String carriers, String safety, String state) {
        return TestModels.load(
                """
                vigil: 1
                system:
                  id: sys
                  name: System
                  kind: product
                  essentialFunctions: [{id: delivery, name: Delivery, hazards: []}]
                zones: [{id: z, type: home-network, trust: low}]
                components:
                  - {id: app, kind: mobile-app, zone: z}
                  - {id: pump, kind: device, zone: z, essentialFunctions: [%s]%s}
                data: [{id: cmd, category: therapy-command, confidentiality: 2, integrity: 5, availability: 4}]
                flows:
                  - {id: f, from: app, to: pump, data: [cmd], network: adjacent}
                useCases:
                  - {id: u, name: Use, flows: [f], state: %s}
                """
                        .formatted(carriers, safety, state));
    }

    @Test
    void anEssentialFunctionWithNoEmergencyUseCaseAndNoFailSafeIsAWeakness() {
        assertThat(rule.check(model("delivery", "", "therapy"))).singleElement().satisfies(h -> {
            assertThat(h.element()).isEqualTo("delivery");
            assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
            assertThat(h.facts()).contains("system.essentialFunctions.delivery carried by [pump]");
        });
    }

    @Test
    void aDegradedUseCaseInvolvingACarrierIsFine() {
        assertThat(rule.check(model("delivery", "", "degraded"))).isEmpty();
    }

    @Test
    void aStatedFailSafeOnACarrierIsFine() {
        assertThat(rule.check(model("delivery", ", safety: {failSafe: stops and alarms}", "therapy")))
                .isEmpty();
    }

    @Test
    void anEssentialFunctionNoComponentCarriesIsNotEnoughInformation() {
        assertThat(rule.check(model("", "", "therapy")))
                .singleElement()
                .extracting(Hit::kind)
                .isEqualTo(Hit.Kind.NOT_ENOUGH_INFORMATION);
    }
}
