package dev.vigil.engine.cvss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every v3.0, v3.1 and v4.0 vector with expected scores in {@code ../shared/data/cvss}: the Red Hat
 * test files (LGPL-3.0, read in place, never copied) with every value of their tuples, and the
 * published real-world vectors. Skipped, with a message, when the shared folder is absent.
 */
class SharedCvssCorpusTest {

    private static final List<String> V3_FILES =
            List.of("vectors_simple3", "vectors_simple31", "vectors_cvsslib3", "vectors_calculator3");
    private static final List<String> V4_BASE_FILES = List.of("vectors_simple4");
    private static final List<String> V4_FULL_FILES =
            List.of("vectors_supplemental4", "vectors_security4", "vectors_threat4");

    private static Path corpus() {
        Optional<Path> corpus = ExpectedScores.sharedCorpus();
        assumeTrue(corpus.isPresent(), "skipped: ../shared/data/cvss not found next to the repository root");
        return corpus.get();
    }

    private static List<ExpectedScores> read(List<String> files) {
        Path redHat = corpus().resolve("redhat-cvss");
        List<ExpectedScores> all = new ArrayList<>();
        files.forEach(f -> all.addAll(ExpectedScores.readRedHat(redHat.resolve(f))));
        return all;
    }

    @Test
    void everyV3VectorGetsItsBaseTemporalAndEnvironmentalScores() throws Exception {
        List<ExpectedScores> all = read(V3_FILES);
        List<String> wrong = new ArrayList<>();
        for (ExpectedScores expected : all) {
            CvssScore score = Cvss.score(expected.vector());
            if (score.baseScore() != expected.base() || score.score() != expected.mostSpecific()) {
                wrong.add(expected + " got " + score);
            }
            if (expected.definesV3Temporal()
                    && Cvss.score(expected.withoutV3Environmental()).score()
                            != expected.values().get(1)) {
                wrong.add(expected + " temporal");
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(all).hasSize(2592 + 2592 + 29 + 2);
    }

    @Test
    void everyV4BaseVectorGetsItsBaseScore() throws Exception {
        List<ExpectedScores> all = read(V4_BASE_FILES);
        List<String> wrong = new ArrayList<>();
        for (ExpectedScores expected : all) {
            CvssScore score = Cvss.score(expected.vector());
            if (score.baseScore() != expected.base() || score.score() != expected.base()) {
                wrong.add(expected + " got " + score);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(all).hasSize(1058);
    }

    @Test
    void everyV4VectorWithThreatEnvironmentalOrSupplementalMetricsGetsItsOverallScore() throws Exception {
        List<ExpectedScores> all = read(V4_FULL_FILES);
        // Supplemental metrics never change a score, so each supplemental4 line also states the
        // CVSS-B score of its base metrics: the base score the other vectors must keep apart.
        Map<String, Double> baseScores = new HashMap<>();
        read(List.of("vectors_supplemental4")).forEach(e -> baseScores.put(baseOnly(e.vector()), e.base()));
        List<String> wrong = new ArrayList<>();
        for (ExpectedScores expected : all) {
            CvssScore score = Cvss.score(expected.vector());
            Double base = baseScores.get(baseOnly(expected.vector()));
            if (score.score() != expected.mostSpecific() || base == null || score.baseScore() != base) {
                wrong.add(expected + " got " + score + ", base " + base);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(all).hasSize(576 + 54 + 6);
    }

    /** The prefix and the 11 base metrics, which lead every v4 vector in these files. */
    private static String baseOnly(String vector) {
        return String.join("/", List.of(vector.split("/")).subList(0, 12));
    }

    @Test
    void everyPublishedRealWorldVectorGetsItsPublishedBaseScore() throws Exception {
        List<String> lines = ExpectedScores.lines(corpus().resolve("real-world/published_vectors_with_scores.tsv"));
        int checked = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] row = line.split("\t", -1);
            if (!row[1].equals("2.0")) {
                assertThat(Cvss.score(row[2]).baseScore()).as(row[0]).isEqualTo(Double.parseDouble(row[3]));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(1024);
    }

    @Test
    void wholeCorpusScoresInSeconds() throws Exception {
        List<ExpectedScores> all = read(List.of(
                "vectors_simple3",
                "vectors_simple31",
                "vectors_cvsslib3",
                "vectors_calculator3",
                "vectors_simple4",
                "vectors_supplemental4",
                "vectors_security4",
                "vectors_threat4"));
        long start = System.nanoTime();
        for (ExpectedScores expected : all) {
            Cvss.score(expected.vector());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("CVSS corpus: %d vectors scored in %d ms%n", all.size(), millis);
        assertThat(millis).isLessThan(10_000);
    }
}
