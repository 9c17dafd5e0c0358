package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class BuildIntegrityUnprotectedRuleTest {

    private final Rule rule = new BuildIntegrityUnprotectedRule();

    private static ModelIndex build(String hardening, String from, String authentication) {
        return SiteModels.site(
                """
                - {id: ci, kind: build-server, zone: eng%s}
                - {id: laptop, kind: workstation, zone: office}
                - {id: dev, kind: workstation, zone: eng}
                """
                        .formatted(hardening),
                """
                data: [{id: src, category: source-code, confidentiality: 4, integrity: 5, availability: 3}]
                flows:
                  - {id: push, from: %s, to: ci, data: [src], network: adjacent%s}
                """
                        .formatted(from, authentication));
    }

    @Test
    void anUnhardenedBuildServerFedFromOfficeItIsAWeakness() {
        var hits = rule.check(build(
                ", hardening: {secureBoot: false, applicationAllowlist: false}", "laptop", ", authentication: mutual"));
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.element()).isEqualTo("ci");
            assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
            assertThat(h.facts())
                    .contains(
                            "components.ci.hardening.secureBoot=false, applicationAllowlist=false",
                            "flows.push.from=laptop in zone office (type office-it)");
        });
    }

    @Test
    void aFlowIntoTheBuildServerWithoutMutualAuthenticationIsAWeakness() {
        assertThat(rule.check(build("", "dev", ", authentication: server-only")))
                .singleElement()
                .satisfies(h -> assertThat(h.facts()).containsExactly("flows.push.to=ci, authentication=server-only"));
    }

    @Test
    void aHardenedBuildServerFedOverMutualAuthenticationIsFine() {
        assertThat(rule.check(build(", hardening: {secureBoot: true}", "laptop", ", authentication: mutual")))
                .isEmpty();
    }

    @Test
    void unstatedHardeningOfAnExposedBuildServerIsNotEnoughInformation() {
        assertThat(rule.check(build("", "laptop", ", authentication: mutual")))
                .singleElement()
                .extracting(Hit::kind)
                .isEqualTo(Hit.Kind.NOT_ENOUGH_INFORMATION);
    }
}
