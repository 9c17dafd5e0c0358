package dev.vigil.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.engine.model.Hazard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskMatrixTest {

    @TempDir
    Path dir;

    /** Every cell of the default matrix, row by row: c = controlled, u = uncontrolled, bands 1 to 5. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "NEGLIGIBLE, ccccc",
        "MINOR, ccccu",
        "SERIOUS, cccuu",
        "CRITICAL, ccuuu",
        "CATASTROPHIC, cuuuu",
    })
    void theDefaultMatrixCells(Hazard.Severity severity, String row) {
        RiskMatrix matrix = RiskMatrix.standard();
        for (int band = 1; band <= 5; band++) {
            assertThat(matrix.isControlled(band, severity)).as("band %d", band).isEqualTo(row.charAt(band - 1) == 'c');
        }
    }

    @ParameterizedTest(name = "band {0} is outside 1..5")
    @CsvSource({"0", "6", "-1"})
    void bandsOutsideTheMatrixAreRejected(int band) {
        assertThatThrownBy(() -> RiskMatrix.standard().isControlled(band, Hazard.Severity.MINOR))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aManufacturersMatrixReplacesTheDefault() throws Exception {
        Path file = write(
                """
                name: Example Medical matrix v2
                matrix:
                  negligible:   [controlled, controlled, controlled, controlled, controlled]
                  minor:        [controlled, controlled, controlled, controlled, controlled]
                  serious:      [controlled, controlled, controlled, controlled, uncontrolled]
                  critical:     [controlled, controlled, controlled, uncontrolled, uncontrolled]
                  catastrophic: [controlled, controlled, uncontrolled, uncontrolled, uncontrolled]
                """);
        RiskMatrix matrix = RiskMatrix.load(file);
        assertThat(matrix.name()).isEqualTo("Example Medical matrix v2");
        assertThat(matrix.isControlled(2, Hazard.Severity.CATASTROPHIC)).isTrue();
        assertThat(RiskMatrix.standard().isControlled(2, Hazard.Severity.CATASTROPHIC))
                .isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "unknown key | colour: red | 1:1 | unknown key 'colour'",
                "missing matrix | name: x | 1:1 | missing the required key 'matrix'",
                "not a map | [1, 2] | 1:1 | is a map",
                "unknown severity | matrix: {fatal: [controlled]} | 1:10 | 'fatal' is not an ISO 14971 severity",
                "repeated row | matrix: {minor: [controlled], minor: [controlled]} | 1:31 | duplicate harm severity 'minor'",
                "too few cells | matrix: {minor: [controlled, controlled]} | 1:17 | must be a list of 5 cells",
                "bad cell | matrix: {minor: [controlled, controlled, ok, controlled, controlled]} | 1:42 | 'ok' is not a valid value; expected one of controlled, uncontrolled",
            })
    void invalidFilesAreRejectedWithTheLocation(String behaviour, String yaml, String at, String message)
            throws IOException {
        Path file = write(yaml + "\n");
        assertThatThrownBy(() -> RiskMatrix.load(file))
                .isInstanceOfSatisfying(InvalidRiskMatrixException.class, e -> assertThat(e.diagnostics())
                        .anySatisfy(d -> {
                            assertThat(d.toString()).startsWith(file + ":" + at + ": ");
                            assertThat(d.message()).contains(message);
                        }));
    }

    @Test
    void aMissingRowIsNamed() throws IOException {
        Path file = write(
                """
                matrix:
                  negligible:   [controlled, controlled, controlled, controlled, controlled]
                  minor:        [controlled, controlled, controlled, controlled, uncontrolled]
                  serious:      [controlled, controlled, controlled, uncontrolled, uncontrolled]
                  critical:     [controlled, controlled, uncontrolled, uncontrolled, uncontrolled]
                """);
        assertThatThrownBy(() -> RiskMatrix.load(file))
                .isInstanceOfSatisfying(InvalidRiskMatrixException.class, e -> assertThat(e.diagnostics())
                        .singleElement()
                        .satisfies(d -> assertThat(d.message()).contains("missing row for severity 'catastrophic'")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "higher exploitability may not turn controlled again | [controlled, uncontrolled, controlled, uncontrolled, uncontrolled] | 6:17 | turns back to controlled at band 3",
                "worse harm may not be more acceptable | [controlled, controlled, controlled, controlled, uncontrolled] | 6:17 | band 4 is controlled for 'catastrophic' but uncontrolled for the less severe 'critical'",
            })
    void aMatrixThatGetsMoreLenientAsRiskGrowsIsRejected(
            String behaviour, String catastrophic, String at, String message) throws IOException {
        Path file = write(
                """
                matrix:
                  negligible:   [controlled, controlled, controlled, controlled, controlled]
                  minor:        [controlled, controlled, controlled, controlled, uncontrolled]
                  serious:      [controlled, controlled, controlled, uncontrolled, uncontrolled]
                  critical:     [controlled, controlled, uncontrolled, uncontrolled, uncontrolled]
                  catastrophic: ROW
                """
                        .replace("ROW", catastrophic));
        assertThatThrownBy(() -> RiskMatrix.load(file))
                .isInstanceOfSatisfying(InvalidRiskMatrixException.class, e -> assertThat(e.diagnostics())
                        .anySatisfy(d -> {
                            assertThat(d.toString()).startsWith(file + ":" + at + ": ");
                            assertThat(d.message()).contains(message);
                        }));
    }

    @Test
    void aMissingFileIsReportedNotThrownRaw() {
        Path missing = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> RiskMatrix.load(missing))
                .isInstanceOfSatisfying(
                        InvalidRiskMatrixException.class,
                        e -> assertThat(e.getMessage()).contains("nope.yaml").contains("file not found"));
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("matrix.yaml"), yaml);
    }
}
