package dev.vigil.engine.scan;

import static dev.vigil.engine.scan.ScanFixtures.cpe;
import static dev.vigil.engine.scan.ScanFixtures.product;
import static dev.vigil.engine.scan.ScanFixtures.purl;
import static dev.vigil.engine.scan.ScanFixtures.sbom;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.advisory.store.AdvisoryStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The acceptance bullets of issue 5 on the records shipped with the tests. */
class ScanTest {
    @TempDir
    static Path temp;

    static AdvisoryStore store;

    @BeforeAll
    static void importRecords() throws IOException {
        Path own = Files.createDirectories(temp.resolve("own"));
        // Our own records (made up for these tests): two aliases of one CVE and a withdrawn record.
        Files.writeString(
                own.resolve("TEST-1.json"),
                """
                {"schema_version": "1.6.0", "id": "TEST-1", "modified": "2024-01-01T00:00:00Z",
                 "aliases": ["CVE-2099-0001"],
                 "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}],
                 "affected": [{"package": {"ecosystem": "PyPI", "name": "Demo_Pkg"},
                   "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "2.0"}]}]}]}
                """);
        Files.writeString(
                own.resolve("TEST-2.json"),
                """
                {"schema_version": "1.6.0", "id": "TEST-2", "modified": "2024-01-01T00:00:00Z",
                 "aliases": ["CVE-2099-0001"],
                 "affected": [{"package": {"ecosystem": "PyPI", "name": "demo-pkg"}, "versions": ["1.0"]}]}
                """);
        Files.writeString(
                own.resolve("TEST-3.json"),
                """
                {"schema_version": "1.6.0", "id": "TEST-3", "modified": "2024-02-01T00:00:00Z",
                 "withdrawn": "2024-02-01T00:00:00Z", "aliases": ["CVE-2099-0002"],
                 "affected": [{"package": {"ecosystem": "PyPI", "name": "demo-pkg"},
                   "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}]}]}]}
                """);
        store = ScanFixtures.store(temp.resolve("store"), own);
    }

    @AfterAll
    static void close() throws IOException {
        store.close();
    }

    private static List<VulnerabilityFinding> scan(dev.vigil.engine.sbom.SbomComponent component) {
        return Scan.of(store).scan(sbom(component)).findings();
    }

    @Test
    void log4jCore2141MatchesLog4ShellThroughTheGhsaRangeAndIsKnownExploited() {
        List<VulnerabilityFinding> findings =
                scan(purl("log4j-core", "2.14.1", "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"));

        VulnerabilityFinding log4shell = findings.stream()
                .filter(f -> f.id().equals("CVE-2021-44228"))
                .findFirst()
                .orElseThrow();
        assertThat(log4shell.aliases()).contains("GHSA-jfh8-c2jp-5v3q");
        assertThat(log4shell.matches()).singleElement().satisfies(m -> {
            assertThat(m.record().id()).isEqualTo("GHSA-jfh8-c2jp-5v3q");
            assertThat(m.rule()).isEqualTo(MatchRule.PURL_RANGE);
            assertThat(m.confidence()).isEqualTo(Confidence.HIGH);
            assertThat(m.matched()).contains("introduced 2.13.0").contains("fixed 2.15.0");
        });
        assertThat(log4shell.knownExploited())
                .hasValueSatisfying(k -> assertThat(k.dateAdded()).isEqualTo(LocalDate.of(2021, 12, 10)));
        assertThat(log4shell.cvss())
                .hasValueSatisfying(c -> assertThat(c.score()).isEqualTo(10.0));
        assertThat(log4shell.priority().band()).isEqualTo(PriorityBand.CRITICAL);
    }

    @Test
    void log4jCore2171IsNotMatched() {
        assertThat(scan(purl("log4j-core", "2.17.1", "pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1")))
                .extracting(VulnerabilityFinding::id)
                .doesNotContain("CVE-2021-44228");
    }

