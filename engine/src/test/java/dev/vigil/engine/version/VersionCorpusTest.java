package dev.vigil.engine.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * About 74,500 comparisons produced by each ecosystem's own implementation (dpkg, rpm, apk,
 * packaging, ComparableVersion, Gem::Version, PHP, node-semver...), read from {@code
 * ../shared/data/version-vectors/tsv}. The GPL file is read here and never copied into the repository.
 */
class VersionCorpusTest {

    private static final Optional<Path> VECTORS = SharedData.folder("version-vectors");

    /** Corpus names that are not OSV ecosystem spellings. */
    private static Optional<VersionScheme> scheme(String name) {
        return switch (name) {
            case "semver" -> VersionSchemes.forEcosystem("SemVer");
            default -> VersionSchemes.forEcosystem(name).or(() -> VersionSchemes.forVersScheme(name));
        };
    }

    private static final class Tally {
        int agree;
        int total;
        final List<String> disagreements = new ArrayList<>();
    }

    @Test
    void everySupportedEcosystemAgreesWithItsOwnTool() throws IOException {
        assumeTrue(VECTORS.isPresent(), "skipped: ../shared/data/version-vectors not found next to the repository");
        Map<String, Tally> tallies = new TreeMap<>();
        Map<String, Integer> unsupported = new TreeMap<>();
        long start = System.nanoTime();
        for (String file : List.of("version_comparisons.tsv", "version_comparisons_gpl.tsv")) {
            try (BufferedReader in =
                    Files.newBufferedReader(VECTORS.get().resolve("tsv").resolve(file), StandardCharsets.UTF_8)) {
                in.readLine(); // header
                String line;
                while ((line = in.readLine()) != null) {
                    String[] f = line.split("\t", -1);
                    Optional<VersionScheme> scheme = scheme(f[0]);
                    if (scheme.isEmpty()) {
                        unsupported.merge(f[0], 1, Integer::sum);
                        continue;
                    }
                    Tally t = tallies.computeIfAbsent(f[0], k -> new Tally());
                    t.total++;
                    String got;
                    try {
                        got = Integer.toString(scheme.get().compare(f[1], f[2]));
                    } catch (InvalidVersionException e) {
                        got = "error: " + e.getMessage();
                    }
                    boolean ok = f[3].equals("ne") ? got.equals("-1") || got.equals("1") : got.equals(f[3]);
                    if (ok) {
                        t.agree++;
                    } else if (t.disagreements.size() < 20) {
                        t.disagreements.add(
                                f[1] + " vs " + f[2] + ": want " + f[3] + ", got " + got + " (" + f[4] + ")");
                    }
                }
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        StringBuilder report = new StringBuilder("version corpus agreement (" + millis + " ms):\n");
        tallies.forEach((eco, t) -> report.append(String.format("  %-10s %6d/%-6d%n", eco, t.agree, t.total)));
        unsupported.forEach(
                (eco, n) -> report.append(String.format("  %-10s %6d rows, no ordering implemented%n", eco, n)));
        System.out.print(report);
        tallies.forEach((eco, t) ->
                assertThat(t.disagreements).as(eco + " disagreements").isEmpty());
        assertThat(tallies.values().stream().mapToInt(t -> t.total).sum()).isGreaterThan(74_000);
    }

    @Test
    void nativeRangeConversionsOfVersSpecParseAsCanonicalVers() throws IOException {
        assumeTrue(VECTORS.isPresent(), "skipped: ../shared/data/version-vectors not found next to the repository");
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String scheme : List.of("npm", "pypi", "gem", "nuget")) {
            Path file = VECTORS.get().resolve("vers-spec/tests/" + scheme + "_range_from_native_test.json");
            for (JsonNode t : new ObjectMapper().readTree(file.toFile()).get("tests")) {
                if (!t.has("expected_output")) {
                    continue;
                }
                String vers = t.get("expected_output").asText();
                checked++;
                try {
                    assertThat(VersRange.parse(vers)).hasToString(vers);
                } catch (InvalidRangeException | AssertionError e) {
                    failures.add(vers + ": " + e.getMessage());
                }
            }
        }
        assertThat(failures).as("of %d expected vers strings", checked).isEmpty();
        assertThat(checked).isGreaterThan(490);
    }
}
