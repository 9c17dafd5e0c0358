package dev.vigil.engine.scan;

import static dev.vigil.engine.scan.ScanFixtures.purl;
import static dev.vigil.engine.scan.ScanFixtures.resource;
import static dev.vigil.engine.scan.ScanFixtures.sbom;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.advisory.store.AdvisoryStore;
import dev.vigil.engine.render.JsonDocuments;
import dev.vigil.engine.sbom.Sbom;
import dev.vigil.engine.vex.ComponentRef;
import dev.vigil.engine.vex.ProductRelease;
import dev.vigil.engine.vex.VexException;
import dev.vigil.engine.vex.VexFormat;
import dev.vigil.engine.vex.VexIndex;
import dev.vigil.engine.vex.VexReader;
import dev.vigil.engine.vex.VexStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** VEX statements joining a scan: log4j-core 2.14.1 and Log4Shell from the shipped GHSA record and KEV excerpt. */
class ScanVexTest {
    private static final String LOG4J = "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1";

    @TempDir
    static Path temp;

    static AdvisoryStore store;

    @BeforeAll
    static void importRecords() throws IOException {
        store = ScanFixtures.store(temp.resolve("store"));
    }

    @AfterAll
    static void close() throws IOException {
        store.close();
    }

    private static ScanResult scan(String... vexFiles) throws VexException {
        List<dev.vigil.engine.vex.VexDocument> documents = new ArrayList<>();
        for (String f : vexFiles) {
            documents.add(VexReader.read(resource("/scan-vex/" + f)));
        }
        return Scan.of(store).withVex(VexIndex.of(documents)).scan(sbom(purl("log4j-core", "2.14.1", LOG4J)));
    }

