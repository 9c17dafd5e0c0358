package dev.vigil.engine.postmarket.csaf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.engine.SharedData;
import dev.vigil.engine.vex.ComponentRef;
import dev.vigil.engine.vex.Justification;
import dev.vigil.engine.vex.ProductRelease;
import dev.vigil.engine.vex.VexFormat;
import dev.vigil.engine.vex.VexJustification;
import dev.vigil.engine.vex.VexSource;
import dev.vigil.engine.vex.VexStatement;
import dev.vigil.engine.vex.VexStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vigil's CSAF validator against the BSI csaf-validator-lib (tools/csaf-validator, run under the machine's Node):
 * over Vigil's own advisory, broken variants of it, and every CSAF file in ../shared/data, both must find the
 * same tests failing (schema and the mandatory tests Vigil implements). Skips, saying so, when Node or
 * tools/csaf-validator/node_modules is absent (.ci/run installs them).
 */
class CsafDifferentialTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path TOOL = Path.of("..", "tools", "csaf-validator");

    @TempDir
    Path dir;

    @Test
    void vigilAndTheBsiLibraryAgreeOnEveryDocument() throws Exception {
        boolean ready = Files.isDirectory(TOOL.resolve("node_modules/@secvisogram/csaf-validator-lib"));
        if (!ready) {
            System.out.println("skipped: tools/csaf-validator/node_modules is absent (run npm ci there)");
        }
        Assumptions.assumeTrue(ready, "skipped: tools/csaf-validator/node_modules is absent");
        List<Path> files = new ArrayList<>(variants());
        files.addAll(json(Path.of("../examples/cases/csaf")));
        SharedData.folder("csaf-cisa").ifPresent(d -> files.addAll(json(d)));
        SharedData.folder("csaf-oasis/csaf_2.0/examples").ifPresent(d -> files.addAll(json(d)));
        SharedData.folder("csaf-oasis/csaf_2.0/test/validator/data/mandatory")
                .ifPresent(d -> files.addAll(json(d).stream()
                        .filter(f -> CsafValidator.MANDATORY_TESTS.stream()
                                .anyMatch(t -> f.getFileName().toString().contains(testPart(t))))
                        .toList()));
        Map<String, Set<String>> bsi = bsi(files);
        CsafValidator validator = new CsafValidator();
        List<String> disagreements = new ArrayList<>();
        for (Path f : files) {
            Set<String> ours = new TreeSet<>();
            validator.validate(f).forEach(p -> ours.add(p.test()));
            Set<String> theirs = bsi.get(f.toAbsolutePath().toString());
            if (!ours.equals(theirs)) {
                disagreements.add(f.getFileName() + ": vigil " + ours + ", bsi " + theirs);
            }
        }
        System.out.println(
                "CSAF differential: " + files.size() + " documents, " + disagreements.size() + " disagreements");
        assertThat(disagreements).isEmpty();
    }

    /** "6.1.27.4" -> "6-1-27-04" as the OASIS file names write it. */
    private static String testPart(String id) {
        String[] parts = id.split("\\.");
        StringBuilder b = new StringBuilder("6-1-");
        for (int i = 2; i < parts.length; i++) {
            b.append(i > 2 ? "-" : "").append(parts[i].length() == 1 ? "0" + parts[i] : parts[i]);
        }
        return "2021-" + b + "-";
    }

    private List<Path> variants() throws IOException {
        List<Path> out = new ArrayList<>();
        Map<String, Consumer<ObjectNode>> breaks = new LinkedHashMap<>();
        breaks.put("as-written", d -> {});
        breaks.put("no-title", d -> ((ObjectNode) d.get("document")).remove("title"));
        breaks.put("undefined-product", d -> ((ObjectNode) d.at("/vulnerabilities/0/product_status"))
                .putArray("under_investigation")
                .add("CSAFPID-9"));
        breaks.put("contradicting-status", d -> ((ObjectNode) d.at("/vulnerabilities/0/product_status"))
                .putArray("known_not_affected")
                .add(d.at("/vulnerabilities/0/product_status/known_affected/0").asText()));
        breaks.put(
                "wrong-score", d -> ((ObjectNode) d.at("/vulnerabilities/0/scores/0/cvss_v3")).put("baseScore", 1.0));
        breaks.put("draft-version", d -> ((ObjectNode) d.at("/document/tracking")).put("version", "0.1.0"));
        breaks.put("no-notes", d -> ((ObjectNode) d.at("/vulnerabilities/0")).remove("notes"));
        breaks.put("remediation-without-product", d -> ((ObjectNode) d.at("/vulnerabilities/0/remediations/0"))
                .remove("product_ids"));
        breaks.put("duplicate-cve", d -> ((com.fasterxml.jackson.databind.node.ArrayNode) d.get("vulnerabilities"))
                .add(d.at("/vulnerabilities/0").deepCopy()));
        for (var e : breaks.entrySet()) {
            ObjectNode doc = CsafValidatorTest.referenceAdvisory();
            e.getValue().accept(doc);
            Path f = dir.resolve("vigil-" + e.getKey() + ".json");
            Files.writeString(f, MAPPER.writeValueAsString(doc), StandardCharsets.UTF_8);
            out.add(f);
        }
        Path vex = dir.resolve("vigil-vex.json");
        Files.writeString(vex, MAPPER.writeValueAsString(vexDocument()), StandardCharsets.UTF_8);
        out.add(vex);
        return out;
    }

    /** A VEX document Vigil writes: one affected, one not affected with a justification, one fixed. */
    static ObjectNode vexDocument() {
        VexSource source = new VexSource(VexFormat.OPENVEX, "test", Optional.empty(), "/statements/0");
        ProductRelease release = new ProductRelease("GlucoFlow", Optional.of("2.4.0"), Optional.empty(), "Example");
        ComponentRef a = new ComponentRef.Purl("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1");
        ComponentRef b = new ComponentRef.Purl("pkg:npm/lodash@4.17.20");
        List<VexStatement> statements = List.of(
                new VexStatement(
                        "CVE-2021-44228",
                        Set.of(),
                        List.of(release.ref()),
                        List.of(a),
                        VexStatus.AFFECTED,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("Update log4j-core."),
                        Optional.empty(),
                        source),
                new VexStatement(
                        "GHSA-35jh-r3h4-6jhm",
                        Set.of("CVE-2021-23337"),
                        List.of(release.ref()),
                        List.of(b),
                        VexStatus.NOT_AFFECTED,
                        Optional.of(new Justification(
                                Optional.of(VexJustification.VULNERABLE_CODE_NOT_PRESENT),
                                "vulnerable_code_not_present")),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        source),
                new VexStatement(
                        "CVE-2020-8203",
                        Set.of(),
                        List.of(release.ref()),
                        List.of(b),
                        VexStatus.FIXED,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        source));
        return CsafVex.write(
                statements,
                release,
                "glucoflow-2.4.0-vex",
                java.time.LocalDate.parse("2026-11-24"),
                "https://example.com",
                "test");
    }

    private static List<Path> json(Path d) {
        try (Stream<Path> s = Files.walk(d)) {
            return s.filter(p -> p.toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().equals("testcases.json"))
                    .filter(p -> !p.toString().contains("provider-metadata")
                            && !p.toString().contains("aggregator"))
                    .filter(p -> !p.getFileName().toString().endsWith("-feed-tlp-white.json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Map<String, Set<String>> bsi(List<Path> files) throws Exception {
        Path list = dir.resolve("bsi.out");
        List<String> command = new ArrayList<>(
                Arrays.asList("node", "validate.mjs", "--tests", String.join(",", CsafValidator.MANDATORY_TESTS)));
        files.forEach(f -> command.add(f.toAbsolutePath().toString()));
        Process p = new ProcessBuilder(command)
                .directory(TOOL.toFile())
                .redirectErrorStream(false)
                .redirectOutput(list.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(list)) {
            JsonNode n = MAPPER.readTree(line);
            Set<String> failed = new TreeSet<>();
            n.get("failed").forEach(x -> failed.add(x.asText()));
            out.put(n.get("file").asText(), failed);
        }
        return out;
    }
}
