package dev.vigil.engine.advisory.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.vigil.engine.advisory.Advisory;
import dev.vigil.engine.advisory.AdvisorySource;
import dev.vigil.engine.advisory.AffectedPackage;
import dev.vigil.engine.advisory.CpeConfiguration;
import dev.vigil.engine.advisory.CpeKey;
import dev.vigil.engine.advisory.CsafProduct;
import dev.vigil.engine.advisory.CsafVulnerability;
import dev.vigil.engine.advisory.HardwareId;
import dev.vigil.engine.advisory.KnownExploited;
import dev.vigil.engine.advisory.PackageKey;
import dev.vigil.engine.advisory.ProductKey;
import dev.vigil.engine.advisory.Severity;
import dev.vigil.engine.advisory.Vulnerability;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import of the bundled real records and the lookups the matcher will use. */
class AdvisoryStoreTest {

    @TempDir
    static Path storeDir;

    static ImportSummary first;

    @BeforeAll
    static void importBundledData() throws IOException {
        first = AdvisoryStore.importFrom(
                storeDir,
                List.of(
                        TestData.resource("osv"),
                        TestData.resource("nvd"),
                        TestData.resource("csaf"),
                        TestData.resource("kev"),
                        TestData.resource("epss")));
    }

    @Test
    void everyBundledRecordImportsWithoutProblems() {
        assertThat(first.skips()).isEmpty();
        // 5 OSV + 2 NVD + 5 CSAF
        assertThat(first.read()).isEqualTo(12);
        assertThat(first.imported()).isEqualTo(12);
        assertThat(first.kevAdded()).isEqualTo(4);
        assertThat(first.epssRead()).isEqualTo(4);
    }

    @Test
    void log4jIsACandidateForItsMavenCoordinatesWithRawRangeEvents() throws IOException {
        try (AdvisoryStore store = AdvisoryStore.open(storeDir)) {
            List<Advisory> found = store.findCandidates(PackageKey.of("Maven", "org.apache.logging.log4j:log4j-core"));
            assertThat(found).extracting(Advisory::id).containsExactly("GHSA-jfh8-c2jp-5v3q");
            AffectedPackage affected = found.get(0).affected().get(0);
            assertThat(affected.ranges().get(0).events())
                    .extracting(AffectedPackage.Event::kind)
                    .contains("introduced", "fixed");
            assertThat(found.get(0).aliases()).contains("CVE-2021-44228");
        }
    }

    @Test
    void purlOfAComponentLeadsToTheSameCandidates() throws IOException {
        try (AdvisoryStore store = AdvisoryStore.open(storeDir)) {
            PackageKey key = PackageKey.fromPurl("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1")
                    .get(0);
            assertThat(store.findCandidates(key)).extracting(Advisory::id).containsExactly("GHSA-jfh8-c2jp-5v3q");
            assertThat(store.findCandidates(PackageKey.of("npm", "lodash"))).hasSize(1);
        }
    }

    @Test
    void yamlVersionsStayTextAndPypiNamesAreNormalised() throws IOException {
        try (AdvisoryStore store = AdvisoryStore.open(storeDir)) {
            List<Advisory> found = store.findCandidates(PackageKey.of("PyPI", "Pillow"));
            assertThat(found).extracting(Advisory::id).containsExactly("PYSEC-2020-77");
            // YAML would read 1.0 as a float and 2.0.0 fine; both must stay as written.
            assertThat(found.get(0).affected().get(0).versions()).contains("1.0", "1.7.0", "2.2.2");
        }
    }

    @Test
    void nvdRecordIsFoundByCpeVendorProductWithItsVersionBound() throws IOException {
        try (AdvisoryStore store = AdvisoryStore.open(storeDir)) {
            List<Advisory> found = store.findCandidates(CpeKey.of("google", "chrome"));
            assertThat(found).extracting(Advisory::id).containsExactly("CVE-2023-4863");
            CpeConfiguration.Criterion chrome = found.get(0).cpeConfigurations().stream()
                    .flatMap(c -> c.nodes().stream())
                    .flatMap(n -> n.matches().stream())
                    .filter(c -> c.criteria().contains(":google:chrome:"))
                    .findFirst()
                    .orElseThrow();
            assertThat(chrome.versionEndExcluding()).isEqualTo("116.0.5845.187");
            assertThat(chrome.vulnerable()).isTrue();
            assertThat(found.get(0).severities()).extracting(Severity::type).contains("CVSS_V3");
        }
    }

    @Test
    void nonVulnerablePlatformCriteriaAreNotIndexed() throws IOException {
        try (AdvisoryStore store = AdvisoryStore.open(storeDir)) {
            // CVE-2023-4863 lists Fedora both as vulnerable and as a platform; debian_linux is vulnerable.
            assertThat(store.findCandidates(CpeKey.of("debian", "debian_linux")))
                    .hasSize(1);
            assertThat(store.findCandidates(CpeKey.of("nobody", "nothing"))).isEmpty();
        }
    }

