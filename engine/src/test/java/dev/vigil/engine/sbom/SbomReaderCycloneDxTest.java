package dev.vigil.engine.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SbomReaderCycloneDxTest {
    private final SbomReader reader = SbomReader.withDefaults();
    private final Sbom json = reader.read(Fixtures.sbom("infusion-pump-1.6.cdx.json"));

    @Test
    void metadataNamesFormatVersionSerialSubjectTimeToolsAndAuthors() {
        SbomMetadata m = json.metadata();
        assertThat(m.format()).isEqualTo(SbomFormat.CYCLONEDX_JSON);
        assertThat(m.specVersion()).isEqualTo("1.6");
        assertThat(m.serialNumber()).isEqualTo("urn:uuid:6f1c2e0a-7a52-4a3e-9d38-3f0c7c1e2b11");
        assertThat(m.subjectRef()).isEqualTo("pump-fw");
        assertThat(json.subject().orElseThrow().type()).isEqualTo("firmware");
        assertThat(m.name()).isEqualTo("infusion-pump-firmware");
        assertThat(m.created()).isEqualTo(Instant.parse("2026-11-01T10:15:30Z"));
        assertThat(m.tools()).containsExactly("acme/sbom-builder 2.1.0");
        assertThat(m.authors()).containsExactly("Pump Security Team");
    }

    @Test
    void componentsIncludeTheSubjectAndNestedOnesFlattened() {
        assertThat(json.components())
                .extracting(SbomComponent::name)
                .containsExactly(
                        "infusion-pump-firmware", "openssl", "log4j-core", "log4j-api", "zlib", "unnamed-vendor-blob");
    }

    @Test
    void componentFieldsComeThroughWithCanonicalPurlAndLowerCaseHashes() {
        SbomComponent openssl = json.findComponent("openssl").orElseThrow();
        assertThat(openssl.type()).isEqualTo("library");
        assertThat(openssl.version()).isEqualTo("3.0.13");
        assertThat(openssl.purl()).isEqualTo("pkg:generic/openssl@3.0.13");
        assertThat(openssl.cpe()).isEqualTo("cpe:2.3:a:openssl:openssl:3.0.13:*:*:*:*:*:*:*");
        assertThat(openssl.supplier()).isEqualTo("OpenSSL Software Foundation");
        assertThat(openssl.hashes())
                .containsExactly(
                        new Hash("SHA-256", "88525753f1777573a7bd2b3ad1a0f4b7c9f0b0a67e0e40d3c69d0f0e1fe2c2d5"));
        assertThat(openssl.licenses()).containsExactly("Apache-2.0");
        assertThat(openssl.scope()).isEqualTo("required");

        SbomComponent log4j = json.findComponent("log4j-core").orElseThrow();
        assertThat(log4j.group()).isEqualTo("org.apache.logging.log4j");
        assertThat(log4j.purl()).isEqualTo("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1?type=jar");
        assertThat(log4j.licenses()).containsExactly("Apache-2.0");
        assertThat(json.findComponent("zlib").orElseThrow().author()).isEqualTo("Jean-loup Gailly, Mark Adler");
    }

    @Test
    void fdaSupportFieldsAreReadFromVigilAndFdaPropertySpellings() {
        SbomComponent openssl = json.findComponent("openssl").orElseThrow();
        assertThat(openssl.supportLevel()).isEqualTo("active");
        assertThat(openssl.endOfSupport()).isEqualTo(LocalDate.of(2026, 9, 7));
        SbomComponent log4j = json.findComponent("log4j-core").orElseThrow();
        assertThat(log4j.supportLevel()).isEqualTo("end-of-life");
        assertThat(log4j.endOfSupport()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(json.findComponent("zlib").orElseThrow().supportLevel()).isNull();
    }

    @Test
    void anUnparsablePurlIsAWarningNotAFailure() {
        assertThat(json.findComponent("zlib").orElseThrow().purl()).isNull();
        assertThat(json.warnings())
                .anyMatch(w -> w.contains("zlib") && w.contains("unparsable purl \"this is not a purl\""));
    }

    @Test
    void aComponentWithoutBomRefGetsAGeneratedRefThatNoDocumentUses() {
        SbomComponent blob = json.components().get(5);
        assertThat(blob.name()).isEqualTo("unnamed-vendor-blob");
        assertThat(blob.ref()).startsWith("vigil:component-");
    }

    @Test
    void theDependencyGraphKeepsRefsAndStatedEmptyLists() {
        assertThat(json.dependenciesOf("pump-fw")).containsExactly("openssl", "log4j-core", "zlib");
        assertThat(json.dependenciesOf("log4j-core")).containsExactly("log4j-api");
        assertThat(json.dependencies()).containsEntry("zlib", List.of());
        assertThat(json.dependenciesOf("unknown")).isEmpty();
    }

    @Test
    void xmlGivesTheSameComponentsAndGraphAsJson() {
        Sbom xml = reader.read(Fixtures.sbom("infusion-pump-1.6.cdx.xml"));
        assertThat(xml.metadata().format()).isEqualTo(SbomFormat.CYCLONEDX_XML);
        assertThat(xml.metadata().specVersion()).isEqualTo("1.6");
        assertThat(xml.metadata().created()).isEqualTo(json.metadata().created());
        assertThat(xml.metadata().authors()).isEqualTo(json.metadata().authors());
        assertThat(xml.metadata().subjectRef()).isEqualTo("pump-fw");
        assertThat(xml.components()).isEqualTo(json.components());
        assertThat(xml.dependencies()).isEqualTo(json.dependencies());
    }

    @Test
    void streamingWithoutValidationGivesTheSameSbomAsTheValidatedTree() {
        Sbom streamed = reader.withoutSchemaValidation().read(Fixtures.sbom("infusion-pump-1.6.cdx.json"));
        assertThat(streamed.metadata()).isEqualTo(json.metadata());
        assertThat(streamed.components()).isEqualTo(json.components());
        assertThat(streamed.dependencies()).isEqualTo(json.dependencies());
        assertThat(streamed.warnings()).anyMatch(w -> w.startsWith("not schema-validated"));
    }

    @Test
    void cycloneDxOneDotTwoAndOneDotSevenImportInBothEncodings() {
        assertThat(reader.read(Fixtures.sbom("valid-bom-1.2.json")).metadata().specVersion())
                .isEqualTo("1.2");
        assertThat(reader.read(Fixtures.sbom("valid-bom-1.4.xml")).components()).isNotEmpty();
        Sbom json17 = reader.read(Fixtures.sbom("valid-bom-1.7.json"));
        Sbom xml17 = reader.read(Fixtures.sbom("valid-bom-1.7.xml"));
        assertThat(json17.metadata().specVersion()).isEqualTo("1.7");
        assertThat(xml17.metadata().specVersion()).isEqualTo("1.7");
        assertThat(xml17.components())
                .extracting(SbomComponent::purl)
                .isEqualTo(json17.components().stream().map(SbomComponent::purl).toList());
    }

    @Test
    void schemaViolationsRejectWithTheJsonPointerOrXmlLine() {
        assertThatThrownBy(() -> reader.read(Fixtures.sbom("invalid-hash-alg-1.6.json")))
                .isInstanceOf(SbomException.class)
                .hasMessageContaining("invalid-hash-alg-1.6.json: not valid CycloneDX 1.6: /components/0/hashes/0/alg");
        assertThatThrownBy(() -> reader.read(Fixtures.sbom("invalid-scope-1.6.xml")))
                .isInstanceOf(SbomException.class)
                .hasMessageContaining("not valid CycloneDX 1.6 XML: line ");
    }

    @Test
    void lenientReadingImportsASchemaInvalidDocumentAndListsTheViolations() {
        Sbom sbom = reader.lenient().read(Fixtures.sbom("invalid-hash-alg-1.6.json"));
        assertThat(sbom.components()).isNotEmpty();
        assertThat(sbom.warnings()).anyMatch(w -> w.startsWith("schema: /components/0/hashes/0/alg"));
    }
}
