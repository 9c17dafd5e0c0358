package dev.vigil.engine.advisory.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The store's index, memory-mapped: opening costs one {@code mmap}, a lookup is a binary search over
 * fixed-width key slots, and only the pages a scan touches are ever read.
 *
 * <pre>
 * header   64 bytes: magic "VIGILIX1", version, data generation, data length, counts, section sizes,
 *          CRC32C of the whole file (its own 4 bytes counted as zeros)
 * records  36 bytes each: blob offset (8), blob length (4), store key string (4), modified (8),
 *          content hash (8), flags (4)
 * keys     12 bytes each, sorted by UTF-8 bytes: key string (4), first posting (4), posting count (4)
 * postings 4 bytes each: record numbers, ascending per key
 * strings  length-prefixed UTF-8 (4 + n bytes)
 * stats    JSON of {@link StoreStats} as computed when the index was written
 * </pre>
 */
final class IndexFile {
    static final byte[] MAGIC = "VIGILIX1".getBytes(StandardCharsets.US_ASCII);
    /** Version 2 adds the CRC32C at {@link #CHECKSUM_AT}; version 1 indexes (no checksum) still open. */
    static final int VERSION = 2;

    static final int CHECKSUM_AT = 44;
    static final int HEADER = 64;
    static final int RECORD = 36;
    static final int KEY = 12;

    private final ByteBuffer buffer;
    final int generation;
    final long dataLength;
    final int recordCount;
    final int keyCount;
    private final int recordsAt;
    private final int keysAt;
    private final int postingsAt;
    private final int stringsAt;
    private final int statsAt;
    private final int statsLength;

    private IndexFile(ByteBuffer buffer, Path path) throws IOException {
        this.buffer = buffer;
        byte[] magic = new byte[MAGIC.length];
        if (buffer.capacity() < HEADER) {
            throw new StoreDamagedException(path, "is not a Vigil advisory index (too short)");
        }
        buffer.get(0, magic);
        int version = buffer.getInt(8);
        if (!Arrays.equals(magic, MAGIC) || version < 1 || version > VERSION) {
            throw new StoreDamagedException(path, "is not a Vigil advisory index of version " + VERSION);
        }
        if (version >= 2 && checksum(buffer) != buffer.getInt(CHECKSUM_AT)) {
            throw new StoreDamagedException(path, "fails its checksum");
        }
        generation = buffer.getInt(12);
        dataLength = buffer.getLong(16);
        recordCount = buffer.getInt(24);
        keyCount = buffer.getInt(28);
        int postingCount = buffer.getInt(32);
        int stringBytes = buffer.getInt(36);
        statsLength = buffer.getInt(40);
        recordsAt = HEADER;
        keysAt = recordsAt + recordCount * RECORD;
        postingsAt = keysAt + keyCount * KEY;
        stringsAt = postingsAt + postingCount * 4;
        statsAt = stringsAt + stringBytes;
        if (recordCount < 0
                || keyCount < 0
                || postingCount < 0
                || stringBytes < 0
                || statsLength < 0
                || (long) statsAt + statsLength != buffer.capacity()) {
            throw new StoreDamagedException(path, "is damaged (section sizes do not add up)");
        }
    }

    /** CRC32C over the whole index with the checksum field read as zeros. */
    static int checksum(ByteBuffer index) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        ByteBuffer all = index.duplicate().clear();
        crc.update(all.limit(CHECKSUM_AT));
        crc.update(new byte[4]);
        crc.update(index.duplicate().clear().position(CHECKSUM_AT + 4));
        return (int) crc.getValue();
    }

    static IndexFile open(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            if (channel.size() > Integer.MAX_VALUE) {
                throw new IOException(path + " is larger than 2 GB");
            }
            MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            return new IndexFile(mapped, path);
        }
    }

    long offset(int record) {
        return buffer.getLong(recordsAt + record * RECORD);
    }

    int length(int record) {
        return buffer.getInt(recordsAt + record * RECORD + 8);
    }

    String storeKey(int record) {
        return string(buffer.getInt(recordsAt + record * RECORD + 12));
    }

    long modified(int record) {
        return buffer.getLong(recordsAt + record * RECORD + 16);
    }

    long hash(int record) {
        return buffer.getLong(recordsAt + record * RECORD + 24);
    }

    int flags(int record) {
        return buffer.getInt(recordsAt + record * RECORD + 32);
    }

    String statsJson() {
        byte[] bytes = new byte[statsLength];
        buffer.get(statsAt, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private String string(int ref) {
        int length = buffer.getInt(stringsAt + ref);
        byte[] bytes = new byte[length];
        buffer.get(stringsAt + ref + 4, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Record numbers filed under a key, ascending; empty when the key is unknown. */
    int[] postings(String key) {
        byte[] wanted = key.getBytes(StandardCharsets.UTF_8);
        int low = 0;
        int high = keyCount - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int cmp = compareKey(mid, wanted);
            if (cmp < 0) {
                low = mid + 1;
            } else if (cmp > 0) {
                high = mid - 1;
            } else {
                return postingsOf(mid);
            }
        }
        return new int[0];
    }

    private int[] postingsOf(int slot) {
        int start = buffer.getInt(keysAt + slot * KEY + 4);
        int count = buffer.getInt(keysAt + slot * KEY + 8);
        int[] records = new int[count];
        for (int i = 0; i < count; i++) {
            records[i] = buffer.getInt(postingsAt + (start + i) * 4);
        }
        return records;
    }

    private int compareKey(int slot, byte[] wanted) {
        int ref = buffer.getInt(keysAt + slot * KEY);
        int length = buffer.getInt(stringsAt + ref);
        // One bulk copy and an intrinsic compare beat a byte-by-byte loop over the mapped buffer.
        byte[] key = KEY_BUFFER.get();
        if (key.length < length) {
            key = new byte[Math.max(length, key.length * 2)];
            KEY_BUFFER.set(key);
        }
        buffer.get(stringsAt + ref + 4, key, 0, length);
        return Arrays.compareUnsigned(key, 0, length, wanted, 0, wanted.length);
    }

    private static final ThreadLocal<byte[]> KEY_BUFFER = ThreadLocal.withInitial(() -> new byte[256]);

    /** Every record with its keys: what an import starts from. Reads the whole index. */
    List<RecordEntry> entries() {
        List<List<String>> keysByRecord = new ArrayList<>(recordCount);
        for (int i = 0; i < recordCount; i++) {
            keysByRecord.add(new ArrayList<>(4));
        }
        for (int slot = 0; slot < keyCount; slot++) {
            String key = string(buffer.getInt(keysAt + slot * KEY));
            for (int record : postingsOf(slot)) {
                keysByRecord.get(record).add(key);
            }
        }
        List<RecordEntry> entries = new ArrayList<>(recordCount);
        for (int i = 0; i < recordCount; i++) {
            entries.add(new RecordEntry(
                    storeKey(i),
                    offset(i),
                    length(i),
                    modified(i),
                    hash(i),
                    flags(i),
                    keysByRecord.get(i).toArray(String[]::new)));
        }
        return entries;
    }
}
