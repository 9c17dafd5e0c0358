package dev.vigil.engine.scan;

import static dev.vigil.engine.scan.ScanFixtures.cpe;
import static dev.vigil.engine.scan.ScanFixtures.product;
import static dev.vigil.engine.scan.ScanFixtures.purl;
import static dev.vigil.engine.scan.ScanFixtures.sbom;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.advisory.store.AdvisoryStore;
import dev.vigil.engine.advisory.store.ImportSummary;
import dev.vigil.engine.sbom.SbomComponent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance bullets on the public corpus in {@code ../shared/data}: the GHSA records, the full KEV
 * catalog, the NVD samples and all 144 CISA medical advisories. Skipped, saying so, without it.
 */
class SharedDataScanTest {
    @TempDir
    static Path temp;

    static AdvisoryStore store;
    static ImportSummary summary;

    @BeforeAll
    static void importCorpus() throws IOException {
        Path ghsa = SharedData.require("osv/ghsa");
        Path kev = SharedData.require("kev").resolve("known_exploited_vulnerabilities.json");
        Path nvd = SharedData.require("nvd/osv.dev-vulnfeeds/vulnfeeds/test_data/nvdcve-2.0");
        Path csaf = Files.createDirectories(temp.resolve("icsma"));
        try (Stream<Path> files = Files.walk(SharedData.require("csaf-cisa/csaf_files/OT/white"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("icsma-.*\\.json"))
                    .toList()) {
                Files.copy(f, csaf.resolve(f.getFileName()));
            }
        }
        summary = AdvisoryStore.importFrom(temp.resolve("store"), List.of(ghsa, kev, nvd, csaf));
        store = AdvisoryStore.open(temp.resolve("store"));
    }

    @AfterAll
    static void close() throws IOException {
        if (store != null) {
            store.close();
        }
    }

    private static List<String> ids(SbomComponent component) {
        return Scan.of(store).scan(sbom(component)).findings().stream()
                .map(VulnerabilityFinding::id)
                .toList();
    }

    @Test
    void allCisaMedicalAdvisoriesImport() {
        assertThat(summary.malformed()).isZero();
        assertThat(store.stats().bySource()).containsEntry("CSAF", 144L);
    }

    @Test
    void log4jCoreMatchesThroughGhsaAndTheFullKevCatalog() {
        VulnerabilityFinding f = Scan.of(store)
                .scan(sbom(purl("log4j-core", "2.14.1", "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1")))
                .findings()
                .stream()
                .filter(x -> x.id().equals("CVE-2021-44228"))
                .findFirst()
                .orElseThrow();
        assertThat(f.knownExploited()).isPresent();
        assertThat(ids(purl("log4j-core", "2.17.1", "pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1")))
                .doesNotContain("CVE-2021-44228");
    }

    @Test
    void cpeOnlyComponentsMatchNvdInsideTheBoundsOnly() {
        assertThat(ids(cpe("chrome", "116.0.5845.186", "cpe:2.3:a:google:chrome:*:*:*:*:*:*:*:*")))
                .contains("CVE-2023-4863");
        assertThat(ids(cpe("chrome", "116.0.5845.187", "cpe:2.3:a:google:chrome:*:*:*:*:*:*:*:*")))
                .doesNotContain("CVE-2023-4863");
    }

    @Test
    void aCisaMedicalProductMatchesBySupplierAndNameWithinItsRange() {
        // icsma-17-082-01: BD PerformA, "<= 2.0.14.0", CVE-2017-6022.
        String bd = "Becton, Dickinson and Company (BD)";
        assertThat(ids(product(bd, "PerformA", "2.0.14.0"))).contains("CVE-2017-6022");
        assertThat(ids(product(bd, "PerformA", "2.0.15.0"))).doesNotContain("CVE-2017-6022");
        // icsma-18-240-01: ">= 4.01 | <= 4.34" (Qualcomm Life, RomPager), CVE-2014-9222.
        assertThat(ids(product("Qualcomm Life", "Allegro RomPager embedded web server", "4.20")))
                .contains("CVE-2014-9222");
        assertThat(ids(product("Qualcomm Life", "Allegro RomPager embedded web server", "4.35")))
                .doesNotContain("CVE-2014-9222");
    }

    @Test
    void aMedicalAdvisoryCveInKevIsFlaggedKnownExploited() {
        // icsma-18-058-02 lists IntelliSpace Portal 8.0.x (all versions) as affected by EternalBlue.
        VulnerabilityFinding eternalBlue =
                Scan.of(store).scan(sbom(product("Phillips", "IntelliSpace Portal 8.0.x", "8.0.3"))).findings().stream()
                        .filter(f -> f.id().equals("CVE-2017-0144"))
                        .findFirst()
                        .orElseThrow();
        assertThat(eternalBlue.knownExploited()).isPresent();
        assertThat(eternalBlue.cvss()).isPresent();
        // icsma-20-049-01 writes "vers:all/*" as a product_version; it still means every version.
        assertThat(ids(product("Spacelabs", "Windows 7", "6.1"))).contains("CVE-2019-0708");
        assertThat(ids(product("Spacelabs", "Xhibit Telemetry Receiver (XTR) Model number 96280", "1.0.2")))
                .contains("CVE-2019-0708");
        assertThat(ids(product("Spacelabs", "Xhibit Telemetry Receiver (XTR) Model number 96280", "1.0.3")))
                .doesNotContain("CVE-2019-0708");
    }
}
