package dev.vigil.cli;

import dev.vigil.engine.advisory.store.Advisories;
import dev.vigil.engine.advisory.store.AdvisoryStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens the advisory store a command scans against, once, for the engine call, and closes it after: the
 * engine ({@link Advisories}) decides which store and what a missing one means.
 */
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
        Optional<AdvisoryStore> opened = Advisories.openIfPresent(Optional.ofNullable(given), required);
        try {
            return use.with(opened);
        } finally {
            if (opened.isPresent()) {
                close(opened.get());
            }
        }
    }

    private static void close(AdvisoryStore store) {
        try {
            store.close();
        } catch (IOException e) {
            throw new BadInputException("cannot read the advisory store " + store.directory() + ": " + e.getMessage());
        }
    }
}
