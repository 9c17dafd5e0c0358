package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a model can make Vigil read and print (issue 11, class 7). Paths a model names stay in its folder
 * unless the user lifts that with {@code --allow-outside-paths}, whichever way they leave it ({@code ..},
 * an absolute path, a symbolic link); a named file that is not a model is reported by name, line and
 * column, never by its keys or text.
 */
class ModelPathsTest {
    private static final String SECRET = "aws_secret_access_key: wJalrXUtnFEMI-K7MDENG-bPxRfiCYEXAMPLEKEY\n"
            + "root_password: hunter2-do-not-print\n";

    @TempDir
    Path dir;

    private Path model(Path folder, String include) throws IOException {
        Files.createDirectories(folder);
        String text = Files.readString(Path.of("../examples/glucoflow.yaml"));
        return Files.writeString(folder.resolve("model.yaml"), "include:\n  - '" + include + "'\n" + text);
    }

    private Path secretOutside() throws IOException {
        return Files.writeString(dir.resolve("secret.yaml"), SECRET);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dotdot", "absolute", "symlink"})
    void aPathLeavingTheModelsFolderIsRefusedWithoutReadingIt(String how) throws IOException {
        Path secret = secretOutside();
        Path folder = dir.resolve("project");
        Files.createDirectories(folder);
        String include =
                switch (how) {
                    case "dotdot" -> "../secret.yaml";
                    case "absolute" -> secret.toAbsolutePath().toString();
                    default -> {
                        Files.createSymbolicLink(folder.resolve("link.yaml"), secret.toAbsolutePath());
                        yield "link.yaml";
                    }
                };
        Path model = model(folder, include);
        CommandRun run = CommandRun.of("validate", model.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out() + run.err())
                .contains("is outside the model's folder")
                .contains("--allow-outside-paths")
                .doesNotContain("aws_secret_access_key")
                .doesNotContain("hunter2");
    }

    @Test
    void theUserCanLiftTheRestrictionAndANonModelFileIsStillNotEchoed() throws IOException {
        secretOutside();
        Path model = model(dir.resolve("project"), "../secret.yaml");
        for (List<String> args : List.of(
                List.of("validate", "--allow-outside-paths", model.toString()),
                List.of("--allow-outside-paths", "validate", model.toString()))) {
            CommandRun run = CommandRun.of(args.toArray(String[]::new));
            String all = run.out() + run.err();
            assertThat(all)
                    .as(String.join(" ", args))
                    .doesNotContain("outside the model's folder")
                    .contains("is not a model file")
                    .contains("secret.yaml:1:1")
                    .doesNotContain("aws_secret_access_key")
                    .doesNotContain("root_password")
                    .doesNotContain("hunter2");
        }
    }

    @Test
    void anIncludedFileInsideTheFolderStillLoads() throws IOException {
        Path folder = dir.resolve("project");
        Files.createDirectories(folder.resolve("parts"));
        Files.writeString(folder.resolve("parts/notes.yaml"), "tracking: []\n");
        Path model = model(folder, "parts/notes.yaml");
        CommandRun run = CommandRun.of("validate", model.toString());
        assertThat(run.out() + run.err())
                .doesNotContain("outside the model's folder")
                .doesNotContain("is not a model file");
    }

    /**
     * An evidence file is looked up by the same rule (compliance, and so assess and documents, which judge
     * through the same assessor): outside the folder it is reported as outside, whether or not it exists;
     * lifted, it counts.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dotdot", "absolute", "symlink"})
    void anEvidenceFileOutsideTheModelsFolderIsNotLookedUp(String how) throws IOException {
        Path evidence = Files.writeString(dir.resolve("srmp.pdf"), "plan");
        Path folder = Files.createDirectories(dir.resolve("project"));
        String name =
                switch (how) {
                    case "dotdot" -> "../srmp.pdf";
                    case "absolute" -> evidence.toAbsolutePath().toString();
                    default -> {
                        Files.createSymbolicLink(folder.resolve("link.pdf"), evidence.toAbsolutePath());
                        yield "link.pdf";
                    }
                };
        Path model = Files.writeString(
                folder.resolve("model.yaml"),
                """
                vigil: 1
                system: {id: sys, name: System, kind: product, markets: [us]}
                zones: [{id: z, type: home-network, trust: low}]
                components: [{id: dev, kind: device, zone: z}]
                data: []
                flows: []
                lifecycle: {design: {securityRiskManagementPlan: '%s'}}
                """
                        .formatted(name));
        CommandRun confined = CommandRun.of("compliance", model.toString(), "--format", "json");
        assertThat(confined.out()).contains("outside the model's folder").doesNotContain("does not exist");
        CommandRun lifted = CommandRun.of("compliance", "--allow-outside-paths", model.toString(), "--format", "json");
        assertThat(lifted.out()).doesNotContain("outside the model's folder").doesNotContain("srmp.pdf, which");
    }
}
