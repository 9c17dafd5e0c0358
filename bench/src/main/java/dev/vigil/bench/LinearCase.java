package dev.vigil.bench;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One reader under the linear-time bench: how to make its input at a size and how to read it. The bench
 * prepares each case at size n and at 10n and compares the reading times.
 */
record LinearCase(String name, Preparer preparer) {

    /** Writes (or builds) the input for size {@code n} under {@code dir}. */
    @FunctionalInterface
    interface Preparer {
        Prepared prepare(Path dir, int n) throws IOException;
    }

    /** Something that reads the prepared input once and returns how many items it read. */
    @FunctionalInterface
    interface Reading {
        long read() throws Exception;
    }

    /**
     * A prepared input: its size in bytes (or characters), the item count a correct read must reach (so a
     * generator that makes input the reader refuses cannot pass as fast), and the reading.
     */
    record Prepared(long bytes, long expected, String note, Reading reading) {
        Prepared(long bytes, long expected, Reading reading) {
            this(bytes, expected, "", reading);
        }
    }
}
