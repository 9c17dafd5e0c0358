package dev.vigil.engine.sbom;

import static org.assertj.core.api.Assertions.assertThat;

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
