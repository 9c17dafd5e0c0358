package dev.vigil.engine.advisory.store;

import dev.vigil.engine.advisory.EpssScore;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;

/**
 * EPSS scores in a memory-mapped file sorted by CVE: a daily EPSS file has about 300,000 rows, which
 * as 16-byte slots (CVE year, CVE number, score, percentile) is 5 MB and needs no parsing on open.
 *
 * <pre>header: magic "VIGILEP1", count (4), score date (UTF, 2 + n)   then count × 16-byte slots</pre>
 */
final class EpssTable {
    private static final byte[] MAGIC = "VIGILEP1".getBytes(StandardCharsets.US_ASCII);

    private final ByteBuffer buffer;
    private final int count;
    private final int slotsAt;
    private final String scoreDate;

    private EpssTable(ByteBuffer buffer, int count, int slotsAt, String scoreDate) {
        this.buffer = buffer;
        this.count = count;
        this.slotsAt = slotsAt;
        this.scoreDate = scoreDate;
    }

    static final EpssTable EMPTY = new EpssTable(ByteBuffer.allocate(0), 0, 0, null);

    static EpssTable open(Path file) throws IOException {
        if (!Files.exists(file)) {
            return EMPTY;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.size() < 14 || channel.size() > Integer.MAX_VALUE) {
                throw new StoreDamagedException(file, "is not a Vigil EPSS table");
            }
            ByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            byte[] magic = new byte[MAGIC.length];
            mapped.get(0, magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new StoreDamagedException(file, "is not a Vigil EPSS table");
            }
            int count = mapped.getInt(8);
            int dateLength = Short.toUnsignedInt(mapped.getShort(12));
            if (count < 0 || 14L + dateLength + count * 16L != channel.size()) {
                throw new StoreDamagedException(file, "is damaged (its size does not match its row count)");
            }
            byte[] date = new byte[dateLength];
            mapped.get(14, date);
            return new EpssTable(
                    mapped, count, 14 + dateLength, dateLength == 0 ? null : new String(date, StandardCharsets.UTF_8));
        }
    }

    int size() {
        return count;
    }

    String scoreDate() {
        return scoreDate;
    }

    Optional<EpssScore> find(String cve) {
        long key = key(cve);
        int slot = key < 0 ? -1 : slotOf(key);
        return slot < 0
                ? Optional.empty()
                : Optional.of(new EpssScore(cve, buffer.getFloat(slot + 8), buffer.getFloat(slot + 12)));
    }

    /** Whether the table holds exactly this score and percentile for the key (from {@link #key}). */
    boolean holds(long key, float epss, float percentile) {
        int slot = slotOf(key);
        return slot >= 0
                && Float.compare(buffer.getFloat(slot + 8), epss) == 0
                && Float.compare(buffer.getFloat(slot + 12), percentile) == 0;
    }

    private int slotOf(long key) {
        int low = 0;
        int high = count - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long at = slotKey(mid);
            if (at < key) {
                low = mid + 1;
            } else if (at > key) {
                high = mid - 1;
            } else {
                return slotsAt + mid * 16;
            }
        }
        return -1;
    }

    private long slotKey(int index) {
        int slot = slotsAt + index * 16;
        return (long) buffer.getInt(slot) << 32 | Integer.toUnsignedLong(buffer.getInt(slot + 4));
    }

    /** {@code CVE-2021-44228} as one sortable number; -1 for anything else. */
    static long key(String cve) {
        if (cve == null || !cve.startsWith("CVE-") || cve.length() < 10 || cve.charAt(8) != '-') {
            return -1;
        }
        try {
            int year = Integer.parseInt(cve, 4, 8, 10);
            long number = Long.parseLong(cve, 9, cve.length(), 10);
            return number > 0xffffffffL ? -1 : (long) year << 32 | number;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Writes the scores (keys from {@link #key}, any order) atomically. */
    static void write(Path file, long[] keys, float[] epss, float[] percentile, int count, String scoreDate)
            throws IOException {
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileOutputStream stream = new FileOutputStream(temp.toFile());
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16))) {
            out.write(MAGIC);
            int written = 0;
            for (int i = 0; i < count; i++) {
                if (i == 0 || keys[order[i]] != keys[order[i - 1]]) {
                    written++;
                }
            }
            out.writeInt(written);
            out.writeUTF(scoreDate == null ? "" : scoreDate);
            for (int i = 0; i < count; i++) {
                int at = order[i];
                if (i + 1 < count && keys[order[i + 1]] == keys[at]) {
                    continue; // a CVE twice in one file: the last row wins
                }
                out.writeInt((int) (keys[at] >>> 32));
                out.writeInt((int) keys[at]);
                out.writeFloat(epss[at]);
                out.writeFloat(percentile[at]);
            }
            out.flush();
            stream.getFD().sync();
        }
        StoreFiles.replace(temp, file);
    }
}
