package dev.vigil.engine.cvss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The small vector sets committed in src/test/resources/cvss: they run on every clone. */
class CommittedCvssVectorsTest {

    static Stream<ExpectedScores> handComputed() {
        return ExpectedScores.readTsv(ExpectedScores.resource("v3-hand-computed.tsv")).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handComputed")
    void handComputedV3VectorsScoreAsTheSpecificationFormulasGive(ExpectedScores expected) throws Exception {
        CvssScore score = Cvss.score(expected.vector());

        assertThat(score.baseScore()).as("base").isEqualTo(expected.base());
        assertThat(score.score()).as("most specific").isEqualTo(expected.mostSpecific());
        if (expected.definesV3Temporal()) {
            assertThat(Cvss.score(expected.withoutV3Environmental()).score())
                    .as("temporal")
                    .isEqualTo(expected.values().get(1));
        }
    }

    /** source, version, vector, base score, severity, extra */
    static Stream<String[]> published() {
        return ExpectedScores.lines(ExpectedScores.resource("published_vectors_with_scores.tsv")).stream()
                .skip(1)
                .map(line -> line.split("\t", -1));
    }

    @Test
    void everyPublishedV3AndV4VectorGetsItsPublishedBaseScoreAndSeverity() throws Exception {
        List<String[]> rows = published().filter(r -> !r[1].equals("2.0")).toList();
        for (String[] row : rows) {
            CvssScore score = Cvss.score(row[2]);
            assertThat(score.baseScore()).as(row[0]).isEqualTo(Double.parseDouble(row[3]));
            assertThat(score.baseSeverity().label()).as(row[0]).isEqualToIgnoringCase(row[4]);
            assertThat(score.version().label()).as(row[0]).isEqualTo(row[1]);
        }
        assertThat(rows).hasSize(1024);
    }

    @Test
    void publishedTemporalScoresMatchWhereTheVectorDefinesTemporalMetrics() throws Exception {
        List<String[]> rows = published()
                .filter(r -> r[5].contains("temporalScore=") && r[2].contains("/RL:"))
                .toList();
        for (String[] row : rows) {
            String temporal = row[5].replaceAll(".*temporalScore=([0-9.]+).*", "$1");
            assertThat(Cvss.score(row[2]).score()).as(row[0]).isEqualTo(Double.parseDouble(temporal));
        }
        assertThat(rows).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("publishedV2")
    void publishedV2VectorsAreRejectedAsUnsupported(String vector) {
        assertThatThrownBy(() -> Cvss.score(vector))
                .isInstanceOf(InvalidCvssVectorException.class)
                .hasMessageContaining("not supported");
    }

    static Stream<String> publishedV2() {
        return published().filter(r -> r[1].equals("2.0")).map(r -> r[2]);
    }
}
