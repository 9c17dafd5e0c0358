package dev.vigil.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.source.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file (or folder with {@code main.yaml}) in {@code invalid-models/} is a model with known problems;
 * its {@code .expected} file (or {@code expected.txt}) lists the exact diagnostics, one per line, as
 * {@code file:line:column: code: message} with the file relative to the case and {@code {dir}} standing for
 * the case folder.
 */
class InvalidModelCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/invalid-models");

    @TestFactory
    Stream<DynamicTest> eachInvalidModelReportsExactlyItsProblems() throws IOException {
        return cases().stream()
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    LoadResult result = new ModelLoader().load(c.model());
                    assertThat(result.isValid()).as("model must be rejected").isFalse();
                    assertThat(render(c, result.diagnostics())).containsExactlyElementsOf(c.expected());
                }));
    }

    @Test
    void corpusCoversAtLeastThirtyDistinctErrorKinds() throws IOException {
        Set<String> codes = new TreeSet<>();
        for (Case c : cases()) {
            new ModelLoader().load(c.model()).errors().forEach(d -> codes.add(d.code()));
        }
        assertThat(codes).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void theBaseOfTheCorpusIsValidSoEachCaseFailsOnlyForItsChange() {
        LoadResult result = new ModelLoader().load(CORPUS.resolve("valid-base.yaml"));
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.isValid()).isTrue();
    }

    @Test
    void typoDanglingReferenceAndBadEnumGiveThreeLocatedMessages() {
        LoadResult result = new ModelLoader().load(CORPUS.resolve("three-problems.yaml"));
        assertThat(result.errors())
                .extracting(Diagnostic::code)
                .containsExactly("bad-enum", "dangling-reference", "unknown-key");
        assertThat(result.errors()).allSatisfy(d -> assertThat(d.toString())
                .matches("src/test/resources/invalid-models/three-problems\\.yaml:\\d+:\\d+: .+"));
    }

    record Case(String name, Path model, Path dir, List<String> expected) {}

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> entries = Files.list(CORPUS)) {
            for (Path p : entries.sorted().toList()) {
                String name = p.getFileName().toString();
                if (Files.isDirectory(p)) {
                    cases.add(new Case(name, p.resolve("main.yaml"), p, lines(p.resolve("expected.txt"))));
                } else if ((name.endsWith(".yaml") || name.endsWith(".json")) && !name.equals("valid-base.yaml")) {
                    Path expected = p.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected");
                    cases.add(new Case(name, p, CORPUS, lines(expected)));
                }
            }
        }
        return cases;
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
    }

    private static List<String> render(Case c, List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                .map(d -> c.dir().relativize(d.location().file()) + ":"
                        + d.location().line() + ":"
                        + d.location().column() + ": " + d.code() + ": "
                        + d.message().replace(c.dir() + "/", "{dir}/"))
                .toList();
    }
}