    @Test
    void aComponentWithOnlyACpeMatchesTheNvdRecordInsideItsBoundsOnly() {
        List<VulnerabilityFinding> inside =
                scan(cpe("libwebp", "1.3.1", "cpe:2.3:a:webmproject:libwebp:1.3.1:*:*:*:*:*:*:*"));
        assertThat(inside).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("CVE-2023-4863");
            assertThat(f.matches().get(0).rule()).isEqualTo(MatchRule.CPE_BOUNDS);
            assertThat(f.matches().get(0).matched()).contains("versionEndExcluding=1.3.2");
            assertThat(f.confidence()).isEqualTo(Confidence.MEDIUM);
        });
        assertThat(scan(cpe("libwebp", "1.3.2", "cpe:2.3:a:webmproject:libwebp:1.3.2:*:*:*:*:*:*:*")))
                .isEmpty();
    }

    @Test
    void cpeBoundsHonourTheStartOfARange() {
        String esr = "cpe:2.3:a:mozilla:firefox_esr:*:*:*:*:*:*:*:*";
        assertThat(scan(cpe("firefox-esr", "115.2.0", esr)))
                .extracting(VulnerabilityFinding::id)
                .containsExactly("CVE-2023-4863");
        assertThat(scan(cpe("firefox-esr", "115.2.1", esr))).isEmpty();
        assertThat(scan(cpe("firefox-esr", "110.0", esr))).isEmpty();
    }

    @Test
    void theCpeIsIgnoredWhenThePurlIsUsable() {
        var both = new dev.vigil.engine.sbom.SbomComponent(
                "x",
                "library",
                null,
                "libwebp",
                "1.3.1",
                "pkg:npm/not-libwebp@1.3.1",
                "cpe:2.3:a:webmproject:libwebp:1.3.1:*:*:*:*:*:*:*",
                null,
                null,
                List.of(),
                List.of(),
                null,
                null,
                null);
        assertThat(scan(both)).isEmpty();
    }

    @Test
    void aCsafProductWithoutHelpersMatchesBySupplierAndNameWithinItsRange() {
        List<VulnerabilityFinding> inside =
                scan(product("Becton, Dickinson and Company (BD)", "BD Alaris Systems Manager", "12.3"));
        assertThat(inside).extracting(VulnerabilityFinding::id).contains("CVE-2023-30559", "CVE-2023-30560");
        assertThat(inside).allSatisfy(f -> {
            assertThat(f.matches().get(0).rule()).isEqualTo(MatchRule.CSAF_NAME_RANGE);
            assertThat(f.matches().get(0).matched()).contains("<=12.3");
            assertThat(f.confidence()).isEqualTo(Confidence.LOW);
        });
        // The supplier's spelling differs in case and punctuation only; the name key absorbs it.
        assertThat(scan(product("becton dickinson and company bd", "BD Alaris Systems Manager", "12.0")))
                .isNotEmpty();
        assertThat(scan(product("Becton, Dickinson and Company (BD)", "BD Alaris Systems Manager", "12.4")))
                .isEmpty();
    }

    @Test
    void anExactCsafProductVersionMatchesOnlyThatVersion() {
        List<VulnerabilityFinding> exact =
                scan(product("Becton, Dickinson and Company (BD)", "BD Alaris Guardrails Editor", "12.1.3"));
        // 12.1.3 is listed on its own (CSAFPID-0006), which only CVE-2023-30562 names as affected.
        assertThat(exact).extracting(VulnerabilityFinding::id).containsExactly("CVE-2023-30562");
        assertThat(scan(product("Becton, Dickinson and Company (BD)", "BD Alaris Guardrails Editor", "12.1.4")))
                .isEmpty();
    }

    @Test
    void aCsafProductWithAModelNumberHelperMatchesThroughIt() {
        List<VulnerabilityFinding> found = scan(product("Siemens", "6MF2803-1AA00", "CPCI85 V05.10"));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("CVE-2023-42796");
            assertThat(f.matches().get(0).rule()).isEqualTo(MatchRule.CSAF_HELPER);
            assertThat(f.matches().get(0).matched()).contains("6MF2803-1AA00");
        });
        assertThat(scan(product("Siemens", "6MF2803-1AA00", "CPCI85 V05.11"))).isEmpty();
        // The product name alone does not match a product that has a helper.
        assertThat(scan(product("Siemens", "CP-8031 MASTER MODULE (6MF2803-1AA00)", "CPCI85 V05.10")))
                .isEmpty();
    }

    @Test
    void aCsafProductWithACpeHelperMatchesAComponentWithThatCpeAndVersion() {
        // bsi-2022-0001: CVRF-CSAF-Converter 1.0.0-rc1 is known affected, 1.0.0-rc2 is fixed.
        String rc1 = "cpe:2.3:a:csaf-tools:cvrf-csaf-converter:1.0.0-rc1:*:*:*:*:*:*:*";
        assertThat(scan(cpe("cvrf-csaf-converter", "1.0.0-rc1", rc1)))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.id()).isEqualTo("CVE-2022-27193");
                    assertThat(f.matches().get(0).rule()).isEqualTo(MatchRule.CSAF_HELPER);
                    assertThat(f.matches().get(0).matched()).contains("known_affected");
                });
        String rc2 = "cpe:2.3:a:csaf-tools:cvrf-csaf-converter:1.0.0-rc2:*:*:*:*:*:*:*";
        assertThat(scan(cpe("cvrf-csaf-converter", "1.0.0-rc2", rc2))).isEmpty();
    }

    @Test
    void recordsSharingAnAliasJoinIntoOneFindingAndWithdrawnRecordsNeverMatch() {
        List<VulnerabilityFinding> found = scan(purl("Demo.Pkg", "1.0", "pkg:pypi/demo.pkg@1.0"));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("CVE-2099-0001");
            assertThat(f.aliases()).containsExactly("TEST-1", "TEST-2");
            assertThat(f.matches())
                    .extracting(m -> m.rule())
                    .containsExactlyInAnyOrder(MatchRule.PURL_RANGE, MatchRule.PURL_VERSION_LIST);
            assertThat(f.cvss()).hasValueSatisfying(c -> assertThat(c.score()).isEqualTo(9.8));
        });
        assertThat(scan(purl("demo-pkg", "1.5", "pkg:pypi/demo-pkg@1.5")))
                .extracting(VulnerabilityFinding::aliases)
                .containsExactly(List.of("TEST-1"));
        assertThat(scan(purl("demo-pkg", "2.0", "pkg:pypi/demo-pkg@2.0"))).isEmpty();
    }

    @Test
    void findingsAreSortedMostUrgentFirst() {
        ScanResult result = Scan.of(store)
                .scan(sbom(
                        purl("demo-pkg", "1.5", "pkg:pypi/demo-pkg@1.5"),
                        purl("log4j-core", "2.14.1", "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1")));
        assertThat(result.findings())
                .extracting(VulnerabilityFinding::id)
                .first()
                .isEqualTo("CVE-2021-44228");
        assertThat(result.findings())
                .extracting(f -> f.priority().score())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(result.componentCount()).isEqualTo(2);
    }
}
