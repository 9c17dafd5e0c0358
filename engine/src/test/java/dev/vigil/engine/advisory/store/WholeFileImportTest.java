package dev.vigil.engine.advisory.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.advisory.feed.FeedFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that ends early or has the wrong shape commits nothing from itself and is named as failed;
 * record-level problems stay record-level. Duplicate keys are an error in every feed.
 */
class WholeFileImportTest {
    /** Streams every JSON file above 1 KB, as the real default does above 32 MB. */
    private static final FeedFiles.Limits STREAM_SMALL = new FeedFiles.Limits(1000, 1L << 20, 1L << 30, 1024);

    @TempDir
    Path dir;

    private static String nvdItem(int n) {
        return "{\"cve\":{\"id\":\"CVE-2099-" + (1000 + n) + "\",\"lastModified\":\"2024-01-01T00:00:00.000\","
                + "\"descriptions\":[{\"lang\":\"en\",\"value\":\"" + "x".repeat(50) + "\"}]}}";
    }

    private static String nvdPage(int items) {
        StringBuilder page = new StringBuilder("{\"format\":\"NVD_CVE\",\"version\":\"2.0\",\"vulnerabilities\":[");
        for (int i = 0; i < items; i++) {
            page.append(i == 0 ? "" : ",").append(nvdItem(i));
        }
        return page.append("]}").toString();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private ImportSummary importAll(Path... files) throws IOException {
        return AdvisoryImport.run(dir.resolve("store"), List.of(files), STREAM_SMALL);
    }

    private long storedRecords() throws IOException {
        if (!Files.exists(StoreFiles.index(dir.resolve("store")))) {
            return 0;
        }
        try (AdvisoryStore store = AdvisoryStore.open(dir.resolve("store"))) {
            return store.stats().records();
        }
    }

    @Test
    void aCompleteStreamedPageImportsEveryRecord() throws IOException {
        ImportSummary summary = importAll(write("page.json", nvdPage(40)));
        assertThat(summary.imported()).isEqualTo(40);
        assertThat(summary.failedFiles()).isEmpty();
    }

    @Test
    void aTruncatedStreamedPageCommitsNothingAndIsNamed() throws IOException {
        String page = nvdPage(40);
        Path truncated = write("page.json", page.substring(0, page.length() * 3 / 4));
        ImportSummary summary = importAll(truncated);
        assertThat(summary.imported()).isZero();
        assertThat(storedRecords()).isZero();
        assertThat(summary.failedFiles())
                .singleElement()
                .satisfies(f -> assertThat(f.where()).isEqualTo(truncated.toString()))
                .satisfies(f -> assertThat(f.reason()).contains("nothing from this file is imported"));
    }

    @Test
    void aTruncatedGzipCommitsNothingButOtherFilesImport() throws IOException {
        Path good = write("good.json", nvdPage(1).replace("CVE-2099-1000", "CVE-2098-1"));
        byte[] gz;
        try (var bytes = new java.io.ByteArrayOutputStream();
                OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(nvdPage(40).getBytes(StandardCharsets.UTF_8));
            out.close();
            gz = bytes.toByteArray();
        }
        Path cut = Files.write(dir.resolve("feed.json.gz"), Arrays.copyOf(gz, gz.length - 20));
        ImportSummary summary = importAll(good, cut);
        assertThat(summary.imported()).isEqualTo(1);
        assertThat(summary.failedFiles()).extracting(ImportSummary.Skip::where).containsExactly(cut.toString());
        assertThat(storedRecords()).isEqualTo(1);
    }

    @Test
    void aZipWithACorruptEntryCommitsNothingFromTheArchive() throws IOException {
        Path zip = dir.resolve("all.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < 3; i++) {
                out.putNextEntry(new ZipEntry("CVE-" + i + ".json"));
                out.write(nvdPage(1).replace("CVE-2099-1000", "CVE-2097-" + i).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        byte[] bytes = Files.readAllBytes(zip);
        // Flip a byte inside the last entry's compressed data: its CRC no longer matches.
        int last = indexOfLast(bytes, "CVE-2.json".getBytes(StandardCharsets.US_ASCII));
        bytes[last + 20] ^= 0x55;
        Files.write(zip, bytes);
        ImportSummary summary = importAll(zip);
        assertThat(summary.imported()).isZero();
        assertThat(summary.failedFiles()).extracting(ImportSummary.Skip::where).containsExactly(zip.toString());
        assertThat(storedRecords()).isZero();
    }

    private static int indexOfLast(byte[] haystack, byte[] needle) {
        int found = -1;
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                found = i;
                if (found > haystack.length / 2) {
                    break;
                }
            }
        }
        // The local header's name comes first; the central directory repeats it later.
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i + needle.length;
            }
        }
        return found;
    }

    @Test
    void wrongShapedFeedsAreFailedFilesNotZeroImported() throws IOException {
        for (String body : List.of(
                "{\"format\":\"NVD_CVE\",\"vulnerabilities\":\"nope\"}",
                "{\"catalogVersion\":\"1\",\"vulnerabilities\":{\"a\":1}}",
                "{\"format\":\"NVD_CVE\",\"vulnerabilities\":null}",
                "[]",
                "null")) {
            Path file = write("shape.json", body);
            ImportSummary small = AdvisoryStore.importFrom(dir.resolve("small"), List.of(file));
            assertThat(small.failedFiles())
                    .as(body)
                    .extracting(ImportSummary.Skip::where)
                    .containsExactly(file.toString());
            Path big = write("big.json", body + " ".repeat(2000));
            ImportSummary streamed = importAll(big);
            assertThat(streamed.failedFiles())
                    .as("streamed " + body)
                    .extracting(ImportSummary.Skip::where)
                    .containsExactly(big.toString());
        }
    }

    @Test
    void aDuplicateKeyFailsTheFileInsteadOfReplacingAnAdvisory() throws IOException {
        Path file = write(
                "dup.json",
                """
                {"id":"GHSA-real-1111-2222","modified":"2024-01-01T00:00:00Z",
                 "id":"GHSA-fake-3333-4444",
                 "affected":[{"package":{"ecosystem":"PyPI","name":"demo"},
                   "ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"1.0"}]}]}]}
                """);
        ImportSummary summary = AdvisoryStore.importFrom(dir.resolve("store"), List.of(file));
        assertThat(summary.imported()).isZero();
        assertThat(summary.failedFiles()).singleElement().satisfies(f -> assertThat(f.reason())
                .contains("Duplicate field 'id'")
                .contains("line 2"));
        Path page =
                write("page.json", nvdPage(30).replace("\"lastModified\"", "\"id\":\"CVE-2099-9\",\"lastModified\""));
        assertThat(importAll(page).failedFiles()).isNotEmpty();
    }

    @Test
    void aRecordWithAnUnreadableVersionIsListedAsMalformedAndNotStored() throws IOException {
        String longFixed = "1" + ".1".repeat(50_000);
        Path file = write(
                "long.json",
                """
                {"id":"GHSA-long-1111-2222","modified":"2024-01-01T00:00:00Z",
                 "affected":[{"package":{"ecosystem":"npm","name":"demo"},
                   "ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"%s"}]}]}]}
                """
                        .formatted(longFixed));
        ImportSummary summary = AdvisoryStore.importFrom(dir.resolve("store"), List.of(file));
        assertThat(summary.imported()).isZero();
        assertThat(summary.malformed()).isEqualTo(1);
        assertThat(summary.skips()).singleElement().satisfies(s -> assertThat(s.reason())
                .contains("not a valid npm version")
                .hasSizeLessThan(400));
    }
}
