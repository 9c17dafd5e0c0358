package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class UnguardedZoneCrossingRuleTest {

    private final Rule rule = new UnguardedZoneCrossingRule();

    private static ModelIndex crossing(String conduits) {
        return TestModels.load(
                """
                vigil: 1
                system: {id: sys, name: System, kind: product}
                zones:
                  - {id: home, type: home-network, trust: low}
                  - {id: internet, type: internet, trust: untrusted}
                  - {id: cloud, type: cloud, trust: medium}
                  - {id: cloud-2, type: cloud, trust: medium}
                %s
                components:
                  - {id: app, kind: mobile-app, zone: home}
                  - {id: api, kind: service, zone: cloud}
                  - {id: db, kind: database, zone: cloud-2}
                data: []
                flows:
                  - {id: f, from: app, to: api}
                  - {id: same-trust, from: api, to: db}
                """
                        .formatted(conduits));
    }

    @Test
    void aCrossingWithNoConduitIsAWeaknessOnTheFlow() {
        assertThat(rule.check(crossing(""))).singleElement().satisfies(h -> {
            assertThat(h.element()).isEqualTo("f");
            assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
            assertThat(h.facts()).contains("conduits between home and cloud=(none)");
        });
    }

    @Test
    void aConduitWithoutGuardsIsAWeakness() {
        assertThat(rule.check(crossing("conduits: [{id: open, between: [home, cloud], guards: []}]")))
                .singleElement()
                .satisfies(h -> assertThat(h.facts()).contains("conduits.open.guards=[]"));
    }

    @Test
    void aRouteOfGuardedConduitsThroughTheInternetIsFine() {
        assertThat(
                        rule.check(
                                crossing(
                                        """
                conduits:
                  - {id: home-edge, between: [home, internet], guards: [firewall]}
                  - {id: cloud-edge, between: [internet, cloud], guards: [api-gateway]}
                """)))
                .isEmpty();
    }

    @Test
    void aRouteWithAnUnguardedHopIsNotGuarded() {
        assertThat(
                        rule.check(
                                crossing(
                                        """
                conduits:
                  - {id: home-edge, between: [home, internet], guards: []}
                  - {id: cloud-edge, between: [internet, cloud], guards: [api-gateway]}
                """)))
                .extracting(Hit::element)
                .containsExactly("f");
    }
}
