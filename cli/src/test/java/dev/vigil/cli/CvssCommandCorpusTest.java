package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every v3.0, v3.1 and v4.0 Red Hat test file in {@code ../shared/data/cvss} run through {@code
 * vigil cvss --file}: each printed score must be the expected most specific score (v3: the
 * environmental value if the vector defines an environmental metric, else temporal if it defines a
 * temporal one, else base; v4: the single expected value). Skipped when the shared folder is absent.
 */
class CvssCommandCorpusTest {

    private static final Set<String> V3_TEMPORAL = Set.of("E", "RL", "RC");
    private static final Set<String> V3_ENVIRONMENTAL =
            Set.of("CR", "IR", "AR", "MAV", "MAC", "MPR", "MUI", "MS", "MC", "MI", "MA");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "vectors_simple3", "vectors_simple31", "vectors_cvsslib3", "vectors_calculator3",
                "vectors_simple4", "vectors_supplemental4", "vectors_security4", "vectors_threat4"
            })
    void everyVectorOfTheFileScoresAsExpectedThroughTheCommand(String name) throws IOException {
        Optional<Path> corpus = sharedCorpus();
        assumeTrue(corpus.isPresent(), "skipped: ../shared/data/cvss not found next to the repository root");
        Map<String, Double> expected = new LinkedHashMap<>();
        for (String line :
                Files.readAllLines(corpus.get().resolve("redhat-cvss").resolve(name))) {
            int dash = line.lastIndexOf(" - ");
            if (dash > 0) {
                String vector = line.substring(0, dash).trim();
                expected.put(vector, mostSpecific(vector, line.substring(dash + 3)));
            }
        }
        Path input = Files.write(dir.resolve(name + ".txt"), expected.keySet());

        CommandRun run = CommandRun.of("cvss", "--file", input.toString());

        assertThat(run.exitCode()).isZero();
        List<String> wrong = new ArrayList<>();
        List<String> lines = run.out().lines().toList();
        for (String line : lines) {
            String[] cells = line.split("\t");
            if (Double.parseDouble(cells[1]) != expected.get(cells[0])) {
                wrong.add(line + " expected " + expected.get(cells[0]));
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(lines).hasSize(expected.size());
    }

    private static double mostSpecific(String vector, String tuple) {
        double[] values = Arrays.stream(tuple.replace("(", "").replace(")", "").split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .mapToDouble(Double::parseDouble)
                .toArray();
        if (values.length == 1) {
            return values[0];
        }
        if (defines(vector, V3_ENVIRONMENTAL)) {
            return values[2];
        }
        return defines(vector, V3_TEMPORAL) ? values[1] : values[0];
    }

    private static boolean defines(String vector, Set<String> metrics) {
        return Arrays.stream(vector.split("/"))
                .map(part -> part.split(":"))
                .anyMatch(kv -> metrics.contains(kv[0]) && !kv[1].equals("X"));
    }

    /** {@code ../shared/data/cvss} next to the repository root (the folder holding {@code .git}). */
    private static Optional<Path> sharedCorpus() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                Path corpus = dir.resolveSibling("shared").resolve("data").resolve("cvss");
                return Files.isDirectory(corpus) ? Optional.of(corpus) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
