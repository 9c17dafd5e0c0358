package dev.vigil.engine.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Runs the reader over every public test document in ../shared/data (skipped when absent). */
class SbomCorpusTest {
    private final SbomReader reader = SbomReader.withDefaults();

    @Test
    void everyValidCycloneDxConformanceDocumentImports() throws IOException {
        Path testdata = SharedData.require("cyclonedx-spec-testdata/testdata");
        List<Path> files = files(testdata, "valid-");
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            try {
                reader.read(file);
            } catch (SbomException e) {
                failures.add(e.getMessage());
            }
        }
        System.out.printf("CycloneDX valid-*: %d of %d imported%n", files.size() - failures.size(), files.size());
        failures.forEach(f -> System.out.println("  FAILED " + f));
        assertThat(files).hasSizeGreaterThan(300);
        assertThat(failures).isEmpty();
    }

    @Test
    void everyInvalidCycloneDxConformanceDocumentIsRejectedWithOneLine() throws IOException {
        Path testdata = SharedData.require("cyclonedx-spec-testdata/testdata");
        List<Path> files = files(testdata, "invalid-");
        List<String> accepted = new ArrayList<>();
        for (Path file : files) {
            try {
                reader.read(file);
                accepted.add(testdata.relativize(file).toString());
            } catch (SbomException e) {
                assertThat(e.getMessage()).startsWith(file.toString()).doesNotContain("\n");
            }
        }
        System.out.printf("CycloneDX invalid-*: %d of %d rejected%n", files.size() - accepted.size(), files.size());
        accepted.forEach(f -> System.out.println("  ACCEPTED " + f));
        assertThat(files).hasSizeGreaterThan(250);
        assertThat(accepted).isEmpty();
    }

    @Test
    void spdxTwoDotTwoAndTwoDotThreeExamplesImportInJsonAndTagValue() throws IOException {
        List<Path> files = new ArrayList<>();
        files.addAll(matching(
                SharedData.require("spdx-examples"),
                p -> p.toString().matches(".*/spdx2\\.[23]/.*\\.(spdx|spdx\\.json)$")
                        || p.toString().contains("/SPDXVersion2.3/")
                        || p.toString().endsWith("ACME-v2.3.spdx.json")));
        Path spec = SharedData.require("spdx-spec-2.3-examples/examples");
        files.add(spec.resolve("SPDXJSONExample-v2.3.spdx.json"));
        files.add(spec.resolve("SPDXTagExample-v2.3.spdx"));
        List<String> failures = new ArrayList<>();
        int components = 0;
        for (Path file : files) {
            try {
                Sbom sbom = reader.read(file);
                components += sbom.components().size();
            } catch (SbomException e) {
                failures.add(e.getMessage());
            }
        }
        System.out.printf(
                "SPDX 2.2/2.3: %d of %d imported, %d packages%n",
                files.size() - failures.size(), files.size(), components);
        failures.forEach(f -> System.out.println("  FAILED " + f));
        assertThat(files).hasSizeGreaterThan(25);
        assertThat(failures).isEmpty();
    }

    @Test
    void spdxThreeIsRejectedAsUnsupported() throws IOException {
        List<Path> files =
                matching(SharedData.require("spdx-examples"), p -> p.toString().contains("/spdx3.0/"));
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            try {
                reader.read(file);
                throw new AssertionError("SPDX 3 accepted: " + file);
            } catch (SbomException e) {
                assertThat(e.getMessage()).contains("SPDX 3");
            }
        }
    }

    /**
     * Real SBOMs import. Three carry genuine schema violations (an OBOM whose URLs contain an
     * unexpanded Maven "${project.artifactId}", twice; a Dependency-Track bug-report BOM with
     * {@code <properties>} out of order): strict reading rejects exactly those, lenient reading
     * imports them with the violations as warnings.
     */
    @Test
    void realWorldCycloneDxSbomsImportAndOnlyTheSchemaInvalidOnesNeedLenientReading() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("cyclonedx-bom-examples", "cyclonedx-dependency-track-fixtures", "bench-sboms")) {
            files.addAll(matching(
                    SharedData.require(folder),
                    p -> p.toString().endsWith(".json") || p.toString().endsWith(".xml")));
        }
        List<String> strictFailures = new ArrayList<>();
        List<String> lenientFailures = new ArrayList<>();
        int components = 0;
        for (Path file : files) {
            try {
                components += reader.read(file).components().size();
            } catch (SbomException e) {
                strictFailures.add(
                        file.getFileName() + " in " + file.getParent().getFileName() + ": " + e.getMessage());
                try {
                    Sbom sbom = reader.lenient().read(file);
                    components += sbom.components().size();
                    assertThat(sbom.warnings()).anyMatch(w -> w.contains("schema violations"));
                } catch (SbomException again) {
                    lenientFailures.add(again.getMessage());
                }
            }
        }
        System.out.printf(
                "real SBOMs: %d of %d imported strictly, %d more leniently, %d components%n",
                files.size() - strictFailures.size(),
                files.size(),
                strictFailures.size() - lenientFailures.size(),
                components);
        strictFailures.forEach(f -> System.out.println("  strict reading rejected " + f));
        assertThat(files).hasSizeGreaterThan(90);
        assertThat(lenientFailures).isEmpty();
        assertThat(strictFailures).hasSize(3).allMatch(f -> f.contains("OBOM") || f.contains("bom-issue2519.xml"));
    }

    @Test
    void streamingAndValidatedReadingAgreeOnEveryCorpusJsonDocument() throws IOException {
        List<Path> files = new ArrayList<>(files(SharedData.require("cyclonedx-spec-testdata/testdata"), "valid-"));
        for (String folder : List.of("cyclonedx-bom-examples", "cyclonedx-dependency-track-fixtures", "bench-sboms")) {
            files.addAll(matching(SharedData.require(folder), p -> p.toString().endsWith(".json")));
        }
        files.removeIf(p -> !p.toString().endsWith(".json"));
        SbomReader validated = reader.lenient();
        SbomReader streamed = reader.lenient().withoutSchemaValidation();
        for (Path file : files) {
            Sbom a = validated.read(file);
            Sbom b = streamed.read(file);
            assertThat(b.metadata()).as(file.toString()).isEqualTo(a.metadata());
            assertThat(b.components()).as(file.toString()).isEqualTo(a.components());
            assertThat(b.dependencies()).as(file.toString()).isEqualTo(a.dependencies());
        }
        System.out.printf("streaming = validated tree for %d JSON documents%n", files.size());
    }

    @Test
    void jsonAndXmlOfTheSameRealSbomListTheSameComponents() throws IOException {
        Path examples = SharedData.require("cyclonedx-bom-examples/SBOM");
        List<String> pairs = List.of(
                "laravel-7.12.0/bom.1.2",
                "laravel-7.12.0/bom.1.3",
                "laravel-7.12.0/bom.1.4",
                "keycloak-10.0.2/bom",
                "juice-shop/via_npm/bare/bom.1.4",
                "proton-bridge/proton-bridge-v1.8.0.bom");
        for (String pair : pairs) {
            Sbom json = reader.read(examples.resolve(pair + ".json"));
            Sbom xml = reader.read(examples.resolve(pair + ".xml"));
            assertThat(xml.components()).as(pair).hasSameSizeAs(json.components());
            assertThat(xml.components().stream()
                            .map(SbomComponent::purl)
                            .sorted()
                            .toList())
                    .as(pair)
                    .isEqualTo(json.components().stream()
                            .map(SbomComponent::purl)
                            .sorted()
                            .toList());
            assertThat(xml.dependencies().keySet())
                    .as(pair)
                    .isEqualTo(json.dependencies().keySet());
        }
    }

    private static List<Path> matching(Path root, java.util.function.Predicate<Path> filter) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).filter(filter).sorted().toList();
        }
    }

    private static List<Path> files(Path root, String prefix) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".xml"))
                    .sorted()
                    .toList();
        }
    }
}
