package dev.vigil.engine.advisory.store;

import dev.vigil.engine.advisory.AdvisorySource;

/**
 * What the index knows about one stored record without reading it: where its blob is, its revision
 * and content hash (for re-import decisions) and its index keys.
 *
 * @param modified epoch milliseconds of the record's {@code modified} time
 * @param flags {@link #WITHDRAWN} and future bits
 */
record RecordEntry(String storeKey, long offset, int length, long modified, long hash, int flags, String[] keys) {
    static final int WITHDRAWN = 1;

    boolean withdrawn() {
        return (flags & WITHDRAWN) != 0;
    }

    AdvisorySource source() {
        return AdvisorySource.valueOf(storeKey.substring(0, storeKey.indexOf('/')));
    }

    RecordEntry movedTo(long newOffset) {
        return new RecordEntry(storeKey, newOffset, length, modified, hash, flags, keys);
    }
}
