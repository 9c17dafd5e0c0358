package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MissingSbomRuleTest {

    private final Rule rule = new MissingSbomRule();

    private static ModelIndex component(String facts) {
        return TestModels.product(
                "  - {id: c, kind: device, zone: z, software: {os: Zephyr}%s}\n".formatted(facts),
                "data: []\nflows: []\n");
    }

    @Test
    void manufacturerSoftwareWithoutAnSbomIsAWeakness() {
        assertThat(rule.check(component(", owner: manufacturer")))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.element()).isEqualTo("c");
                    assertThat(h.facts()).contains("components.c.owner=manufacturer", "components.c.sbom=(none)");
                });
    }

    @Test
    void softwareTheHospitalOrThePatientOperatesStillNeedsTheManufacturersSbom() {
        assertThat(rule.check(component(", owner: hdo"))).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
            assertThat(h.facts()).contains("components.c.owner=hdo", "components.c.sbom=(none)");
        });
        assertThat(rule.check(component(", owner: patient")))
                .singleElement()
                .extracting(Hit::kind)
                .isEqualTo(Hit.Kind.WEAKNESS);
    }

    @Test
    void anSbomOrAThirdPartyOperatorIsFine(@TempDir Path dir) throws IOException {
        Path sbom = Files.writeString(
                dir.resolve("c.cdx.json"),
                "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\", \"components\": []}");
        assertThat(rule.check(component(", owner: manufacturer, sbom: \"" + sbom + "\"")))
                .isEmpty();
        assertThat(rule.check(component(", owner: third-party"))).isEmpty();
    }

    @Test
    void anUnstatedOwnerIsNotEnoughInformation() {
        assertThat(rule.check(component("")))
                .singleElement()
                .extracting(Hit::kind)
                .isEqualTo(Hit.Kind.NOT_ENOUGH_INFORMATION);
    }
}
