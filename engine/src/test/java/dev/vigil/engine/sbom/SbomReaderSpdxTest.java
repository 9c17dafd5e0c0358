package dev.vigil.engine.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SbomReaderSpdxTest {
    private final SbomReader reader = SbomReader.withDefaults();

    @ParameterizedTest
    @ValueSource(strings = {"infusion-pump-2.3.spdx.json", "infusion-pump-2.3.spdx"})
    void packagesBecomeComponentsWithPurlCpeSupplierHashesAndLicenses(String fixture) {
        Sbom sbom = reader.read(Fixtures.sbom(fixture));
        assertThat(sbom.components())
                .extracting(SbomComponent::name)
                .containsExactlyInAnyOrder("infusion-pump-firmware", "openssl", "log4j-core", "log4j-api");
        SbomComponent openssl = sbom.findComponent("SPDXRef-openssl").orElseThrow();
        assertThat(openssl.version()).isEqualTo("3.0.13");
        assertThat(openssl.purl()).isEqualTo("pkg:generic/openssl@3.0.13");
        assertThat(openssl.cpe()).isEqualTo("cpe:2.3:a:openssl:openssl:3.0.13:*:*:*:*:*:*:*");
        assertThat(openssl.supplier()).isEqualTo("OpenSSL Software Foundation");
        assertThat(openssl.author()).isEqualTo("Example Maintainer");
        assertThat(openssl.hashes())
                .containsExactly(
                        new Hash("SHA-256", "88525753f1777573a7bd2b3ad1a0f4b7c9f0b0a67e0e40d3c69d0f0e1fe2c2d5"));
        assertThat(openssl.licenses()).containsExactly("Apache-2.0");
        assertThat(sbom.findComponent("SPDXRef-log4j-core").orElseThrow().supplier())
                .as("NOASSERTION is no supplier")
                .isNull();
        assertThat(sbom.findComponent("SPDXRef-firmware").orElseThrow().type()).isEqualTo("firmware");
    }

    @ParameterizedTest
    @ValueSource(strings = {"infusion-pump-2.3.spdx.json", "infusion-pump-2.3.spdx"})
    void fdaFieldsComeFromValidUntilDateAndAnnotations(String fixture) {
        Sbom sbom = reader.read(Fixtures.sbom(fixture));
        SbomComponent openssl = sbom.findComponent("SPDXRef-openssl").orElseThrow();
        assertThat(openssl.supportLevel()).isEqualTo("active");
        assertThat(openssl.endOfSupport()).isEqualTo(LocalDate.of(2026, 9, 7));
        SbomComponent log4j = sbom.findComponent("SPDXRef-log4j-core").orElseThrow();
        assertThat(log4j.supportLevel()).isEqualTo("end-of-life");
        assertThat(log4j.endOfSupport()).isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @ParameterizedTest
    @ValueSource(strings = {"infusion-pump-2.3.spdx.json", "infusion-pump-2.3.spdx"})
    void relationshipsMakeTheGraphInBothDirectionsAndDescribesNamesTheSubject(String fixture) {
        Sbom sbom = reader.read(Fixtures.sbom(fixture));
        assertThat(sbom.metadata().subjectRef()).isEqualTo("SPDXRef-firmware");
        assertThat(sbom.dependenciesOf("SPDXRef-firmware"))
                .containsExactlyInAnyOrder("SPDXRef-openssl", "SPDXRef-log4j-core");
        assertThat(sbom.dependenciesOf("SPDXRef-log4j-core")).containsExactly("SPDXRef-log4j-api");
    }

    @ParameterizedTest
    @ValueSource(strings = {"infusion-pump-2.3.spdx.json", "infusion-pump-2.3.spdx"})
    void creatorsSplitIntoAuthorsAndTools(String fixture) {
        SbomMetadata m = reader.read(Fixtures.sbom(fixture)).metadata();
        assertThat(m.specVersion()).isEqualTo("2.3");
        assertThat(m.name()).isEqualTo("infusion-pump-firmware-4.2.0");
        assertThat(m.serialNumber()).isEqualTo("https://pump.example/spdx/infusion-pump-firmware-4.2.0");
        assertThat(m.created()).isEqualTo(Instant.parse("2026-11-01T10:15:30Z"));
        assertThat(m.authors()).containsExactly("Example Medical");
        assertThat(m.tools()).containsExactly("sbom-builder-2.1.0");
    }

    @Test
    void jsonAndTagValueOfOneDocumentGiveTheSameComponents() {
        Sbom json = reader.read(Fixtures.sbom("infusion-pump-2.3.spdx.json"));
        Sbom tagValue = reader.read(Fixtures.sbom("infusion-pump-2.3.spdx"));
        assertThat(tagValue.metadata().format()).isEqualTo(SbomFormat.SPDX_TAG_VALUE);
        assertThat(json.metadata().format()).isEqualTo(SbomFormat.SPDX_JSON);
        assertThat(tagValue.components()).containsExactlyInAnyOrderElementsOf(json.components());
    }

    @Test
    void toolGeneratedSpdxTwoDotTwoTagValueAndTwoDotThreeJsonImport() {
        Sbom tagValue = reader.read(Fixtures.sbom("spdx-examples-example1-2.2.spdx"));
        assertThat(tagValue.metadata().specVersion()).isEqualTo("2.2");
        assertThat(tagValue.components()).isNotEmpty();
        Sbom json = reader.read(Fixtures.sbom("spdx-examples-03-SBOMwDependency-2.3.spdx.json"));
        assertThat(json.components()).hasSizeGreaterThan(1);
        assertThat(json.dependencies()).isNotEmpty();
    }
}
