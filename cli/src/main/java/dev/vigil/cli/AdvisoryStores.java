package dev.vigil.cli;

import dev.vigil.engine.advisory.store.AdvisoryStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/** Opens the advisory store a command scans against, once, for the engine call. */
final class AdvisoryStores {
    private AdvisoryStores() {}

    /** What a command does with the opened store (empty when there is none to open). */
    interface Use<T> {
        T with(Optional<AdvisoryStore> store);
    }

    /**
     * Runs {@code use} with the store in {@code given}, or in the default directory when none is given.
     * A store given but missing is an error when {@code required} or given explicitly; the default store
     * missing is no store.
     */
    static <T> T using(Path given, boolean required, Use<T> use) {
        Path directory = given != null ? given : AdvisoryStore.defaultDirectory();
        if (!AdvisoryStore.exists(directory)) {
            if (given != null || required) {
                throw new BadInputException("no advisory store at " + directory
                        + ": run 'vigil advisories import' first" + (given == null ? " (or give --store DIR)" : ""));
            }
            return use.with(Optional.empty());
        }
        try (AdvisoryStore store = AdvisoryStore.open(directory)) {
            return use.with(Optional.of(store));
        } catch (IOException | UncheckedIOException e) {
            throw new BadInputException("cannot read the advisory store " + directory + ": " + e.getMessage());
        }
    }
}
