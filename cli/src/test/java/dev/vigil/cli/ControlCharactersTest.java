package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.engine.source.TerminalText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What reaches a terminal (issue 11, class 9): control characters and bidirectional overrides carried by
 * an input (an SBOM's component names, versions and suppliers, an advisory's id and summary, a model's
 * names, a case's title) never reach standard output or error raw, whatever the command and format. They
 * are written as {@code \\uXXXX}; JSON output stays JSON with the same values. {@code sbom components},
 * {@code sbom check} and {@code scan} printed them raw.
 */
class ControlCharactersTest {
    /** Clear the screen, set the terminal title (ended by BEL), a bidi override, a C1 control, a CR. */
    private static final String NASTY = "\u001b[2J\u001b]0;owned\u0007\u202e\u009b\r";

    @TempDir
    static Path dir;

    private static Path sbom;
    private static Path store;
    private static Path model;
    private static Path caseFile;

    @BeforeEach
    void inputs() throws IOException {
        if (sbom != null && Files.exists(sbom)) {
            return;
        }
        String n = json(NASTY);
        sbom = Files.writeString(
                dir.resolve("bom.json"),
                "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1,\"components\":["
                        + "{\"type\":\"library\",\"name\":\"evil" + n + "\",\"version\":\"1.0" + n + "\","
                        + "\"supplier\":{\"name\":\"sup" + n + "\"}},"
                        + "{\"type\":\"library\",\"name\":\"requests\",\"version\":\"2.0.0\","
                        + "\"purl\":\"pkg:pypi/requests@2.0.0\"}]}");
        Path osv = Files.writeString(
                dir.resolve("osv.json"),
                "{\"id\":\"GHSA-aaaa" + n + "\",\"modified\":\"2024-01-01T00:00:00Z\",\"summary\":\"s" + n + "\","
                        + "\"affected\":[{\"package\":{\"ecosystem\":\"PyPI\",\"name\":\"requests\"},\"ranges\":"
                        + "[{\"type\":\"ECOSYSTEM\",\"events\":[{\"introduced\":\"0\"},{\"fixed\":\"9.0\"}]}]}]}");
        store = dir.resolve("store");
        assertThat(CommandRun.of("advisories", "import", "--store", store.toString(), osv.toString())
                        .exitCode())
                .isZero();
        String glucoflow = Files.readString(Path.of("../examples/glucoflow.yaml"));
        model = Files.writeString(
                dir.resolve("model.yaml"), glucoflow.replaceFirst("(?m)^(  name: )(.*)$", "$1\"$2" + n + "\""));
        String ble = Files.readString(Path.of("../examples/cases/glucoflow-ble-bolus.yaml"));
        caseFile = Files.writeString(
                dir.resolve("case.yaml"), ble.replaceFirst("(?m)^title: (.*)$", "title: \"$1" + n + "\""));
    }

    /** {@code text} as a JSON or YAML double-quoted string body. */
    private static String json(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(String.format("\\u%04x", (int) c));
        }
        return out.toString();
    }

    static Stream<String> commands() {
        return Stream.of(
                "sbom components SBOM",
                "sbom components SBOM --format json",
                "sbom check SBOM",
                "scan SBOM --store STORE",
                "scan SBOM --store STORE --format json",
                "scan SBOM --store STORE --format sarif",
                "validate MODEL",
                "assess MODEL",
                "assess MODEL --format json",
                "compliance MODEL",
                "mds2 MODEL",
                "case check CASE --model MODEL",
                "case letter CASE --model MODEL");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void noControlCharacterFromAnInputReachesTheTerminal(String command) throws IOException {
        List<String> args = new ArrayList<>();
        for (String word : command.split(" ")) {
            args.add(
                    switch (word) {
                        case "SBOM" -> sbom.toString();
                        case "STORE" -> store.toString();
                        case "MODEL" -> model.toString();
                        case "CASE" -> caseFile.toString();
                        default -> word;
                    });
        }
        CommandRun run = CommandRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        for (String stream : List.of(run.out(), run.err())) {
            for (char c : NASTY.toCharArray()) {
                if (!TerminalText.unsafe(c)) {
                    continue; // the printable rest of an escape sequence is harmless alone
                }
                assertThat(stream.indexOf(c))
                        .as("U+%04X in %s", (int) c, command)
                        .isEqualTo(-1);
            }
        }
        if (command.contains("SBOM")) {
            // the values are shown, escaped (JSON writes its own escapes in capitals)
            assertThat(run.out()).containsIgnoringCase("\\u001b[2J");
        }
        if (command.contains("json") || command.contains("sarif")) {
            JsonNode parsed = new ObjectMapper().readTree(run.out());
            assertThat(parsed).isNotNull();
            if (command.contains("SBOM")) {
                assertThat(parsed.toString()).as("the same value, read back").contains("\\u001B[2J");
            }
        }
    }
}
