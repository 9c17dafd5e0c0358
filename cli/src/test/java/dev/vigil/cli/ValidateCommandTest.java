package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    static final Path REFERENCE = Path.of("../engine/src/test/resources/models/reference-model.yaml");

    @TempDir
    Path dir;

    @Test
    void aValidModelExitsZeroWithASummary() {
        CommandRun run = CommandRun.of("validate", REFERENCE.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("valid: product 'glucoflow'").contains("6 components");
    }

    @Test
    void anInvalidModelExitsTwoWithOneLocatedLinePerProblem() throws IOException {
        Path model = Files.writeString(
                dir.resolve("bad.yaml"),
                """
                vigil: 1
                system: {id: x, name: X, kind: produkt}
                zones: [{id: z, type: cloud, trust: medium}]
                components: [{id: c, kind: service, zone: zz, colour: red}]
                data: []
                flows: []
                """);
        CommandRun run = CommandRun.of("validate", model.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out().lines())
                .containsExactly(
                        model + ":2:32: 'kind' of system 'x': 'produkt' is not a valid value; did you mean 'product'?",
                        model
                                + ":4:43: 'zone' of component 'c' refers to 'zz', but no zone has that id; did you mean 'z'?",
                        model
                                + ":4:47: unknown key 'colour' in component 'c'; valid keys are id, name, kind, zone, owner,"
                                + " functions, essentialFunctions, sbom, software, hardening, safety, stores,"
                                + " encryptedAtRest, interfaces, accounts, logging, capabilities, regulatoryStatus");
    }

    @Test
    void jsonFormatGivesMachineReadableDiagnostics() throws IOException {
        Path model = Files.writeString(dir.resolve("bad.yaml"), "vigil: 2\n");
        CommandRun run = CommandRun.of("validate", "--format", "json", model.toString(), REFERENCE.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        JsonNode diagnostics = new ObjectMapper().readTree(run.out());
        assertThat(diagnostics.isArray()).isTrue();
        JsonNode first = java.util.stream.StreamSupport.stream(diagnostics.spliterator(), false)
                .filter(d -> d.get("code").asText().equals("unsupported-version"))
                .findFirst()
                .orElseThrow();
        assertThat(first.get("file").asText()).isEqualTo(model.toString());
        assertThat(first.get("line").asInt()).isEqualTo(1);
        assertThat(first.get("column").asInt()).isEqualTo(8);
        assertThat(first.get("severity").asText()).isEqualTo("error");
        assertThat(first.get("code").asText()).isEqualTo("unsupported-version");
        assertThat(first.get("message").asText()).contains("format 1");
    }

    @Test
    void everyFileIsCheckedAndAnyInvalidOneFailsTheRun() {
        CommandRun run = CommandRun.of(
                "validate", REFERENCE.toString(), dir.resolve("missing.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).contains("valid: product 'glucoflow'").contains("missing.yaml:1:1: file not found");
    }

    @Test
    void withoutAFileItIsAUsageError() {
        CommandRun run = CommandRun.of("validate");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("FILE");
    }

    @Test
    void schemaCommandPrintsTheJsonSchema() throws IOException {
        CommandRun run = CommandRun.of("schema");
        assertThat(run.exitCode()).isZero();
        JsonNode schema = new ObjectMapper().readTree(run.out());
        assertThat(schema.get("$schema").asText()).contains("2020-12");
        assertThat(schema.at("/properties/zones/items/properties/type/enum").toString())
                .contains("body-area");
    }
}
