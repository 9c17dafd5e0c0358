package dev.vigil.engine.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.engine.advisory.store.AdvisoryStore;
import dev.vigil.engine.advisory.store.ImportSummary;
import dev.vigil.engine.sbom.Sbom;
import dev.vigil.engine.sbom.SbomComponent;
import dev.vigil.engine.sbom.SbomFormat;
import dev.vigil.engine.sbom.SbomMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-checking a portfolio after an import touches exactly the pairs under the import's changed keys. */
class PortfolioTest {

    @TempDir
    Path dir;

    private final Portfolio portfolio = new Portfolio();

    /** Five SBOMs; three of them use left-pad 1.2.0, all use an unrelated package. */
    @BeforeEach
    void fiveSboms() throws IOException {
        for (int i = 1; i <= 5; i++) {
            SbomComponent common = npm("is-even", "3.0.0");
            portfolio.add("app-" + i, i <= 3 ? sbom(npm("left-pad", "1.2.0"), common) : sbom(common));
        }
        importAndOpen(osv("GHSA-old1-0000-0001", "2024-01-01T00:00:00Z", "is-even", "2.0.0"));
        try (AdvisoryStore store = AdvisoryStore.open(store())) {
            assertThat(portfolio.checkAll(store).changes()).isEmpty(); // is-even 3.0.0 is fixed
        }
    }

    @Test
    void newAdvisoryRechecksOnlyThePairsOfItsPackageAndFindsItThere() throws IOException {
        ImportSummary summary = importAndOpen(osv("GHSA-pad1-0000-0001", "2024-03-01T00:00:00Z", "left-pad", "1.3.0"));

        PortfolioCheck check;
        try (AdvisoryStore store = AdvisoryStore.open(store())) {
            check = portfolio.recheck(store, summary.changedKeys());
        }

        assertThat(check.pairsChecked()).isEqualTo(3);
        assertThat(check.changes()).allSatisfy(change -> {
            assertThat(change.kind()).isEqualTo(FindingChange.Kind.ADDED);
            assertThat(change.id()).isEqualTo("CVE-2099-1111");
            assertThat(change.component()).isEqualTo("pkg:npm/left-pad@1.2.0");
        });
        assertThat(check.bySbom()).containsOnlyKeys("app-1", "app-2", "app-3");
        assertThat(portfolio.findings()).containsOnlyKeys("app-1", "app-2", "app-3");
    }

    @Test
    void revisionThatNarrowsTheRangeRemovesTheFinding() throws IOException {
        ImportSummary first = importAndOpen(osv("GHSA-pad1-0000-0001", "2024-03-01T00:00:00Z", "left-pad", "1.3.0"));
        try (AdvisoryStore store = AdvisoryStore.open(store())) {
            portfolio.recheck(store, first.changedKeys());
        }

        // The maintainers found 1.2.0 was never affected: the fix is now 1.1.0.
        ImportSummary narrowed = importAndOpen(osv("GHSA-pad1-0000-0001", "2024-04-01T00:00:00Z", "left-pad", "1.1.0"));
        PortfolioCheck check;
        try (AdvisoryStore store = AdvisoryStore.open(store())) {
            check = portfolio.recheck(store, narrowed.changedKeys());
        }

        assertThat(narrowed.replaced()).isEqualTo(1);
        assertThat(check.pairsChecked()).isEqualTo(3);
        assertThat(check.changes()).hasSize(3).allSatisfy(change -> {
            assertThat(change.kind()).isEqualTo(FindingChange.Kind.REMOVED);
            assertThat(change.before().orElseThrow().matches().get(0).matched()).contains("1.3.0");
        });
        assertThat(portfolio.findings()).isEmpty();
    }

    @Test
    void revisionThatStillMatchesIsReportedAsChanged() throws IOException {
        ImportSummary first = importAndOpen(osv("GHSA-pad1-0000-0001", "2024-03-01T00:00:00Z", "left-pad", "1.3.0"));
        try (AdvisoryStore store = AdvisoryStore.open(store())) {
            portfolio.recheck(store, first.changedKeys());
        }
        ImportSummary widened = importAndOpen(osv("GHSA-pad1-0000-0001", "2024-04-01T00:00:00Z", "left-pad", "1.4.0"));
        PortfolioCheck check;
        try (AdvisoryStore store = AdvisoryStore.open(store())) {
            check = portfolio.recheck(store, widened.changedKeys());
        }
        assertThat(check.changes()).hasSize(3).allSatisfy(change -> assertThat(change.kind())
                .isEqualTo(FindingChange.Kind.CHANGED));
    }

