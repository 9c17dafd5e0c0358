package dev.vigil.engine.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The streaming SPDX readers against the reader they replaced (java-spdx-library's in-memory model, kept
 * in the tests as {@link LibrarySpdxReader}): every SPDX 2.2/2.3 example of the public suites and of
 * Vigil's own fixtures gives the same components, graph, subject and document facts.
 */
class SpdxDifferentialTest {

    @Test
    void everySpdxExampleImportsTheSameAsThroughTheLibrary() throws IOException {
        List<Path> files = new ArrayList<>(fixtures());
        files.addAll(corpus());
        List<String> differences = new ArrayList<>();
        int components = 0;
        for (Path file : files) {
            Sbom reference;
            try {
                reference = new LibrarySpdxReader(SbomInput.open(file, SbomReader.DEFAULT_MAX_BYTES)).read();
            } catch (RuntimeException e) {
                System.out.println("  the library cannot read " + file + ": " + e.getMessage());
                continue; // nothing to compare with
            }
            Sbom streamed;
            try {
                streamed = SbomReader.withDefaults().read(file);
            } catch (SbomException e) {
                differences.add(file + "\n  refused by the streaming reader: " + e.getMessage());
                continue;
            }
            components += streamed.components().size();
            String a = describe(reference);
            String b = describe(streamed);
            if (!a.equals(b)) {
                differences.add(file + "\n  library:   " + a + "\n  streaming: " + b);
            }
        }
        System.out.printf("SPDX differential: %d files, %d components%n", files.size(), components);
        differences.forEach(System.out::println);
        assertThat(files).hasSizeGreaterThanOrEqualTo(4);
        assertThat(differences).isEmpty();
    }

    /** Everything a reader decides, in an order that does not depend on the library's hash sets. */
    private static String describe(Sbom sbom) {
        List<SbomComponent> components = new ArrayList<>(sbom.components());
        components.sort(Comparator.comparing(SbomComponent::ref));
        Map<String, Set<String>> graph = new TreeMap<>();
        sbom.dependencies().forEach((ref, on) -> graph.put(ref, new TreeSet<>(on)));
        SbomMetadata m = sbom.metadata();
        // A document that DESCRIBES several packages: the library took one from a hash set, the streaming
        // reader takes the first in document order (SbomReaderSpdxTest); here only "a subject or none".
        SbomMetadata metadata = new SbomMetadata(
                m.format(),
                m.specVersion(),
                m.serialNumber(),
                m.name(),
                m.subjectRef() == null ? null : "(a subject)",
                m.created(),
                m.tools(),
                m.authors());
        return metadata + " "
                + components.stream().map(SpdxDifferentialTest::describe).toList() + " " + graph + " "
                + new TreeSet<>(sbom.warnings());
    }

    private static String describe(SbomComponent c) {
        return new SbomComponent(
                        c.ref(),
                        c.type(),
                        c.group(),
                        c.name(),
                        c.version(),
                        c.purl(),
                        c.cpe(),
                        c.supplier(),
                        c.author(),
                        c.hashes().stream()
                                .sorted(Comparator.comparing(Hash::algorithm))
                                .toList(),
                        c.licenses().stream().map(SpdxDifferentialTest::terms).toList(),
                        c.scope(),
                        c.supportLevel(),
                        c.endOfSupport())
                .toString();
    }

    /**
     * A license expression's terms in sorted order: the library printed "A AND B" as "(B AND A)" (its own
     * set order, with parentheses); the streaming reader keeps the expression as the supplier wrote it.
     */
    private static String terms(String expression) {
        return new TreeSet<>(List.of(
                        expression.replace("(", " ").replace(")", " ").strip().split("\\s+")))
                .toString();
    }

    private static List<Path> fixtures() {
        return List.of(
                Fixtures.sbom("infusion-pump-2.3.spdx.json"),
                Fixtures.sbom("infusion-pump-2.3.spdx"),
                Fixtures.sbom("spdx-examples-03-SBOMwDependency-2.3.spdx.json"),
                Fixtures.sbom("spdx-examples-example1-2.2.spdx"));
    }

    private static List<Path> corpus() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("spdx-examples", "spdx-spec-2.3-examples")) {
            var root = SharedData.folder(folder);
            if (root.isEmpty()) {
                System.out.println("SPDX differential: ../shared/data/" + folder + " absent, fixtures only");
                continue;
            }
            try (Stream<Path> all = Files.walk(root.get())) {
                all.filter(Files::isRegularFile)
                        .filter(p ->
                                p.toString().endsWith(".spdx") || p.toString().endsWith(".spdx.json"))
                        .filter(p -> !p.toString().contains("spdx3"))
                        .sorted()
                        .forEach(files::add);
            }
        }
        return files;
    }
}
