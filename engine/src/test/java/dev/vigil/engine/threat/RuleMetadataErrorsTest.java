package dev.vigil.engine.threat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.source.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A broken rule metadata file reports every problem as {@code file:line:column: message}. */
class RuleMetadataErrorsTest {

    private static final Path FIXTURES = Path.of("src/test/resources/rule-fixtures");

    private static List<String> problems(String id, List<Diagnostic> out) {
        return out.stream().map(Diagnostic::toString).toList();
    }

    private static Optional<RuleMetadata> read(String id, List<Diagnostic> out) throws IOException {
        Path file = FIXTURES.resolve(id + ".yaml");
        return RuleBook.read(id, file, Files.readString(file), out);
    }

    @Test
    void aValidFileReadsWithoutProblems() throws IOException {
        List<Diagnostic> out = new ArrayList<>();
        Optional<RuleMetadata> metadata = read("valid-rule", out);
        assertThat(out).isEmpty();
        assertThat(metadata).get().satisfies(m -> {
            assertThat(m.category()).isEqualTo(RuleMetadata.Category.DEVICE);
            assertThat(m.rationale()).isEqualTo("Because.");
            assertThat(m.processSeverity()).isEmpty();
        });
    }

    @Test
    void everyProblemOfABrokenFileIsPlaced() throws IOException {
        List<Diagnostic> out = new ArrayList<>();
        assertThat(read("broken-rule", out)).isEmpty();
        String file = FIXTURES.resolve("broken-rule.yaml").toString();
        assertThat(problems("broken-rule", out))
                .containsExactly(
                        file + ":2:1: the rule metadata is missing the required key 'mitigations'",
                        file + ":4:1: duplicate key 'title' in the rule metadata (first at line 3)",
                        file + ":5:11: 'category' of the rule metadata: 'devices' is not a valid value; did you mean"
                                + " 'device'?",
                        file + ":7:9: 'stride' of the rule metadata must be a list, not the string 'spoofing'",
                        file + ":8:7: 'CWE798' in 'cwe' is not of the form CWE-<number>",
                        file + ":9:17: 'dittaPrinciple' of the rule metadata: 'p9' is not a valid value; did you mean"
                                + " 'p1'?",
                        file + ":12:1: unknown key 'mitigation' in the rule metadata; did you mean 'mitigations'?");
    }

    @Test
    void aFileNamedForAnotherRuleIsRejected() throws IOException {
        List<Diagnostic> out = new ArrayList<>();
        Path file = FIXTURES.resolve("valid-rule.yaml");
        assertThat(RuleBook.read("other-rule", file, Files.readString(file), out))
                .isEmpty();
        assertThat(problems("other-rule", out))
                .containsExactly(file + ":2:5: id 'valid-rule' does not match the file name (other-rule.yaml)");
    }
}
