package dev.vigil.engine.advisory.store;

import dev.vigil.engine.advisory.AdvisorySource;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes an {@link IndexFile} for a list of records, atomically (temporary file, then rename). */
final class IndexWriter {
    private IndexWriter() {}

    /** Key to record numbers; int arrays grown by hand because a million boxed lists cost too much heap. */
    private static final class Postings {
        int[] records = new int[2];
        int size;

        void add(int record) {
            if (size == records.length) {
                records = Arrays.copyOf(records, size * 2);
            }
            records[size++] = record;
        }
    }

    static StoreStats write(Path target, int generation, long dataLength, List<RecordEntry> records, RecordCodec codec)
            throws IOException {
        Map<String, Postings> postings = new HashMap<>(records.size() * 3);
        for (int i = 0; i < records.size(); i++) {
            for (String key : records.get(i).keys()) {
                postings.computeIfAbsent(key, k -> new Postings()).add(i);
            }
        }
        byte[][] keys = new byte[postings.size()][];
        Postings[] keyPostings = new Postings[postings.size()];
        {
            int k = 0;
            for (String key : postings.keySet()) {
                keys[k++] = key.getBytes(StandardCharsets.UTF_8);
            }
            Arrays.sort(keys, Arrays::compareUnsigned);
            for (k = 0; k < keys.length; k++) {
                keyPostings[k] = postings.get(new String(keys[k], StandardCharsets.UTF_8));
            }
        }
        StoreStats stats = stats(records, postings);
        byte[] statsJson = codec.json(stats);

        int stringBytes = 0;
        int[] recordRefs = new int[records.size()];
        byte[][] storeKeys = new byte[records.size()][];
        for (int i = 0; i < records.size(); i++) {
            storeKeys[i] = records.get(i).storeKey().getBytes(StandardCharsets.UTF_8);
            recordRefs[i] = stringBytes;
            stringBytes = Math.addExact(stringBytes, 4 + storeKeys[i].length);
        }
        int[] keyRefs = new int[keys.length];
        int postingCount = 0;
        for (int k = 0; k < keys.length; k++) {
            keyRefs[k] = stringBytes;
            stringBytes = Math.addExact(stringBytes, 4 + keys[k].length);
            postingCount = Math.addExact(postingCount, keyPostings[k].size);
        }

        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try (FileOutputStream file = new FileOutputStream(temp.toFile());
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(file, 1 << 16))) {
            out.write(IndexFile.MAGIC);
            out.writeInt(IndexFile.VERSION);
            out.writeInt(generation);
            out.writeLong(dataLength);
            out.writeInt(records.size());
            out.writeInt(keys.length);
            out.writeInt(postingCount);
            out.writeInt(stringBytes);
            out.writeInt(statsJson.length);
            out.write(new byte[IndexFile.HEADER - 44]);
            for (int i = 0; i < records.size(); i++) {
                RecordEntry r = records.get(i);
                out.writeLong(r.offset());
                out.writeInt(r.length());
                out.writeInt(recordRefs[i]);
                out.writeLong(r.modified());
                out.writeLong(r.hash());
                out.writeInt(r.flags());
            }
            int start = 0;
            for (int k = 0; k < keys.length; k++) {
                out.writeInt(keyRefs[k]);
                out.writeInt(start);
                out.writeInt(keyPostings[k].size);
                start += keyPostings[k].size;
            }
            for (Postings p : keyPostings) {
                for (int i = 0; i < p.size; i++) {
                    out.writeInt(p.records[i]);
                }
            }
            for (byte[] s : storeKeys) {
                out.writeInt(s.length);
                out.write(s);
            }
            for (byte[] s : keys) {
                out.writeInt(s.length);
                out.write(s);
            }
            out.write(statsJson);
            out.flush();
        }
        writeChecksum(temp);
        StoreFiles.replace(temp, target);
        return stats;
    }

    /** Stores the index's CRC32C (computed with its own field as zeros) in the header, then syncs. */
    private static void writeChecksum(Path file) throws IOException {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(
                file, java.nio.file.StandardOpenOption.READ, java.nio.file.StandardOpenOption.WRITE)) {
            int crc =
                    IndexFile.checksum(channel.map(java.nio.channels.FileChannel.MapMode.READ_ONLY, 0, channel.size()));
            java.nio.ByteBuffer field = java.nio.ByteBuffer.allocate(4).putInt(0, crc);
            channel.write(field, IndexFile.CHECKSUM_AT);
            channel.force(true);
        }
    }

    private static StoreStats stats(List<RecordEntry> records, Map<String, Postings> postings) {
        Map<String, Long> bySource = new TreeMap<>();
        Map<String, Long> byEcosystem = new TreeMap<>();
        Map<String, Long> newest = new TreeMap<>();
        long withdrawn = 0;
        int[] parent = new int[records.size()];
        for (int i = 0; i < records.size(); i++) {
            RecordEntry r = records.get(i);
            parent[i] = i;
            bySource.merge(r.source().name(), 1L, Long::sum);
            if (r.modified() > 0) {
                newest.merge(r.source().name(), r.modified(), Math::max);
            }
            if (r.withdrawn()) {
                withdrawn++;
            }
            if (r.source() == AdvisorySource.OSV) {
                Arrays.stream(r.keys())
                        .filter(key -> key.startsWith("pkg:"))
                        .map(key -> key.substring(4, key.indexOf(':', 4)))
                        .distinct()
                        .forEach(ecosystem -> byEcosystem.merge(ecosystem, 1L, Long::sum));
            }
        }
        long cves = 0;
        for (var entry : postings.entrySet()) {
            if (!entry.getKey().startsWith("id:")) {
                continue;
            }
            if (entry.getKey().startsWith("id:CVE-")) {
                cves++;
            }
            // CSAF documents cover several CVEs; they join no groups or they would merge unrelated CVEs.
            int first = -1;
            Postings p = entry.getValue();
            for (int i = 0; i < p.size; i++) {
                int record = p.records[i];
                if (records.get(record).source() == AdvisorySource.CSAF) {
                    continue;
                }
                if (first < 0) {
                    first = record;
                } else {
                    parent[find(parent, record)] = find(parent, first);
                }
            }
        }
        long groups = 0;
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).source() != AdvisorySource.CSAF && find(parent, i) == i) {
                groups++;
            }
        }
        Map<String, String> newestBySource = new TreeMap<>();
        newest.forEach((source, millis) -> newestBySource.put(
                source,
                java.time.Instant.ofEpochMilli(millis)
                        .atZone(java.time.ZoneOffset.UTC)
                        .toLocalDate()
                        .toString()));
        return new StoreStats(
                records.size(), withdrawn, bySource, byEcosystem, groups, cves, 0, 0, null, newestBySource);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
