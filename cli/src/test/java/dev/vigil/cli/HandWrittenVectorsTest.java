package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vigil.cli.HandWrittenVectors.Row;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance (issue 5): {@code vigil version compare --file} agrees with every hand-written vector of
 * osv-scanner, vers-spec and node-semver. The TSV is written here from the upstream files.
 */
class HandWrittenVectorsTest {

    @TempDir
    Path tmp;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(HandWrittenVectorsTest.class
                .getResource("/version-vectors/" + name)
                .toURI());
    }

    @Test
    void bundledVectorsAllAgree() throws Exception {
        List<Row> rows = new ArrayList<>(HandWrittenVectors.osvScanner(resource("osv-scanner")));
        rows.addAll(HandWrittenVectors.versSpec(List.of(
                resource("vers-spec/maven_version_cmp_test.json"), resource("vers-spec/nuget_version_cmp_test.json"))));
        rows.addAll(HandWrittenVectors.nodeSemver(resource("node-semver")));
        assertAllAgree(rows);
        assertThat(rows).hasSizeGreaterThan(1_400);
    }

    @Test
    void everyHandWrittenVectorInSharedDataAgrees() throws Exception {
        Optional<Path> shared = SharedData.folder("version-vectors");
        assumeTrue(shared.isPresent(), "skipped: ../shared/data/version-vectors not found next to the repository");
        Path dir = shared.get();
        List<Row> rows = new ArrayList<>(HandWrittenVectors.osvScanner(dir.resolve("osv-scanner-semantic-fixtures")));
        List<Path> cmp;
        try (Stream<Path> files = Files.list(dir.resolve("vers-spec/tests"))) {
            cmp = files.filter(p -> p.getFileName().toString().endsWith("_version_cmp_test.json")
                            || p.getFileName().toString().equals("lexicographic-test.json"))
                    .sorted()
                    .toList();
        }
        rows.addAll(HandWrittenVectors.versSpec(cmp));
        rows.addAll(HandWrittenVectors.nodeSemver(dir.resolve("node-semver/fixtures")));
        assertAllAgree(rows);
    }

    private void assertAllAgree(List<Row> rows) throws IOException {
        Path tsv = tmp.resolve("vectors.tsv");
        Files.write(tsv, rows.stream().map(Row::tsv).toList(), StandardCharsets.UTF_8);
        CommandRun run = CommandRun.of("version", "compare", "--file", tsv.toString());
        List<String> out = run.out().lines().toList();
        assertThat(out).as("one output line per input line").hasSize(rows.size());
        Map<String, int[]> perSource = new TreeMap<>();
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int[] tally = perSource.computeIfAbsent(r.ecosystem() + " (" + r.source() + ")", k -> new int[2]);
            tally[1]++;
            if (r.agreesWith(out.get(i))) {
                tally[0]++;
            } else {
                disagreements.add(r.tsv().replace('\t', ' ') + ": want " + r.expected() + ", got " + out.get(i));
            }
        }
        StringBuilder report = new StringBuilder("hand-written vectors:\n");
        perSource.forEach((k, t) -> report.append("  ")
                .append(k)
                .append(' ')
                .append(t[0])
                .append('/')
                .append(t[1])
                .append('\n'));
        System.out.print(report);
        assertThat(disagreements).as(report.toString()).isEmpty();
        assertThat(run.exitCode()).isZero();
    }
}
