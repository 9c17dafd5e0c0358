package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

/** Positive and negative cases on small models; the advisory models are in {@link IcsmaAdvisoryModelsTest}. */
class UnauthenticatedRemoteServiceRuleTest {

    private final Rule rule = new UnauthenticatedRemoteServiceRule();

    private static ModelIndex deviceTo(String deviceFunctions, String data, String flowFacts) {
        return TestModels.load(
                """
                vigil: 1
                system: {id: sys, name: System, kind: product}
                zones: [{id: home, type: home-network, trust: low}, {id: cloud, type: cloud, trust: medium}]
                components:
                  - {id: sensor, kind: sensor, zone: home, functions: [%s]}
                  - {id: api, kind: service, zone: cloud}
                data:
                  - {id: reading, category: clinical-measurement, confidentiality: 3, integrity: 3, availability: 3}
                  - {id: settings, category: therapy-setting, confidentiality: 2, integrity: 5, availability: 3}
                flows:
                  - {id: f, from: api, to: sensor, data: [%s]%s}
                """
                        .formatted(deviceFunctions, data, flowFacts));
    }

    @Test
    void aCloudServiceTalkingToADeviceWithoutAuthenticatingIsAWeakness() {
        assertThat(rule.check(deviceTo("monitoring", "reading", ", network: internet, authentication: none")))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.element()).isEqualTo("f");
                    assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
                    assertThat(h.facts()).contains("flows.f.authentication=none", "flows.f.network=internet");
                });
    }

    @Test
    void serverAuthenticationALocalNetworkOrACommandFlowIsNotThisRulesFinding() {
        assertThat(rule.check(deviceTo("monitoring", "reading", ", network: internet, authentication: server-only")))
                .isEmpty();
        assertThat(rule.check(deviceTo("monitoring", "reading", ", network: adjacent, authentication: none")))
                .isEmpty();
        // Steering data and steered devices are unauthenticated-command's.
        assertThat(rule.check(deviceTo("monitoring", "settings", ", network: internet, authentication: none")))
                .isEmpty();
        assertThat(rule.check(deviceTo("alarm", "reading", ", network: internet, authentication: none")))
                .isEmpty();
    }
}