    @Test
    void csafProductIsFoundByNormalisedVendorAndNameWithItsRange() throws IOException {
        try (AdvisoryStore store = AdvisoryStore.open(storeDir)) {
            List<Advisory> found = store.findCandidates(ProductKey.of("PHILIPS", "vue-pacs"));
            assertThat(found).extracting(Advisory::id).containsExactly("ICSMA-24-200-01");
            CsafProduct product = found.get(0).csafProducts().get(0);
            assertThat(product.versionRange()).isEqualTo("<12.2.8.410");
            CsafVulnerability jackson = found.get(0).csafVulnerabilities().stream()
                    .filter(v -> "CVE-2020-36518".equals(v.cve()))
                    .findFirst()
                    .orElseThrow();
            assertThat(jackson.productStatus().get("known_affected")).containsExactly(product.productId());
            assertThat(jackson.remediations())
                    .extracting(CsafVulnerability.Remediation::category)
                    .contains("vendor_fix");

            List<Advisory> bd = store.findCandidates(ProductKey.of(
                    "Becton, Dickinson and Company (BD)", "BD Alaris Point-of-Care Unit (PCU) Model 8015"));
            assertThat(bd.get(0).csafProducts())
                    .extracting(CsafProduct::versionRange)
                    .contains("<=12.1.3");
        }
    }

    @Test
    void csafIdentificationHelpersAreLookupKeys() throws IOException {
        try (AdvisoryStore store = AdvisoryStore.open(storeDir)) {
            assertThat(store.findCandidates(HardwareId.MODEL_NUMBER, " 6mf2803-1aa00 "))
                    .extracting(Advisory::id)
                    .containsExactly("ICSA-23-285-03");
            // bsi-2022-0001 names its products by CPE 2.2 URIs
            assertThat(store.findCandidates(CpeKey.of("csaf-tools", "cvrf-csaf-converter")))
                    .extracting(Advisory::id)
                    .containsExactly("BSI-2022-0001");
        }
    }

    @Test
    void csafRelationshipProductInheritsItsComponentAndNamesItsPlatform() throws IOException {
        try (AdvisoryStore store = AdvisoryStore.open(storeDir)) {
            Advisory rhsa =
                    store.findRecord(AdvisorySource.CSAF, "RHSA-2021:5186").orElseThrow();
            String component = "openshift4/ose-metering-ansible-operator-bundle:v4.6.0.202112161349.p0.gd74112d"
                    + ".assembly.art3595-1";
            CsafProduct combined = rhsa.csafProducts().stream()
                    .filter(p -> p.productId().equals("8Base-RHOSE-4.6:" + component))
                    .findFirst()
                    .orElseThrow();
            assertThat(combined.relatesTo()).isEqualTo("8Base-RHOSE-4.6");
            assertThat(combined.vendor()).isEqualTo("Red Hat");
            assertThat(combined.version()).isEqualTo(component);
            assertThat(store.findCandidates(CpeKey.of("redhat", "openshift"))).contains(rhsa);
        }
    }

    @Test
    void aliasesJoinOsvNvdAndCsafIntoOneVulnerabilityWithKevAndEpss() throws IOException {
        try (AdvisoryStore store = AdvisoryStore.open(storeDir)) {
            Vulnerability log4j = store.findVulnerability("GHSA-jfh8-c2jp-5v3q").orElseThrow();
            assertThat(log4j.id()).isEqualTo("CVE-2021-44228");
            assertThat(log4j.aliases()).contains("GHSA-jfh8-c2jp-5v3q");
            assertThat(log4j.knownExploited())
                    .get()
                    .extracting(KnownExploited::dateAdded)
                    .hasToString("2021-12-10");
            assertThat(log4j.epss().orElseThrow().percentile()).isCloseTo(0.99961, within(1e-5));

            Vulnerability jackson = store.findVulnerability("CVE-2020-36518").orElseThrow();
            assertThat(jackson.records())
                    .extracting(Advisory::storeKey)
                    .containsExactlyInAnyOrder("OSV/GHSA-57j2-w4cx-62h2", "CSAF/ICSMA-24-200-01");
            assertThat(jackson.knownExploited()).isEmpty();
        }
    }

    @Test
    void recordsOfDifferentSourcesWithTheSameIdAreKeptApart() throws IOException {
        try (AdvisoryStore store = AdvisoryStore.open(storeDir)) {
            assertThat(store.findRecord(AdvisorySource.NVD, "CVE-2023-4863")).isPresent();
            assertThat(store.findRecord(AdvisorySource.OSV, "CVE-2023-4863")).isEmpty();
        }
    }

    @Test
    void statsCountPerSourceAndEcosystem() throws IOException {
        try (AdvisoryStore store = AdvisoryStore.open(storeDir)) {
            StoreStats stats = store.stats();
            assertThat(stats.bySource())
                    .containsEntry("OSV", 5L)
                    .containsEntry("NVD", 2L)
                    .containsEntry("CSAF", 5L);
            assertThat(stats.byEcosystem())
                    .containsEntry("Maven", 2L)
                    .containsEntry("npm", 1L)
                    .containsEntry("PyPI", 1L)
                    .containsEntry("Go", 1L);
            assertThat(stats.knownExploited()).isEqualTo(4);
            assertThat(stats.epssScores()).isEqualTo(4);
            assertThat(stats.epssScoreDate()).isEqualTo("2025-08-25");
        }
    }
}
