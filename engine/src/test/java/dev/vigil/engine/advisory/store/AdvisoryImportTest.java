package dev.vigil.engine.advisory.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.engine.advisory.Advisory;
import dev.vigil.engine.advisory.AdvisorySource;
import dev.vigil.engine.advisory.CpeKey;
import dev.vigil.engine.advisory.KnownExploited;
import dev.vigil.engine.advisory.PackageKey;
import dev.vigil.engine.advisory.feed.FeedFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-import semantics, bad input and crash safety of {@link AdvisoryImport}. */
class AdvisoryImportTest {

    @TempDir
    Path dir;

    private Path store() {
        return dir.resolve("store");
    }

    private static String osv(String id, String modified, String extra) {
        return """
                {"id":"%s","modified":"%s","aliases":["CVE-2099-0001"]%s,
                 "affected":[{"package":{"ecosystem":"PyPI","name":"Demo_Pkg"},
                   "ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"1.10"}]}]}]}
                """
                .formatted(id, modified, extra);
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    @Test
    void reimportingTheSameRecordsChangesNothing() throws IOException {
        Path input = write("a.json", osv("PYSEC-1", "2024-01-01T00:00:00Z", ""));
        ImportSummary first = AdvisoryStore.importFrom(store(), List.of(input));
        ImportSummary again = AdvisoryStore.importFrom(store(), List.of(input));
        assertThat(first.imported()).isEqualTo(1);
        assertThat(again.imported()).isZero();
        assertThat(again.unchanged()).isEqualTo(1);
        try (AdvisoryStore store = AdvisoryStore.open(store())) {
            assertThat(store.stats().records()).isEqualTo(1);
            assertThat(store.findById("PYSEC-1")).hasSize(1);
        }
    }

    @Test
    void newerRevisionReplacesAndOlderRevisionIsIgnored() throws IOException {
        AdvisoryStore.importFrom(
                store(), List.of(write("a.json", osv("PYSEC-1", "2024-01-01T00:00:00Z", ",\"summary\":\"first\""))));
        ImportSummary newer = AdvisoryStore.importFrom(
                store(), List.of(write("b.json", osv("PYSEC-1", "2024-02-01T00:00:00Z", ",\"summary\":\"second\""))));
        ImportSummary older = AdvisoryStore.importFrom(
                store(), List.of(write("c.json", osv("PYSEC-1", "2023-12-01T00:00:00Z", ",\"summary\":\"old\""))));
        assertThat(newer.replaced()).isEqualTo(1);
        assertThat(older.outdated()).isEqualTo(1);
        assertThat(older.skips()).singleElement().satisfies(skip -> {
            assertThat(skip.where()).endsWith("c.json");
            assertThat(skip.reason()).contains("older revision");
        });
        try (AdvisoryStore store = AdvisoryStore.open(store())) {
            assertThat(store.findCandidates(PackageKey.of("pypi", "demo.pkg")))
                    .singleElement()
                    .extracting(Advisory::summary)
                    .isEqualTo("second");
        }
    }

    @Test
    void summaryListsAddedAndReplacedRecordsWithTheKeysOfBothRevisions() throws IOException {
        ImportSummary first =
                AdvisoryStore.importFrom(store(), List.of(write("a.json", osv("PYSEC-1", "2024-01-01T00:00:00Z", ""))));
        assertThat(first.changedRecords()).containsExactly("OSV/PYSEC-1");
        assertThat(first.changedKeys())
                .containsExactlyInAnyOrder("id:PYSEC-1", "id:CVE-2099-0001", "pkg:PyPI:demo-pkg");

        String moved = osv("PYSEC-1", "2024-02-01T00:00:00Z", "").replace("Demo_Pkg", "other-pkg");
        ImportSummary revision = AdvisoryStore.importFrom(store(), List.of(write("b.json", moved)));
        assertThat(revision.changedRecords()).containsExactly("OSV/PYSEC-1");
        // The package the old revision named is listed too: its lookups now answer differently.
        assertThat(revision.changedKeys()).contains("pkg:PyPI:demo-pkg", "pkg:PyPI:other-pkg");

        ImportSummary again = AdvisoryStore.importFrom(store(), List.of(write("c.json", moved)));
        assertThat(again.changedRecords()).isEmpty();
        assertThat(again.changedKeys()).isEmpty();
    }

    @Test
    void withdrawnRecordIsKeptButNeverACandidate() throws IOException {
        AdvisoryStore.importFrom(
                store(),
                List.of(write(
                        "w.json", osv("PYSEC-2", "2024-01-01T00:00:00Z", ",\"withdrawn\":\"2024-01-01T00:00:00Z\""))));
        try (AdvisoryStore store = AdvisoryStore.open(store())) {
            assertThat(store.findCandidates(PackageKey.of("PyPI", "demo-pkg"))).isEmpty();
            assertThat(store.countCandidates(PackageKey.of("PyPI", "demo-pkg"))).isZero();
            assertThat(store.findById("PYSEC-2")).singleElement().matches(Advisory::isWithdrawn);
            assertThat(store.stats().withdrawn()).isEqualTo(1);
        }
    }

    @Test
    void rejectedNvdRecordIsFlaggedWithdrawn() throws IOException {
        AdvisoryStore.importFrom(
                store(),
                List.of(
                        write(
                                "rejected.json",
                                """
                {"id":"CVE-2099-7","vulnStatus":"Rejected","lastModified":"2024-01-01T00:00:00.000",
                 "configurations":[{"nodes":[{"operator":"OR","cpeMatch":[
                   {"vulnerable":true,"criteria":"cpe:2.3:a:acme:pump:*:*:*:*:*:*:*:*"}]}]}]}
                """)));
        try (AdvisoryStore store = AdvisoryStore.open(store())) {
            assertThat(store.findCandidates(CpeKey.of("acme", "pump"))).isEmpty();
            assertThat(store.findRecord(AdvisorySource.NVD, "CVE-2099-7")).get().matches(Advisory::isWithdrawn);
        }
    }

    @Test
    void malformedRecordsAreReportedWithTheirFileAndTheRestImports() throws IOException {
        write("good.json", osv("PYSEC-3", "2024-01-01T00:00:00Z", ""));
        write("broken.json", "{\"id\": \"PYSEC-4\", \"modified\": ");
        write("nomodified.json", "{\"id\": \"PYSEC-5\", \"affected\": []}");
        write(
                "page.json",
                """
                {"format":"NVD_CVE","version":"2.0","vulnerabilities":[
                  {"cve":{"id":"CVE-2099-1","lastModified":"2024-01-01T00:00:00.000"}},
                  {"cve":{"id":"CVE-2099-2","lastModified":"yesterday"}}]}
                """);
        Files.copy(TestData.resource("bad/nointroduced-CVE-2023-41045.json"), dir.resolve("in/nointroduced.json"));
        ImportSummary summary = AdvisoryStore.importFrom(store(), List.of(dir.resolve("in")));
        assertThat(summary.imported()).isEqualTo(2);
        assertThat(summary.malformed()).isEqualTo(3);
        assertThat(summary.skips())
                .extracting(ImportSummary.Skip::where)
                .anyMatch(w -> w.endsWith("broken.json"))
                .anyMatch(w -> w.endsWith("nomodified.json"))
                .anyMatch(w -> w.endsWith("page.json#vulnerabilities[1]"))
                .anyMatch(w -> w.endsWith("nointroduced.json"));
        assertThat(summary.skips())
                .extracting(ImportSummary.Skip::reason)
                .anyMatch(r -> r.contains("not valid JSON"))
                .anyMatch(r -> r.contains("without an 'introduced' event"))
                .anyMatch(r -> r.contains("not a timestamp: yesterday"));
    }

    @Test
    void zipEntriesAreBoundedAndTraversalNamesRefused() throws IOException {
        Path zip = dir.resolve("all.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, "PYSEC-6.json", osv("PYSEC-6", "2024-01-01T00:00:00Z", ""));
            entry(out, "../evil.json", osv("PYSEC-7", "2024-01-01T00:00:00Z", ""));
            entry(
                    out,
                    "big.json",
                    osv("PYSEC-8", "2024-01-01T00:00:00Z", ",\"details\":\"" + "x".repeat(20_000) + "\""));
            entry(out, "notes.txt", "not a feed");
        }
        ImportSummary summary = AdvisoryImport.run(store(), List.of(zip), new FeedFiles.Limits(10, 10_000, 1L << 20));
        // An archive counts whole or not at all: PYSEC-6 is read, then put back.
        assertThat(summary.imported()).isZero();
        assertThat(summary.skips())
                .extracting(skip -> skip.where().substring(skip.where().indexOf('!')) + " " + skip.reason())
                .containsExactlyInAnyOrder(
                        "!../evil.json unsafe entry name (absolute or '..')",
                        "!big.json larger than 10000 bytes uncompressed");
        assertThat(summary.failedFiles())
                .singleElement()
                .satisfies(f -> assertThat(f.where()).isEqualTo(zip.toString()))
                .satisfies(f -> assertThat(f.reason()).contains("nothing from this file is imported"));

        ImportSummary tooMany =
                AdvisoryImport.run(dir.resolve("other"), List.of(zip), new FeedFiles.Limits(2, 10_000, 1L << 20));
        assertThat(tooMany.imported()).isZero();
        assertThat(tooMany.skips())
                .singleElement()
                .extracting(ImportSummary.Skip::reason)
                .asString()
                .contains("entries");
    }

    private static void entry(ZipOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    @Test
    void bytesAppendedByAnInterruptedImportAreIgnoredAndCutOff() throws IOException {
        AdvisoryStore.importFrom(store(), List.of(write("a.json", osv("PYSEC-9", "2024-01-01T00:00:00Z", ""))));
        Path data = StoreFiles.data(store(), 0);
        long valid = Files.size(data);
        try (OutputStream out = Files.newOutputStream(data, StandardOpenOption.APPEND)) {
            out.write(new byte[4096]); // what a crash before the index rename leaves behind
        }
        try (AdvisoryStore store = AdvisoryStore.open(store())) {
            assertThat(store.findById("PYSEC-9")).hasSize(1);
        }
        ImportSummary next = AdvisoryStore.importFrom(
                store(), List.of(write("b.json", osv("PYSEC-10", "2024-01-01T00:00:00Z", ""))));
        assertThat(next.imported()).isEqualTo(1);
        try (AdvisoryStore store = AdvisoryStore.open(store())) {
            assertThat(store.findById("PYSEC-9")).hasSize(1);
            assertThat(store.findById("PYSEC-10")).hasSize(1);
        }
        assertThat(Files.size(data)).isGreaterThan(valid).isLessThan(valid + 4096);
    }

    @Test
    void aSecondImportWhileOneRunsIsRefused() throws IOException {
        Files.createDirectories(store());
        try (FileChannel channel = FileChannel.open(
                        StoreFiles.lock(store()), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                var lock = channel.lock()) {
            assertThat(lock.isValid()).isTrue();
            assertThatThrownBy(() -> AdvisoryStore.importFrom(store(), List.of()))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("another import is running");
        }
    }

    @Test
    void replacedBlobsAreCompactedAwayWhenTheyOutweighLiveOnes() throws IOException {
        String details = ",\"details\":\"" + "y".repeat(200) + "\"";
        AdvisoryImport.run(
                store(),
                List.of(write("a.json", osv("PYSEC-11", "2024-01-01T00:00:00Z", details))),
                FeedFiles.Limits.DEFAULT);
        long size = Files.size(StoreFiles.data(store(), 0));
        assertThat(size).isPositive();
        // Replacing the only record makes half the file garbage, but below the 16 MB threshold: no compaction.
        AdvisoryStore.importFrom(store(), List.of(write("b.json", osv("PYSEC-11", "2024-02-01T00:00:00Z", details))));
        assertThat(Files.exists(StoreFiles.data(store(), 0))).isTrue();
        assertThat(Files.size(StoreFiles.data(store(), 0))).isGreaterThan(size);
    }

    @Test
    void olderEpssScoresDoNotReplaceNewerOnes() throws IOException {
        AdvisoryStore.importFrom(store(), List.of(TestData.resource("epss")));
        ImportSummary older = AdvisoryStore.importFrom(
                store(),
                List.of(
                        write(
                                "old.csv",
                                """
                #model_version:v2023.03.01,score_date:2024-01-01T00:00:00+0000
                cve,epss,percentile
                CVE-2021-44228,0.1,0.2
                """)));
        assertThat(older.epssOutcome()).startsWith("ignored");
        try (AdvisoryStore store = AdvisoryStore.open(store())) {
            assertThat(store.findEpss("CVE-2021-44228").orElseThrow().epss()).isGreaterThan(0.9);
            assertThat(store.findEpss("CVE-1999-0001")).isEmpty();
        }
    }

    @Test
    void gzippedNvdFeedIsStreamedElementByElement() throws IOException {
        Path gz = dir.resolve("nvdcve-2.0-2023.json.gz");
        try (OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(TestData.resource("nvd/CVE-2023-4863.json")));
        }
        ImportSummary summary = AdvisoryStore.importFrom(store(), List.of(gz));
        assertThat(summary.imported()).isEqualTo(1);
        try (AdvisoryStore store = AdvisoryStore.open(store())) {
            assertThat(store.findRecord(AdvisorySource.NVD, "CVE-2023-4863")).isPresent();
        }
    }

    @Test
    void largeJsonIsStreamedAndOnlyReadAsAFeed() throws IOException {
        Path large = write("large.json", "{\"document\": {\"title\": \"" + "z".repeat(20_000) + "\"}}");
        var limits = new FeedFiles.Limits(10, 100_000, 1L << 20, 10_000);
        ImportSummary summary = AdvisoryImport.run(
                store(), List.of(TestData.resource("nvd/CVE-2023-4863.json"), TestData.resource("kev"), large), limits);
        assertThat(summary.imported()).isEqualTo(1);
        assertThat(summary.kevAdded()).isEqualTo(4);
        assertThat(summary.skips()).singleElement().satisfies(skip -> {
            assertThat(skip.where()).endsWith("large.json");
            assertThat(skip.reason()).contains("read only as an NVD or KEV feed");
        });
    }

    @Test
    void kevCsvAndKevJsonGiveTheSameEntries() throws IOException {
        AdvisoryStore.importFrom(store(), List.of(TestData.resource("kev")));
        ImportSummary csv = AdvisoryStore.importFrom(store(), List.of(TestData.resource("kev-csv")));
        assertThat(csv.skips()).isEmpty();
        assertThat(csv.kevRead()).isEqualTo(4);
        assertThat(csv.kevAdded() + csv.kevUpdated()).isZero();
        try (AdvisoryStore store = AdvisoryStore.open(store())) {
            KnownExploited eternalBlue =
                    store.findKnownExploited("CVE-2017-0144").orElseThrow();
            assertThat(eternalBlue.ransomwareUse()).isTrue();
            assertThat(eternalBlue.dueDate()).hasToString("2022-08-10");
        }
    }

    @Test
    void defaultStoreFollowsXdgDataHome() {
        assertThat(StoreFiles.defaultDirectory(java.util.Map.of("XDG_DATA_HOME", "/data"), "/home/u"))
                .isEqualTo(Path.of("/data/vigil/advisories"));
        assertThat(StoreFiles.defaultDirectory(java.util.Map.of(), "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/share/vigil/advisories"));
    }

    @Test
    void anEmptyDirectoryIsAnEmptyStore() throws IOException {
        try (AdvisoryStore store = AdvisoryStore.open(dir.resolve("nothing"))) {
            assertThat(store.findCandidates(PackageKey.of("npm", "x"))).isEmpty();
            assertThat(store.stats().records()).isZero();
        }
    }
}
