package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class DesignDataExposedRuleTest {

    private final Rule rule = new DesignDataExposedRule();

    private static ModelIndex repo(String zone, String from, String stores) {
        return SiteModels.site(
                """
                - {id: repo, kind: source-repo, zone: %s, stores: [%s]}
                - {id: dev, kind: workstation, zone: eng}
                - {id: contractor, kind: external-system, zone: vendor}
                """
                        .formatted(zone, stores),
                """
                data:
                  - {id: src, category: source-code, confidentiality: 4, integrity: 5, availability: 3}
                  - {id: cfg, category: configuration, confidentiality: 2, integrity: 3, availability: 3}
                flows:
                  - {id: push, from: %s, to: repo, data: [src], network: adjacent}
                """
                        .formatted(from));
    }

    @Test
    void sourceCodeStoredInALowTrustZoneIsAWeakness() {
        assertThat(rule.check(repo("office", "dev", "src"))).singleElement().satisfies(h -> {
            assertThat(h.element()).isEqualTo("repo");
            assertThat(h.facts()).contains("components.repo.zone=office (zones.office.trust=low)");
        });
    }

    @Test
    void sourceCodeReachedByAVendorFlowIsAWeakness() {
        assertThat(rule.check(repo("eng", "contractor", "src"))).singleElement().satisfies(h -> assertThat(h.facts())
                .contains("flows.push.from=contractor in zone vendor (type vendor-remote)"));
    }

    @Test
    void sourceCodeInAnEngineeringZoneReachedByDevelopersIsFine() {
        assertThat(rule.check(repo("eng", "dev", "src"))).isEmpty();
    }

    @Test
    void storesWithoutDesignDataAreNotThisRulesConcern() {
        assertThat(rule.check(repo("office", "contractor", "cfg"))).isEmpty();
    }
}
