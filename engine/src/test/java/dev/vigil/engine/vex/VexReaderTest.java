package dev.vigil.engine.vex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VexReaderTest {

    @Test
    void cycloneDxNotAffectedKeepsItsOwnJustificationBesideTheCisaOne() throws VexException {
        VexDocument doc = Fixtures.read("cyclonedx-cisa-case1-not-affected.json");

        assertThat(doc.format()).isEqualTo(VexFormat.CYCLONEDX);
        assertThat(doc.timestamp()).contains(Instant.parse("2022-03-03T00:00:00Z"));
        VexStatement s = doc.statements().get(0);
        assertThat(s.vulnerabilityId()).isEqualTo("CVE-2021-44228");
        assertThat(s.status()).isEqualTo(VexStatus.NOT_AFFECTED);
        assertThat(s.justification())
                .contains(new Justification(
                        Optional.of(VexJustification.VULNERABLE_CODE_NOT_PRESENT), "code_not_present"));
        // The metadata component "product-ABC" resolves to its name and version.
        assertThat(s.products()).containsExactly(ComponentRef.Named.of("ABC", "4.2"));
        assertThat(s.impactStatement().orElseThrow()).contains("Class with vulnerable code was removed");
        assertThat(s.source().pointer()).isEqualTo("/vulnerabilities/0");
    }

    @Test
    void cycloneDxAffectsVersionsNarrowAnExternalProductToThoseVersions() throws VexException {
        VexStatement exploitable =
                Fixtures.read("cyclonedx-cisa-case8.json").statements().get(0);

        assertThat(exploitable.status()).isEqualTo(VexStatus.AFFECTED);
        assertThat(exploitable.products())
                .containsExactly(
                        ComponentRef.Named.of("product-ABC", "2.4"),
                        ComponentRef.Named.of("product-ABC", "2.6"),
                        new ComponentRef.NamedRange("product-ABC", "vers:generic/>=2.9|<=4.1"),
                        new ComponentRef.NamedRange("product-JKL", "vers:generic/>=4.5|<=5.0"));
        assertThat(exploitable.actionStatement()).contains("response: will_not_fix, update");
    }

    @Test
    void cycloneDxStatesMapOntoTheFourStatuses() throws VexException {
        String template =
                """
                {"bomFormat":"CycloneDX","specVersion":"1.6","vulnerabilities":[
                 {"id":"CVE-1","analysis":{"state":"%s"},"affects":[{"ref":"pkg:npm/a@1"}]}]}""";
        assertThat(status(template, "exploitable")).isEqualTo(VexStatus.AFFECTED);
        assertThat(status(template, "in_triage")).isEqualTo(VexStatus.UNDER_INVESTIGATION);
        assertThat(status(template, "resolved")).isEqualTo(VexStatus.FIXED);
        assertThat(status(template, "resolved_with_pedigree")).isEqualTo(VexStatus.FIXED);
        assertThat(status(template, "false_positive")).isEqualTo(VexStatus.NOT_AFFECTED);
        assertThatThrownBy(() -> status(template, "maybe"))
                .hasMessage("inline.json: /vulnerabilities/0/analysis/state: unknown analysis state 'maybe';"
                        + " expected not_affected, exploitable, in_triage, resolved, resolved_with_pedigree or"
                        + " false_positive");
    }

    private static VexStatus status(String template, String state) throws VexException {
        return Fixtures.parse(template.formatted(state)).statements().get(0).status();
    }

    @Test
    void cycloneDxVulnerabilityWithoutAnalysisIsNoStatement() throws VexException {
        VexDocument doc = Fixtures.parse(
                """
                {"bomFormat":"CycloneDX","specVersion":"1.6","vulnerabilities":[{"id":"CVE-1"}]}""");
        assertThat(doc.statements()).isEmpty();
    }

    @Test
    void cycloneDxRequiresJustificationMappingForEveryDocumentedValue() {
        assertThat(VexJustification.fromCycloneDx("requires_environment"))
                .contains(VexJustification.VULNERABLE_CODE_NOT_IN_EXECUTE_PATH);
        assertThat(VexJustification.fromCycloneDx("protected_at_perimeter"))
                .contains(VexJustification.INLINE_MITIGATIONS_ALREADY_EXIST);
        assertThat(VexJustification.fromCycloneDx("code_not_reachable"))
                .contains(VexJustification.VULNERABLE_CODE_NOT_IN_EXECUTE_PATH);
        assertThat(VexJustification.fromCycloneDx("made_up")).isEmpty();
    }

    @Test
    void openVexReadsAliasesSubcomponentsTimestampsAndIdentifiers() throws VexException {
        VexDocument doc = Fixtures.read("openvex-wolfi.json");

        assertThat(doc.format()).isEqualTo(VexFormat.OPENVEX);
        assertThat(doc.id()).contains("https://openvex.dev/docs/example/vex-9fb3463de1b57");
        assertThat(doc.author()).contains("Wolfi J Inkinson");
        VexStatement first = doc.statements().get(0);
        assertThat(first.aliases()).containsExactly("GHSA-abcd-1234-wxyz");
        assertThat(first.products())
                .containsExactly(ComponentRef.Purl.parse("pkg:apk/wolfi/git@2.39.0-r1?arch=x86_64"));
        assertThat(first.subjects()).containsExactly(ComponentRef.Purl.parse("pkg:apk/wolfi/openssl"));
        assertThat(first.justification())
                .contains(Justification.of(VexJustification.VULNERABLE_CODE_NOT_IN_EXECUTE_PATH));
        // The statement has no timestamp of its own: the document's, with its offset, applies.
        assertThat(first.timestamp()).contains(Instant.parse("2023-01-09T00:02:03.647787998Z"));
        assertThat(doc.statements().get(2).products())
                .containsExactly(
                        ComponentRef.Purl.parse("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"),
                        new ComponentRef.Cpe("cpe:2.3:a:acme:pump:2.1:*:*:*:*:*:*:*"));
    }

    @Test
    void csafGivesOneStatementPerProductWithItsFlagAndImpact() throws VexException {
        VexDocument doc = Fixtures.read("csaf-sec-vex-2022-0001.json");

        assertThat(doc.format()).isEqualTo(VexFormat.CSAF);
        assertThat(doc.id()).contains("SEC-VEX-2022-0001");
        assertThat(doc.statements()).hasSize(3);
        VexStatement s = doc.statements().get(0);
        assertThat(s.products()).containsExactly(new ComponentRef.NamedRange("Secvisogram", "<=1.14.0"));
        assertThat(s.justification()).contains(Justification.of(VexJustification.COMPONENT_NOT_PRESENT));
        assertThat(s.impactStatement()).contains("Secvisogram is written in JavaScript. No Java is included.");
        assertThat(s.timestamp()).contains(Instant.parse("2022-05-27T10:00:00Z"));
        assertThat(s.source().pointer()).isEqualTo("/vulnerabilities/0/product_status/known_not_affected/0");
    }

    @Test
    void csafProductStatusesAndRemediationsCarryOver() throws VexException {
        VexDocument doc = Fixtures.read("csaf-evd-uc-08.json");

        assertThat(doc.statements())
                .extracting(VexStatement::status)
                .contains(VexStatus.FIXED, VexStatus.AFFECTED, VexStatus.NOT_AFFECTED);
        VexStatement affected = doc.statements().stream()
                .filter(s -> s.status() == VexStatus.AFFECTED)
                .findFirst()
                .orElseThrow();
        assertThat(affected.actionStatement().orElseThrow()).startsWith("vendor_fix: ");
        assertThat(doc.statements())
                .extracting(VexStatement::products)
                .contains(java.util.List.of(ComponentRef.Named.of("ABC", "2.4")));
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() {
        assertThatThrownBy(() -> Fixtures.parse("{\n  \"bomFormat\": \"CycloneDX\",\n  oops\n}"))
                .isInstanceOf(VexException.class)
                .hasMessageStartingWith("inline.json:3:")
                .hasMessageContaining("JSON syntax error");
    }

    @Test
    void documentsThatAreNotVexAreNamedForWhatTheyAre() {
        assertThatThrownBy(() -> Fixtures.parse("{\"bomFormat\":\"CycloneDX\",\"components\":[]}"))
                .hasMessage("inline.json: /: a CycloneDX BOM without 'vulnerabilities' is an SBOM, not a VEX document");
        assertThatThrownBy(() -> Fixtures.parse("{\"document\":{\"csaf_version\":\"2.0\",\"category\":\"csaf_base\"}}"))
                .hasMessage("inline.json: /document/category: a CSAF document of category 'csaf_base', not a 'csaf_vex'"
                        + " document");
        assertThatThrownBy(() -> Fixtures.parse("{\"spdxVersion\":\"SPDX-2.3\"}"))
                .hasMessageStartingWith("inline.json: /: not a VEX document");
        assertThatThrownBy(() -> Fixtures.parse("[1]")).hasMessageContaining("a VEX document is a JSON object");
    }

    @Test
    void wrongValueTypesAreReportedByJsonPointer() {
        assertThatThrownBy(
                        () -> Fixtures.parse(
                                """
                        {"@context":"https://openvex.dev/ns/v0.2.0","statements":[
                         {"vulnerability":{"name":"CVE-1"},"status":"not_affected","products":[{"@id":7}]}]}"""))
                .hasMessage("inline.json: /statements/0/products/0/@id: expected a string, found a number");
        assertThatThrownBy(
                        () -> Fixtures.parse(
                                """
                        {"@context":"https://openvex.dev/ns/v0.2.0","statements":[
                         {"vulnerability":{"name":"CVE-1"},"status":"gone"}]}"""))
                .hasMessageStartingWith("inline.json: /statements/0/status: unknown status 'gone'");
    }

    @Test
    void deepNestingIsRefusedBeforeItCanExhaustTheStack() {
        String deep = "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        assertThatThrownBy(() -> Fixtures.parse(deep))
                .isInstanceOf(VexException.class)
                .hasMessageContaining("nested more than 100 levels");
    }

    @Test
    void duplicateKeysAreRefusedRatherThanSilentlyOverwritten() {
        assertThatThrownBy(() -> Fixtures.parse("{\"bomFormat\":\"CycloneDX\",\"bomFormat\":\"x\"}"))
                .hasMessageContaining("Duplicate field 'bomFormat'");
    }

    @Test
    void oversizedFilesAreRefusedWithoutReadingThem(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(VexReader.MAX_BYTES + 1); // sparse: costs no disk
        }
        assertThatThrownBy(() -> VexReader.read(huge))
                .hasMessage(huge + ": the file is too large (67,108,865 bytes; the limit is 67,108,864 bytes)");
    }

    @Test
    void missingAndEmptyFilesSaySo(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> VexReader.read(dir.resolve("nope.json")))
                .hasMessageEndingWith("nope.json: file not found");
        Path empty = Files.createFile(dir.resolve("empty.json"));
        assertThatThrownBy(() -> VexReader.read(empty)).hasMessageEndingWith("empty.json: the file is empty");
    }
}
