package dev.vigil.cli;

import dev.vigil.engine.advisory.store.Advisories;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option every advisory command shares. */
final class StoreOption {
    @Option(
            names = "--store",
            paramLabel = "DIR",
            description = "Advisory store directory (default: $XDG_DATA_HOME/vigil/advisories "
                    + "or ~/.local/share/vigil/advisories).")
    Path store;

    /** The directory the user gave, empty for the default store. */
    Optional<Path> given() {
        return Optional.ofNullable(store);
    }

    Path directory() {
        return Advisories.directory(given());
    }
}
