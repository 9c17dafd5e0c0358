package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagramsCommandTest {

    static final Path GLUCOFLOW = Path.of("../examples/glucoflow.yaml");

    @TempDir
    Path dir;

    @Test
    void writesOneSvgPerViewAndListsThem() throws IOException {
        Path out = dir.resolve("views");
        CommandRun run = CommandRun.of("diagrams", GLUCOFLOW.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(names(out))
                .containsExactly(
                        "data-flow.svg",
                        "global-system.svg",
                        "multi-patient-harm.svg",
                        "updatability.svg",
                        "use-case-firmware-update.svg",
                        "use-case-pairing.svg",
                        "use-case-remote-bolus.svg");
        assertThat(Files.readString(out.resolve("updatability.svg")))
                .startsWith("<svg")
                .contains("Pump firmware");
        assertThat(run.out().lines())
                .hasSize(7)
                .anyMatch(l -> l.endsWith("\tData flow: GlucoFlow insulin pump system"));
    }

    @Test
    void pumlFormatWritesThePlantUmlSource() throws IOException {
        CommandRun run = CommandRun.of("diagrams", GLUCOFLOW.toString(), "--out", dir.toString(), "--format", "puml");
        assertThat(run.exitCode()).isZero();
        assertThat(names(dir)).hasSize(7).allMatch(n -> n.endsWith(".puml"));
        assertThat(Files.readString(dir.resolve("use-case-pairing.puml"))).startsWith("@startuml\n");
    }

    @Test
    void anInvalidModelExitsTwoWithItsDiagnosticsAndWritesNothing() throws IOException {
        Path model = Files.writeString(dir.resolve("bad.yaml"), "vigil: 1\nsystem: {id: x, name: X, kind: product}\n");
        Path out = dir.resolve("out");
        CommandRun run = CommandRun.of("diagrams", model.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("bad.yaml:");
        assertThat(out).doesNotExist();
    }

    @Test
    void withoutAnOutputDirectoryItIsAUsageError() {
        CommandRun run = CommandRun.of("diagrams", GLUCOFLOW.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--out");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CommandRun run = CommandRun.of("diagrams", GLUCOFLOW.toString(), "--out", dir.toString(), "--format", "png");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("png");
    }

    private static java.util.List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
