package dev.vigil.cli;

import dev.vigil.engine.advisory.store.AdvisoryStore;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option every advisory command shares. */
final class StoreOption {
    @Option(
            names = "--store",
            paramLabel = "DIR",
            description = "Advisory store directory (default: $XDG_DATA_HOME/vigil/advisories "
                    + "or ~/.local/share/vigil/advisories).")
    Path store;

    Path directory() {
        return store != null ? store : AdvisoryStore.defaultDirectory();
    }
}
