package dev.vigil.engine.advisory.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vigil.engine.SharedData;
import dev.vigil.engine.advisory.Advisory;
import dev.vigil.engine.advisory.AdvisorySource;
import dev.vigil.engine.advisory.CpeKey;
import dev.vigil.engine.advisory.CsafProduct;
import dev.vigil.engine.advisory.PackageKey;
import dev.vigil.engine.advisory.Vulnerability;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports of the shared real-world corpus ({@code ../shared/data}); skipped on a clone without it. */
class AdvisoryCorpusTest {

    @TempDir
    Path store;

    private static Path shared() {
        var shared = SharedData.root();
        assumeTrue(shared.isPresent(), "skipped: ../shared/data is not present next to the repository");
        return shared.get();
    }

    @Test
    void everyCisaMedicalAdvisoryImportsAndIsFoundByItsProducts() throws IOException {
        Path csaf = shared().resolve("csaf-cisa/csaf_files");
        List<Path> medical;
        try (Stream<Path> files = Files.walk(csaf)) {
            medical = files.filter(f -> f.getFileName().toString().matches("icsma-.*\\.json"))
                    .sorted()
                    .toList();
        }
        assertThat(medical).hasSize(144);
        ImportSummary summary = AdvisoryStore.importFrom(store, medical);
        System.out.printf("CISA ICSMA: %s%n", summary);
        assertThat(summary.skips()).isEmpty();
        // Updated advisories (-01a ...) carry their own tracking ids, so all 144 are kept.
        assertThat(summary.imported()).isEqualTo(144);
        try (AdvisoryStore opened = AdvisoryStore.open(store)) {
            assertThat(opened.stats().bySource()).containsEntry("CSAF", 144L);
            for (Path file : medical) {
                String id = file.getFileName().toString().replace(".json", "").toUpperCase();
                Advisory advisory = opened.findRecord(AdvisorySource.CSAF, id).orElseThrow();
                CsafProduct product = advisory.csafProducts().get(0);
                if (product.key() != null) {
                    assertThat(opened.findCandidates(product.key())).contains(advisory);
                }
            }
        }
    }

    @Test
    void wholeCorpusImportsWithOnlyTheDeliberatelyBrokenRecordsSkipped() throws IOException {
        Path data = shared();
        ImportSummary summary = AdvisoryStore.importFrom(
                store,
                List.of(
                        data.resolve("osv"),
                        data.resolve("nvd"),
                        data.resolve("csaf-cisa"),
                        data.resolve("csaf-oasis/csaf_2.0/examples/csaf"),
                        data.resolve("kev/known_exploited_vulnerabilities.json")));
        System.out.printf("corpus: %s%n", summary);
        summary.skips().forEach(skip -> System.out.printf("  skipped %s: %s%n", skip.where(), skip.reason()));
        assertThat(summary.kevAdded()).isEqualTo(1404);
        assertThat(summary.skips())
                .extracting(ImportSummary.Skip::where)
                .noneMatch(w -> w.contains("icsma-"))
                .noneMatch(w -> w.contains("/osv/ghsa/"))
                .noneMatch(w -> w.contains("go-vulndb"))
                .noneMatch(w -> w.contains("pypa-advisory-database"));
        try (AdvisoryStore opened = AdvisoryStore.open(store)) {
            Vulnerability log4j = opened.findVulnerability("CVE-2021-44228").orElseThrow();
            assertThat(log4j.knownExploited()).isPresent();
            assertThat(log4j.records()).extracting(Advisory::storeKey).contains("OSV/GHSA-jfh8-c2jp-5v3q");
            assertThat(opened.findCandidates(CpeKey.of("tukaani", "xz")))
                    .extracting(Advisory::id)
                    .contains("CVE-2024-3094");
            StoreStats stats = opened.stats();
            System.out.printf("corpus stats: %s%n", stats);
            assertThat(stats.byEcosystem()).containsKeys("Go", "PyPI", "crates.io", "Maven", "npm");
        }
    }

    @Test
    void fullKevCatalogAsCsvEqualsTheJsonCatalog() throws IOException {
        Path kev = shared().resolve("kev");
        ImportSummary json =
                AdvisoryStore.importFrom(store, List.of(kev.resolve("known_exploited_vulnerabilities.json")));
        ImportSummary csv =
                AdvisoryStore.importFrom(store, List.of(kev.resolve("known_exploited_vulnerabilities.csv")));
        assertThat(json.kevAdded()).isEqualTo(1404);
        assertThat(csv.kevRead()).isEqualTo(1404);
        assertThat(csv.kevAdded() + csv.kevUpdated()).isZero();
        assertThat(csv.skips()).isEmpty();
    }

    @Test
    void osvBulkExportsOfGoAndPypiImportFromTheirZips() throws IOException {
        Path bulk = shared().resolve("osv-bulk");
        ImportSummary summary =
                AdvisoryStore.importFrom(store, List.of(bulk.resolve("Go/all.zip"), bulk.resolve("PyPI/all.zip")));
        System.out.printf(
                "osv-bulk Go+PyPI: %d records in %d ms (%.0f records/s)%n",
                summary.read(),
                summary.elapsed().toMillis(),
                summary.read() * 1000.0 / Math.max(1, summary.elapsed().toMillis()));
        assertThat(summary.read()).isEqualTo(6952);
        assertThat(summary.imported() + summary.malformed()).isEqualTo(6952);
        assertThat(summary.malformed()).isLessThan(10);
        ImportSummary again =
                AdvisoryStore.importFrom(store, List.of(bulk.resolve("Go/all.zip"), bulk.resolve("PyPI/all.zip")));
        assertThat(again.unchanged()).isEqualTo(summary.imported());
        try (AdvisoryStore opened = AdvisoryStore.open(store)) {
            assertThat(opened.stats().byEcosystem()).containsKeys("Go", "PyPI");
            assertThat(opened.findCandidates(PackageKey.of("PyPI", "django"))).isNotEmpty();
            assertThat(opened.findCandidates(PackageKey.of("Go", "stdlib"))).isNotEmpty();
        }
    }
}
