package dev.vigil.engine.advisory.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.engine.source.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's use cases as the CLI and server meet them: a missing or unreadable store is an input error. */
class AdvisoriesTest {
    private static final Path ADVISORIES = Path.of("src/test/resources/advisory");

    @TempDir
    Path dir;

    @Test
    void importCountAndVerifyGoThroughTheFacade() throws IOException {
        Optional<Path> store = Optional.of(dir.resolve("store"));
        ImportSummary summary = Advisories.importInto(
                store, List.of(ADVISORIES.resolve("osv/GHSA-jfh8-c2jp-5v3q.json"), ADVISORIES.resolve("kev")));
        assertThat(summary.imported()).isEqualTo(1);

        assertThat(Advisories.stats(store).records()).isEqualTo(1);
        assertThat(Advisories.verify(store)).isEqualTo(1);
        try (AdvisoryStore opened = Advisories.open(store)) {
            assertThat(opened.findById("CVE-2021-44228")).isNotEmpty();
        }
    }

    @Test
    void aMissingStoreIsAnInputErrorUnlessItIsTheDefaultOneAndNotRequired() {
        Optional<Path> missing = Optional.of(dir.resolve("none"));
        for (var use : List.<Runnable>of(
                () -> Advisories.open(missing),
                () -> Advisories.stats(missing),
                () -> Advisories.verify(missing),
                () -> Advisories.openIfPresent(missing, false))) {
            assertThatThrownBy(use::run)
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("no advisory store at " + dir.resolve("none"))
                    .hasMessageContaining("vigil advisories import");
        }
    }

    @Test
    void anImportOfAPathThatDoesNotExistIsRefusedBeforeTheStoreIsWritten() {
        Path store = dir.resolve("store");
        assertThatThrownBy(() -> Advisories.importInto(Optional.of(store), List.of(dir.resolve("nothing.zip"))))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("no such file or directory");
        assertThat(Files.exists(store)).isFalse();
    }

    @Test
    void aDamagedStoreIsAnInputErrorNamingIt() throws IOException {
        Path store = dir.resolve("store");
        Advisories.importInto(Optional.of(store), List.of(ADVISORIES.resolve("osv/GHSA-jfh8-c2jp-5v3q.json")));
        try (var files = Files.list(store)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.write(f, new byte[] {1, 2, 3});
            }
        }
        assertThatThrownBy(() -> Advisories.verify(Optional.of(store)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(store.toString());
    }
}
