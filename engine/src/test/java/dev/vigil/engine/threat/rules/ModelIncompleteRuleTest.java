package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModelIncompleteRuleTest {

    private final Rule rule = new ModelIncompleteRule();

    @Test
    void eachIncompleteElementGetsOneNotEnoughInformationHitListingItsGaps() {
        var hits = rule.check(
                TestModels.product(
                        "  - {id: lonely, kind: service, zone: z, owner: manufacturer}\n",
                        """
                data:
                  - {id: used, category: phi, confidentiality: 5, integrity: 3, availability: 2}
                  - {id: orphan, category: log, confidentiality: 1, integrity: 1, availability: 1}
                flows:
                  - {id: f, from: a, to: b, data: []}
                  - {id: g, from: a, to: b, data: [used], network: adjacent}
                """));
        assertThat(hits).allSatisfy(h -> assertThat(h.kind()).isEqualTo(Hit.Kind.NOT_ENOUGH_INFORMATION));
        assertThat(hits).extracting(Hit::element).containsExactly("a", "b", "lonely", "f", "orphan");
        assertThat(hits.get(2).facts()).containsExactly("components.lonely has no flow from or to it");
        assertThat(hits.get(3).facts()).containsExactly("flows.f.network=(not stated)", "flows.f.data=[]");
    }

    @Test
    void aCompleteModelHasNoGaps() {
        assertThat(
                        rule.check(
                                TestModels.load(
                                        """
                vigil: 1
                system: {id: sys, name: System, kind: product}
                zones: [{id: z, type: home-network, trust: low}]
                components:
                  - {id: a, kind: mobile-app, zone: z, owner: patient}
                  - {id: b, kind: device, zone: z, owner: manufacturer, stores: [settings]}
                data: [{id: settings, category: therapy-setting, confidentiality: 2, integrity: 5, availability: 3}]
                flows:
                  - {id: f, from: a, to: b, data: [settings], network: adjacent}
                """)))
                .isEmpty();
    }
}