    @Test
    void importTouchingNothingRechecksNothing() throws IOException {
        Path again = osv("GHSA-old1-0000-0001", "2024-01-01T00:00:00Z", "is-even", "2.0.0");
        ImportSummary unchanged = importAndOpen(again);
        ImportSummary elsewhere = importAndOpen(osv("GHSA-zzz1-0000-0001", "2024-03-01T00:00:00Z", "unused", "9.0.0"));

        try (AdvisoryStore store = AdvisoryStore.open(store())) {
            PortfolioCheck none = portfolio.recheck(store, unchanged.changedKeys());
            PortfolioCheck unused = portfolio.recheck(store, elsewhere.changedKeys());
            assertThat(unchanged.changedKeys()).isEmpty();
            assertThat(none.pairsChecked()).isZero();
            assertThat(elsewhere.changedKeys()).contains("pkg:npm:unused");
            assertThat(unused.pairsChecked()).isZero();
            assertThat(unused.changes()).isEmpty();
        }
    }

    @Test
    void recheckEndsWithTheFindingsOfAFullScan() throws IOException {
        ImportSummary summary = importAndOpen(
                osv("GHSA-pad1-0000-0001", "2024-03-01T00:00:00Z", "left-pad", "1.3.0"),
                osv("GHSA-even-0000-0002", "2024-03-01T00:00:00Z", "is-even", "3.1.0"));
        try (AdvisoryStore store = AdvisoryStore.open(store())) {
            PortfolioCheck recheck = portfolio.recheck(store, summary.changedKeys());
            Portfolio fresh = new Portfolio();
            for (int i = 1; i <= 5; i++) {
                SbomComponent common = npm("is-even", "3.0.0");
                fresh.add("app-" + i, i <= 3 ? sbom(npm("left-pad", "1.2.0"), common) : sbom(common));
            }
            fresh.checkAll(store);
            assertThat(recheck.pairsChecked()).isEqualTo(8);
            assertThat(portfolio.findings()).isEqualTo(fresh.findings());
            assertThat(portfolio.findings().values().stream()
                            .mapToInt(List::size)
                            .sum())
                    .isEqualTo(8);
        }
    }

    @Test
    void pairsAreIndexedByTheScansLookupKeys() {
        assertThat(portfolio.pairCount()).isEqualTo(8);
        assertThat(portfolio.pairsCarrying("pkg:npm:left-pad")).isEqualTo(3);
        assertThat(portfolio.pairsCarrying("pkg:npm:is-even")).isEqualTo(5);
        assertThatThrownBy(() -> portfolio.add("app-1", sbom()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("app-1");
    }

    private Path store() {
        return dir.resolve("store");
    }

    private ImportSummary importAndOpen(Path... files) throws IOException {
        return AdvisoryStore.importFrom(store(), List.of(files));
    }

    private int written;

    private Path osv(String id, String modified, String pkg, String fixed) throws IOException {
        String cve = id.startsWith("GHSA-pad") ? "CVE-2099-1111" : "CVE-2099-" + (2000 + id.hashCode() % 1000);
        Path file = dir.resolve("in-" + written++).resolve(id + ".json");
        Files.createDirectories(file.getParent());
        return Files.writeString(
                file,
                """
                {"id":"%s","modified":"%s","aliases":["%s"],
                 "affected":[{"package":{"ecosystem":"npm","name":"%s"},
                   "ranges":[{"type":"SEMVER","events":[{"introduced":"0"},{"fixed":"%s"}]}]}]}
                """
                        .formatted(id, modified, cve, pkg, fixed));
    }

    private static SbomComponent npm(String name, String version) {
        String purl = "pkg:npm/" + name + "@" + version;
        return new SbomComponent(
                purl, "library", null, name, version, purl, null, null, null, List.of(), List.of(), null, null, null);
    }

    private static Sbom sbom(SbomComponent... components) {
        return new Sbom(
                new SbomMetadata(SbomFormat.CYCLONEDX_JSON, "1.6", null, "test", null, null, List.of(), List.of()),
                List.of(components),
                Map.of(),
                List.of());
    }
}
