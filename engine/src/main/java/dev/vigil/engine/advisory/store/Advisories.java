package dev.vigil.engine.advisory.store;

import dev.vigil.engine.source.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The advisory store's use cases as the front ends meet them: find the store (a given directory or the
 * default one), open it once for the caller's scans, import into it, count and verify it. A store that is
 * missing or cannot be read is the user's input problem and comes as an {@link InputException} naming the
 * directory and what to run; the caller only parses its options, calls and renders.
 *
 * <pre>{@code
 * try (AdvisoryStore store = Advisories.open(Optional.of(dir))) { ... }
 * }</pre>
 */
public final class Advisories {
    private Advisories() {}

    /** {@code given}, or the default store directory when none is given. */
    public static Path directory(Optional<Path> given) {
        return given.orElseGet(AdvisoryStore::defaultDirectory);
    }

    /**
     * Opens the store in {@code given} (or the default directory) for reading, once; the caller closes it.
     *
     * @throws InputException when no store is there (no import has completed) or it cannot be read
     */
    public static AdvisoryStore open(Optional<Path> given) {
        return openIfPresent(given, true).orElseThrow();
    }

    /**
     * Opens the store when there is one: a store in a directory the caller gave, or any store when {@code
     * required}, must exist; without them a missing default store is no store (empty), and the vulnerabilities
     * are then reported as not checked.
     *
     * @throws InputException when a store that must exist does not, or a store cannot be read
     */
    public static Optional<AdvisoryStore> openIfPresent(Optional<Path> given, boolean required) {
        Path directory = directory(given);
        if (!AdvisoryStore.exists(directory)) {
            if (given.isPresent() || required) {
                throw new InputException("no advisory store at " + directory + ": run 'vigil advisories import' first"
                        + (given.isEmpty() ? " (or give --store DIR)" : ""));
            }
            return Optional.empty();
        }
        try {
            return Optional.of(AdvisoryStore.open(directory));
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(directory, e);
        }
    }

    /**
     * Imports {@code inputs} (files, directories, zip archives) into the store in {@code given} (or the default
     * directory), creating it. Bad records and files are in the summary, never thrown.
     *
     * @throws InputException when an input does not exist or the store cannot be written
     */
    public static ImportSummary importInto(Optional<Path> given, List<Path> inputs) {
        for (Path path : inputs) {
            if (!Files.exists(path)) {
                throw new InputException("no such file or directory: " + path);
            }
        }
        Path directory = directory(given);
        try {
            return AdvisoryStore.importFrom(directory, inputs);
        } catch (IOException e) {
            throw new InputException("cannot write the advisory store " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * The store's counts.
     *
     * @throws InputException when there is no store or it cannot be read
     */
    public static StoreStats stats(Optional<Path> given) {
        try (AdvisoryStore store = open(given)) {
            return store.stats();
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(directory(given), e);
        }
    }

    /**
     * Reads the whole store and checks every checksum; returns the number of records verified.
     *
     * @throws InputException when there is no store, it cannot be read, or a checksum does not match
     */
    public static long verify(Optional<Path> given) {
        try (AdvisoryStore store = open(given)) {
            return store.verify();
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(directory(given), e);
        }
    }

    private static InputException unreadable(Path directory, Exception e) {
        return new InputException("cannot read the advisory store " + directory + ": " + e.getMessage(), e);
    }
}
