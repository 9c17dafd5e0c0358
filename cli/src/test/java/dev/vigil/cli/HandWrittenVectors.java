package dev.vigil.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns upstream hand-written version vectors into {@code ecosystem<TAB>a<TAB>b} rows with the sign
 * each source expects: osv-scanner's {@code a OP b} fixtures, vers-spec's comparison and equality
 * JSON, and node-semver's {@code comparisons.js} (first greater) and {@code equality.js}.
 */
final class HandWrittenVectors {

    /** Expected outcome: "-1", "0", "1", or "ne" (not equal, order unspecified). */
    record Row(String ecosystem, String a, String b, String expected, String source) {
        String tsv() {
            return ecosystem + "\t" + a + "\t" + b;
        }

        boolean agreesWith(String output) {
            return expected.equals("ne") ? output.equals("-1") || output.equals("1") : output.equals(expected);
        }
    }

    private static final Map<String, String> OSV_SCANNER_FILES = Map.of(
            "alpine", "Alpine",
            "cran", "CRAN",
            "debian", "Debian",
            "maven", "Maven",
            "nuget", "NuGet",
            "packagist", "Packagist",
            "pypi", "PyPI",
            "redhat", "Red Hat",
            "rubygems", "RubyGems",
            "semver", "semver");

    private static final Pattern JS_PAIR = Pattern.compile("^\\s*\\[\\s*'([^']*)',\\s*'([^']*)'");

    private HandWrittenVectors() {}

    /** Rows of every {@code <eco>-versions.txt} (not the generated ones) in {@code dir}. */
    static List<Row> osvScanner(Path dir) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                String ecosystem = OSV_SCANNER_FILES.get(name.split("-")[0]);
                if (!name.endsWith("-versions.txt") || ecosystem == null) {
                    continue;
                }
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] p = line.strip().split("\\s+");
                    if (line.strip().startsWith("#") || line.strip().startsWith("//") || p.length != 3) {
                        continue;
                    }
                    String sign =
                            switch (p[1]) {
                                case "<" -> "-1";
                                case "=" -> "0";
                                case ">" -> "1";
                                default -> null;
                            };
                    if (sign != null) {
                        rows.add(new Row(ecosystem, p[0], p[2], sign, name));
                    }
                }
            }
        }
        return rows;
    }

    /** Rows of vers-spec {@code *_version_cmp_test.json} files; the ecosystem is the vers scheme. */
    static List<Row> versSpec(List<Path> files) throws IOException {
        List<Row> rows = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (Path file : files) {
            for (JsonNode t : json.readTree(file.toFile()).get("tests")) {
                String scheme = t.get("input").get("input_scheme").asText();
                List<String> in = new ArrayList<>();
                t.get("input").get("versions").forEach(v -> in.add(v.asText()));
                JsonNode want = t.get("expected_output");
                String source = file.getFileName().toString();
                if (t.get("test_type").asText().equals("equality")) {
                    rows.add(new Row(scheme, in.get(0), in.get(1), want.asBoolean() ? "0" : "ne", source));
                    continue;
                }
                // Sorted output: adjacent pairs ascend, identical strings are equal. Upstream
                // sometimes normalises case in the output.
                List<String> sorted = new ArrayList<>();
                want.forEach(v -> sorted.add(v.asText()));
                if (in.size() == 2) {
                    String sign =
                            in.get(0).equals(in.get(1)) ? "0" : sorted.get(0).equalsIgnoreCase(in.get(0)) ? "-1" : "1";
                    rows.add(new Row(scheme, in.get(0), in.get(1), sign, source));
                } else {
                    for (int i = 1; i < sorted.size(); i++) {
                        String sign = sorted.get(i - 1).equals(sorted.get(i)) ? "0" : "-1";
                        rows.add(new Row(scheme, sorted.get(i - 1), sorted.get(i), sign, source));
                    }
                }
            }
        }
        return rows;
    }

    /** Rows of node-semver's {@code comparisons.js} (first is greater) and {@code equality.js}. */
    static List<Row> nodeSemver(Path dir) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String file : List.of("comparisons.js", "equality.js")) {
            String sign = file.equals("comparisons.js") ? "1" : "0";
            for (String line : Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8)) {
                Matcher m = JS_PAIR.matcher(line);
                if (m.find()) {
                    rows.add(new Row("npm", m.group(1), m.group(2), sign, file));
                }
            }
        }
        return rows;
    }
}