    private static VulnerabilityFinding log4shell(ScanResult result) {
        return result.findings().stream()
                .filter(f -> f.id().equals("CVE-2021-44228"))
                .findFirst()
                .orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"log4j-not-affected.cdx.json", "log4j-fixed.openvex.json"})
    void aNotAffectedStatementSuppressesLog4ShellAndTakesItOutOfCountsAndGates(String vex) throws VexException {
        ScanResult result = scan(vex);

        VulnerabilityFinding f = log4shell(result);
        assertThat(f.suppressed()).isTrue();
        assertThat(f.vex().orElseThrow().status()).isEqualTo(VexStatus.NOT_AFFECTED);
        assertThat(f.vex().orElseThrow().explain()).contains("vulnerable_code_not_in_execute_path");
        assertThat(result.reported()).doesNotContain(f);
        assertThat(result.suppressed()).contains(f);
        assertThat(result.knownExploitedCount()).isZero();
        assertThat(VulnerabilityGate.parse("kev").failedBy(result)).isFalse();
        assertThat(ScanDocument.Summary.of(result).suppressed()).isEqualTo(1);
    }

    @Test
    void withoutVexLog4ShellIsReportedAndFailsTheKevGate() throws VexException {
        ScanResult result = scan();
        assertThat(log4shell(result).suppressed()).isFalse();
        assertThat(log4shell(result).vex()).isEmpty();
        assertThat(VulnerabilityGate.parse("kev").failedBy(result)).isTrue();
    }

    @Test
    void aStatementOnAnotherVersionOrPackageDoesNotSuppress() throws VexException {
        ScanResult result = scan("log4j-other-version.openvex.json");
        assertThat(log4shell(result).vex()).isEmpty();
        assertThat(log4shell(result).suppressed()).isFalse();
        assertThat(result.reported()).contains(log4shell(result));
    }

    @Test
    void anAffectedStatementAnnotatesWithoutSuppressing() throws VexException {
        ScanResult result = scan("log4j-affected.openvex.json");
        VulnerabilityFinding f = log4shell(result);
        assertThat(f.suppressed()).isFalse();
        assertThat(f.vex().orElseThrow().status()).isEqualTo(VexStatus.AFFECTED);
        assertThat(ScanDocument.Vulnerability.of(f).vexStatus().action()).isEqualTo("Update to 2.17.1 in release 3.1.");
        assertThat(VulnerabilityGate.parse("kev").failedBy(result)).isTrue();
    }

    @Test
    void theJsonVexStatusNamesStatusJustificationDetailAndSource() throws VexException {
        var status = JsonDocuments.tree(ScanDocument.Vulnerability.of(log4shell(scan("log4j-not-affected.cdx.json"))))
                .path("vexStatus");
        assertThat(status.path("status").asText()).isEqualTo("not_affected");
        assertThat(status.path("justification").path("label").asText())
                .isEqualTo("vulnerable_code_not_in_execute_path");
        assertThat(status.path("justification").path("original").asText()).isEqualTo("code_not_reachable");
        assertThat(status.path("detail").asText()).contains("JndiLookup");
        assertThat(status.path("source").asText())
                .startsWith("CycloneDX statement")
                .contains("log4j-not-affected");
    }

    @Test
    void aComponentWithoutPurlIsLookedUpByNameAndVersion() throws VexException {
        var doc = VexReader.read(
                "named.json",
                """
                {"@context": "https://openvex.dev/ns/v0.2.0", "@id": "https://example.com/n", "author": "x",
                 "timestamp": "2024-01-10T00:00:00Z", "version": 1,
                 "statements": [{"vulnerability": {"name": "CVE-2023-4863"},
                   "products": [{"@id": "libwebp@1.3.1"}], "status": "fixed"}]}
                """
                        .getBytes(StandardCharsets.UTF_8));
        Sbom sbom = sbom(ScanFixtures.cpe("libwebp", "1.3.1", "cpe:2.3:a:webmproject:libwebp:1.3.1:*:*:*:*:*:*:*"));
        ScanResult result = Scan.of(store).withVex(VexIndex.of(List.of(doc))).scan(sbom);
        assertThat(result.findings()).isNotEmpty();
        assertThat(result.suppressed()).extracting(VulnerabilityFinding::id).contains("CVE-2023-4863");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = VexFormat.class,
            names = {"CYCLONEDX", "OPENVEX"})
    void theReleaseVexReadsBackWithTheSameStatusPerFinding(VexFormat format) throws VexException {
        ProductRelease release = new ProductRelease("Pump", Optional.of("3.0"), Optional.empty(), "Example Medical");
        // Without VEX every finding is written as affected; with a statement, its status and justification.
        for (ScanResult result : List.of(scan(), scan("log4j-not-affected.cdx.json"))) {
            String json = dev.vigil.engine.vex.VexWriter.write(
                            format,
                            release,
                            ReleaseVex.statements(result, release, "vigil scan test"),
                            Instant.parse("2024-02-01T00:00:00Z"))
                    .json();
            VexIndex back = VexIndex.of(List.of(VexReader.read("written.json", json.getBytes(StandardCharsets.UTF_8))));

            assertThat(result.findings()).isNotEmpty();
            for (VulnerabilityFinding f : result.findings()) {
                VexStatus expected = f.vex().map(s -> s.status()).orElse(VexStatus.AFFECTED);
                assertThat(back.lookup(f.id(), Set.copyOf(f.aliases()), ComponentRef.Purl.parse(LOG4J)))
                        .as(f.id())
                        .hasValueSatisfying(s -> assertThat(s.status()).isEqualTo(expected));
            }
            if (result.findings().get(0).suppressed()) {
                assertThat(back.lookup("CVE-2021-44228", Set.of(), ComponentRef.Purl.parse(LOG4J))
                                .flatMap(s -> s.justification())
                                .orElseThrow()
                                .describe())
                        .contains("vulnerable_code_not_in_execute_path");
            }
            assertThat(back.lookup(
                            "CVE-2021-44228",
                            Set.of(),
                            ComponentRef.Purl.parse("pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1")))
                    .isEmpty();
        }
    }
}
