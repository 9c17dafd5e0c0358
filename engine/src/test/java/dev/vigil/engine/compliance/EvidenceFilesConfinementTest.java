package dev.vigil.engine.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.source.SourceResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence files a model names are looked up by the rule that loaded the model (issue 11, class 9): within
 * its folder, whichever way a name leaves it ({@code ..}, an absolute path, a symbolic link to a file, a
 * symbolic link to a folder), unless the user lifts the rule. A name outside is reported as outside, so the
 * model learns nothing about whether such a file exists.
 */
class EvidenceFilesConfinementTest {
    @TempDir
    Path dir;

    private Path folder;
    private Path secret;
    private SystemModel model;

    @BeforeEach
    void files() throws IOException {
        secret = Files.writeString(dir.resolve("outside.pdf"), "not the model's");
        folder = Files.createDirectories(dir.resolve("project"));
        Files.createDirectories(folder.resolve("docs"));
        Files.writeString(folder.resolve("docs/inside.pdf"), "the model's");
        Files.createSymbolicLink(folder.resolve("link.pdf"), secret.toAbsolutePath());
        Files.createSymbolicLink(folder.resolve("up"), dir.toAbsolutePath());
        model = Models.product(folder, "", "", "");
    }

    /** Every way out of the folder, each naming a file that exists. */
    private List<String> outside() {
        return List.of(
                "../outside.pdf",
                "docs/../../outside.pdf",
                secret.toAbsolutePath().toString(),
                "link.pdf",
                "up/outside.pdf");
    }

    private EvidenceFiles files(boolean allowOutsidePaths) {
        return new EvidenceFiles(model, Optional.of(ModelLoader.sources(model.source(), allowOutsidePaths)));
    }

    @Test
    void aNameThatLeavesTheFolderIsOutsideNotMissing() {
        EvidenceFiles confined = files(false);
        for (String name : outside()) {
            assertThat(confined.problem(name)).as(name).hasValueSatisfying(p -> assertThat(p)
                    .contains("outside the model's folder")
                    .contains("--allow-outside-paths")
                    .doesNotContain("does not exist"));
        }
        assertThat(confined.problem("docs/inside.pdf")).isEmpty();
        assertThat(confined.problem("docs/absent.pdf"))
                .hasValueSatisfying(p -> assertThat(p).contains("does not exist"));
    }

    @Test
    void liftedTheSameNamesAreFilesThatExist() {
        EvidenceFiles lifted = files(true);
        for (String name : outside()) {
            assertThat(lifted.problem(name)).as(name).isEmpty();
        }
        assertThat(lifted.problem("../absent.pdf"))
                .hasValueSatisfying(p -> assertThat(p).contains("does not exist"));
    }

    @Test
    void sourcesHeldInMemoryCallEveryNameOutsideTheirRootOutside() {
        SourceResolver memory = SourceResolver.inMemory(Map.of("model.yaml", new byte[0], "docs/a.pdf", new byte[0]));
        assertThat(memory.outside(Path.of("../outside.pdf"))).isTrue();
        assertThat(memory.outside(Path.of("docs/../../outside.pdf"))).isTrue();
        assertThat(memory.outside(secret.toAbsolutePath())).isTrue();
        assertThat(memory.outside(Path.of("docs/a.pdf"))).isFalse();
        assertThat(memory.outside(Path.of("docs/absent.pdf"))).isFalse();
    }
}
