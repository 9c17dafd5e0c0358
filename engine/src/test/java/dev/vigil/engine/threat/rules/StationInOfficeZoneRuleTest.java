package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class StationInOfficeZoneRuleTest {

    private final Rule rule = new StationInOfficeZoneRule();

    private static ModelIndex station(String zone, String network) {
        return SiteModels.site(
                """
                - {id: bench, kind: programming-station, zone: %s}
                - {id: licence, kind: external-system, zone: net}
                - {id: mes, kind: mes, zone: prod}
                """
                        .formatted(zone),
                """
                data: [{id: wo, category: configuration, confidentiality: 2, integrity: 4, availability: 4}]
                flows:
                  - {id: f, from: bench, to: %s, data: [wo], network: %s}
                """
                        .formatted(network.equals("internet") ? "licence" : "mes", network));
    }

    @Test
    void aProgrammingStationInOfficeItIsAWeakness() {
        assertThat(rule.check(station("office", "adjacent"))).singleElement().satisfies(h -> {
            assertThat(h.element()).isEqualTo("bench");
            assertThat(h.facts()).containsExactly("components.bench.zone=office (zones.office.type=office-it)");
        });
    }

    @Test
    void aStationReachingTheInternetIsAWeakness() {
        assertThat(rule.check(station("prod", "internet"))).singleElement().satisfies(h -> assertThat(h.facts())
                .containsExactly("flows.f.network=internet"));
    }

    @Test
    void aStationInAProductionZoneTalkingOnlyToTheMesIsFine() {
        assertThat(rule.check(station("prod", "adjacent"))).isEmpty();
    }
}
