package dev.vigil.engine.advisory.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An EPSS snapshot replaces the stored one only when its date is real, not in the future, newer, and the
 * file is complete; a same-date snapshot with other values is a conflict, not "unchanged".
 */
class EpssSnapshotTest {
    @TempDir
    Path dir;

    private Path store() {
        return dir.resolve("store");
    }

    private static String snapshot(String date, int rows, float score) {
        StringBuilder csv = new StringBuilder("#model_version:v2023.03.01,score_date:" + date + "T00:00:00+0000\n");
        csv.append("cve,epss,percentile\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("CVE-2024-").append(1000 + i).append(',').append(score).append(",0.5\n");
        }
        return csv.toString();
    }

    private ImportSummary importCsv(String name, String content) throws IOException {
        Path file = Files.writeString(dir.resolve(name), content);
        return AdvisoryStore.importFrom(store(), List.of(file));
    }

    private double stored(String cve) throws IOException {
        try (AdvisoryStore store = AdvisoryStore.open(store())) {
            return store.findEpss(cve).orElseThrow().epss();
        }
    }

    @BeforeEach
    void aRealSnapshotIsStored() throws IOException {
        ImportSummary first = importCsv("first.csv", snapshot("2024-06-01", 200, 0.25f));
        assertThat(first.epssOutcome()).startsWith("stored 200 scores");
        assertThat(first.failedFiles()).isEmpty();
    }

    @Test
    void anImpossibleOrFutureScoreDateIsRefusedAndCannotWinOverLaterSnapshots() throws IOException {
        String tomorrowPlusOne = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
        for (String date : List.of("9999-99-99", "2024-02-30", tomorrowPlusOne)) {
            ImportSummary bad = importCsv("bad.csv", snapshot(date, 200, 0.9f));
            assertThat(bad.failedFiles()).as(date).singleElement().satisfies(f -> assertThat(f.where())
                    .contains("bad.csv"));
            assertThat(bad.epssRead()).isZero();
            assertThat(stored("CVE-2024-1001")).isEqualTo(0.25, org.assertj.core.api.Assertions.within(1e-6));
        }
        ImportSummary later = importCsv("later.csv", snapshot("2024-06-02", 200, 0.5f));
        assertThat(later.epssOutcome()).startsWith("stored");
        assertThat(stored("CVE-2024-1001")).isEqualTo(0.5, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void aFileOfMostlyBadRowsIsRefusedAndAFewBadRowsAreListed() throws IOException {
        String mostlyBad = snapshot("2024-06-02", 10, 0.5f) + "CVE-2024-9,abc,0.1\n".repeat(20);
        ImportSummary refused = importCsv("mostly-bad.csv", mostlyBad);
        assertThat(refused.failedFiles()).singleElement().satisfies(f -> assertThat(f.reason())
                .contains("20 of 30 rows are bad"));
        assertThat(stored("CVE-2024-1001")).isEqualTo(0.25, org.assertj.core.api.Assertions.within(1e-6));

        String oneBad = snapshot("2024-06-02", 200, 0.5f) + "CVE-2024-9,abc,0.1\n";
        ImportSummary taken = importCsv("one-bad.csv", oneBad);
        assertThat(taken.failedFiles()).isEmpty();
        assertThat(taken.skips()).singleElement().satisfies(s -> assertThat(s.where())
                .endsWith("one-bad.csv:203"));
        assertThat(stored("CVE-2024-1001")).isEqualTo(0.5, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void aSameDateSnapshotWithOtherValuesIsAConflictAndSameValuesAreUnchanged() throws IOException {
        ImportSummary same = importCsv("same.csv", snapshot("2024-06-01", 200, 0.25f));
        assertThat(same.epssOutcome()).startsWith("unchanged");
        assertThat(same.failedFiles()).isEmpty();

        ImportSummary other = importCsv("other.csv", snapshot("2024-06-01", 200, 0.75f));
        assertThat(other.epssOutcome()).startsWith("conflict");
        assertThat(other.failedFiles()).singleElement().satisfies(f -> assertThat(f.where())
                .endsWith("other.csv"));
        assertThat(stored("CVE-2024-1001")).isEqualTo(0.25, org.assertj.core.api.Assertions.within(1e-6));
    }
}
