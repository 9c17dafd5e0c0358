package dev.vigil.engine.advisory.store;

import dev.vigil.engine.advisory.Advisory;
import dev.vigil.engine.advisory.EpssScore;
import dev.vigil.engine.advisory.KnownExploited;
import dev.vigil.engine.advisory.feed.FeedFiles;
import dev.vigil.engine.advisory.feed.FeedStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One import into a store directory.
 *
 * <p>Identity is {@code source/id}. A record equal to the stored one (same content hash) is unchanged;
 * an older {@code modified} than stored is ignored; otherwise the new blob is appended to the data file
 * and the record's index entry points to it. Nothing the readers see changes until the new index is
 * renamed over the old one at the end, so an import that fails half-way leaves the previous store as it
 * was (the unreferenced tail of the data file is cut off by the next import).
 */
final class AdvisoryImport {
    /** Rewrite the data file when superseded blobs outweigh live ones and exceed this many bytes. */
    private static final long COMPACT_ABOVE = 16L << 20;

    private final Path store;
    private final RecordCodec codec = new RecordCodec();
    private final List<RecordEntry> entries = new ArrayList<>();
    private final Map<String, Integer> byStoreKey = new HashMap<>();
    private final Map<String, KnownExploited> kev;
    private final List<ImportSummary.Skip> skips = new ArrayList<>();
    private final List<String> changedRecords = new ArrayList<>();
    private final Set<String> changedKeys = new LinkedHashSet<>();
    private final EpssRows epss = new EpssRows();
    private OutputStream data;
    private long dataLength;
    private int generation;
    private long read, imported, replaced, unchanged, outdated, malformed, problems;
    private long kevRead, kevAdded, kevUpdated;
    private final List<ImportSummary.Skip> failedFiles = new ArrayList<>();
    private ParallelReading reading;
    /** Set while a many-document file is read atomically; a file-level failure inside marks it. */
    private boolean inTransaction;

    private String transactionFailure;

    private AdvisoryImport(Path store) throws IOException {
        this.store = store;
        this.kev = KevTable.read(StoreFiles.kev(store), codec);
    }

    /** Imports files, directories and zip archives into the store at {@code store}, creating it if needed. */
    static ImportSummary run(Path store, List<Path> inputs) throws IOException {
        return run(store, inputs, FeedFiles.Limits.DEFAULT);
    }

    static ImportSummary run(Path store, List<Path> inputs, FeedFiles.Limits limits) throws IOException {
        long started = System.nanoTime();
        Files.createDirectories(store);
        try (FileChannel lockFile =
                        FileChannel.open(StoreFiles.lock(store), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = tryLock(lockFile)) {
            if (lock == null) {
                throw new IOException("another import is running on " + store);
            }
            AdvisoryImport run = new AdvisoryImport(store);
            return run.execute(inputs, limits, started);
        }
    }

    /** Null when another process, or another thread of this one, holds the lock. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return null;
        }
    }

    private ImportSummary execute(List<Path> inputs, FeedFiles.Limits limits, long started) throws IOException {
        Path indexPath = StoreFiles.index(store);
        if (Files.exists(indexPath)) {
            IndexFile index = IndexFile.open(indexPath);
            generation = index.generation;
            dataLength = index.dataLength;
            entries.addAll(index.entries());
            for (int i = 0; i < entries.size(); i++) {
                byStoreKey.put(entries.get(i).storeKey(), i);
            }
        }
        removeOtherGenerations();
        Path dataPath = StoreFiles.data(store, generation);
        try (FileChannel channel = FileChannel.open(
                dataPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
            channel.truncate(dataLength); // drop what an interrupted import appended
            channel.position(dataLength);
            data = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 20);
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
            try (ParallelReading reading = new ParallelReading(threads, this::accept)) {
                this.reading = reading;
                FeedFiles files = new FeedFiles(
                        reading::submit,
                        (where, in) -> FeedStream.items(where, in, reading::submitItem, this::skipped),
                        this::skipped,
                        limits,
                        this::atomically);
                inputs.forEach(files::read);
                reading.finish();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            data.flush();
            channel.force(false);
            long live = entries.stream().mapToLong(RecordEntry::length).sum();
            if (dataLength - live > Math.max(live, COMPACT_ABOVE)) {
                compact(channel);
            } else if (imported + replaced > 0 || !Files.exists(indexPath)) {
                IndexWriter.write(indexPath, generation, dataLength, entries, codec);
            }
        }
        removeOtherGenerations();
        if (kevAdded + kevUpdated > 0) {
            KevTable.write(StoreFiles.kev(store), kev, codec);
        }
        String epssOutcome = epss.store(StoreFiles.epss(store));
        if (epss.conflict) {
            failedFiles.add(new ImportSummary.Skip(epss.where, epssOutcome));
        }
        return new ImportSummary(
                read,
                imported,
                replaced,
                unchanged,
                outdated,
                malformed,
                kevRead,
                kevAdded,
                kevUpdated,
                epss.count,
                epssOutcome,
                problems,
                skips,
                failedFiles,
                Duration.ofNanos(System.nanoTime() - started),
                changedRecords,
                changedKeys);
    }

    /** Copies live blobs into the next generation's file; the index then names that generation. */
    private void compact(FileChannel old) throws IOException {
        int next = generation + 1;
        Path nextPath = StoreFiles.data(store, next);
        long offset = 0;
        try (FileChannel target = FileChannel.open(
                nextPath, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            for (int i = 0; i < entries.size(); i++) {
                RecordEntry entry = entries.get(i);
                long done = 0;
                while (done < entry.length()) {
                    done += old.transferTo(entry.offset() + done, entry.length() - done, target);
                }
                entries.set(i, entry.movedTo(offset));
                offset += entry.length();
            }
            target.force(false);
        }
        IndexWriter.write(StoreFiles.index(store), next, offset, entries, codec);
        generation = next;
        dataLength = offset;
    }

    private void removeOtherGenerations() throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(store, "records-*.dat")) {
            for (Path file : files) {
                if (!file.getFileName().toString().equals("records-" + generation + ".dat")) {
                    Files.delete(file);
                }
            }
        }
    }

    private void accept(ParallelReading.Event event) {
        if (event instanceof ParallelReading.Prepared prepared) {
            advisory(prepared);
        } else if (event instanceof ParallelReading.Kev kev) {
            knownExploited(kev.entry());
        } else if (event instanceof ParallelReading.Epss score) {
            epss.add(score.where(), score.score(), score.scoreDate());
        } else if (event instanceof ParallelReading.Rejected rejected) {
            read++;
            malformed++;
            skip(rejected.where(), rejected.reason());
        } else if (event instanceof ParallelReading.Skipped skipped) {
            skipped(skipped.where(), skipped.reason());
        } else if (event instanceof ParallelReading.Problem problem) {
            skip(problem.where(), problem.reason());
        }
    }

    /**
     * Reads one many-document file so that it counts whole or not at all: what was read before is handed
     * on first, the import's state is remembered, and a file-level failure inside (truncated stream, bad
     * CRC, corrupt or refused entry) puts that state back. Blobs already appended stay in the data file
     * unreferenced; the next compaction drops them.
     */
    private void atomically(String where, FeedFiles.Reading read) {
        reading.finish();
        Checkpoint checkpoint = new Checkpoint();
        inTransaction = true;
        transactionFailure = null;
        try {
            read.run();
            reading.finish();
        } catch (IOException e) {
            reading.finish();
            skip(where, "cannot read: " + e.getMessage());
            transactionFailure = "cannot read: " + e.getMessage();
        } finally {
            inTransaction = false;
        }
        if (transactionFailure != null) {
            checkpoint.restore();
            failedFiles.add(new ImportSummary.Skip(where, transactionFailure + "; nothing from this file is imported"));
        }
    }

    /** The state a failed atomic file puts back; problems found stay listed. */
    private final class Checkpoint {
        final List<RecordEntry> savedEntries = new ArrayList<>(entries);
        final Map<String, Integer> savedKeys = new HashMap<>(byStoreKey);
        final Map<String, KnownExploited> savedKev = new HashMap<>(kev);
        final int savedChangedRecords = changedRecords.size();
        final Set<String> savedChangedKeys = new LinkedHashSet<>(changedKeys);
        final long[] counters = {read, imported, replaced, unchanged, outdated, malformed, kevRead, kevAdded, kevUpdated
        };
        final int epssCount = epss.count;
        final String epssDate = epss.scoreDate;
        final String epssWhere = epss.where;

        void restore() {
            entries.clear();
            entries.addAll(savedEntries);
            byStoreKey.clear();
            byStoreKey.putAll(savedKeys);
            kev.clear();
            kev.putAll(savedKev);
            changedRecords.subList(savedChangedRecords, changedRecords.size()).clear();
            changedKeys.clear();
            changedKeys.addAll(savedChangedKeys);
            read = counters[0];
            imported = counters[1];
            replaced = counters[2];
            unchanged = counters[3];
            outdated = counters[4];
            malformed = counters[5];
            kevRead = counters[6];
            kevAdded = counters[7];
            kevUpdated = counters[8];
            epss.count = epssCount;
            epss.scoreDate = epssDate;
            epss.where = epssWhere;
        }
    }

    private void advisory(ParallelReading.Prepared prepared) {
        read++;
        Advisory advisory = prepared.advisory();
        String where = prepared.where();
        long hash = prepared.hash();
        long modified = advisory.modified().toEpochMilli();
        Integer existing = byStoreKey.get(advisory.storeKey());
        if (existing != null) {
            RecordEntry stored = entries.get(existing);
            if (stored.hash() == hash) {
                unchanged++;
                return;
            }
            if (modified < stored.modified()) {
                outdated++;
                skip(where, advisory.id() + ": older revision (" + advisory.modified() + ") than stored");
                return;
            }
        }
        byte[] blob = prepared.blob();
        try {
            data.write(blob);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RecordEntry entry = new RecordEntry(
                advisory.storeKey(),
                dataLength,
                blob.length,
                modified,
                hash,
                advisory.isWithdrawn() ? RecordEntry.WITHDRAWN : 0,
                prepared.keys());
        dataLength += blob.length;
        changedRecords.add(entry.storeKey());
        changedKeys.addAll(Arrays.asList(entry.keys()));
        if (existing != null) {
            changedKeys.addAll(Arrays.asList(entries.get(existing).keys()));
            entries.set(existing, entry);
            replaced++;
        } else {
            byStoreKey.put(advisory.storeKey(), entries.size());
            entries.add(entry);
            imported++;
        }
    }

    private void knownExploited(KnownExploited entry) {
        kevRead++;
        KnownExploited previous = kev.put(entry.cve(), entry);
        if (previous == null) {
            kevAdded++;
        } else if (!previous.equals(entry)) {
            kevUpdated++;
        }
    }

    /** A file or document that could not be read whole: listed, and it fails the import's outcome. */
    private void skipped(String where, String reason) {
        skip(where, reason);
        if (inTransaction) {
            if (transactionFailure == null) {
                transactionFailure = where + ": " + reason;
            }
        } else {
            failedFiles.add(new ImportSummary.Skip(where, reason));
        }
    }

    private void skip(String where, String reason) {
        problems++;
        if (skips.size() < ImportSummary.MAX_LISTED) {
            skips.add(new ImportSummary.Skip(where, reason));
        }
    }

    /** EPSS rows of this import; they replace the stored table unless they are older. */
    private static final class EpssRows {
        long[] keys = new long[1024];
        float[] scores = new float[1024];
        float[] percentiles = new float[1024];
        int count;
        String scoreDate;
        /** The file the score date comes from. */
        String where;

        boolean conflict;

        void add(String at, EpssScore score, String date) {
            if (count == keys.length) {
                keys = Arrays.copyOf(keys, count * 2);
                scores = Arrays.copyOf(scores, count * 2);
                percentiles = Arrays.copyOf(percentiles, count * 2);
            }
            keys[count] = EpssTable.key(score.cve());
            scores[count] = (float) score.epss();
            percentiles[count] = (float) score.percentile();
            count++;
            if (date != null && (scoreDate == null || date.compareTo(scoreDate) > 0)) {
                scoreDate = date;
            }
            if (where == null || date != null && date.equals(scoreDate)) {
                int colon = at.lastIndexOf(':');
                where = colon > 0 ? at.substring(0, colon) : at;
            }
        }

        String store(Path file) throws IOException {
            if (count == 0) {
                return null;
            }
            EpssTable table = EpssTable.open(file);
            String stored = table.scoreDate();
            if (stored != null && scoreDate == null) {
                return "ignored: the scores carry no score date; the stored ones are of " + stored;
            }
            if (stored != null && scoreDate.compareTo(stored) < 0) {
                return "ignored: scores of " + scoreDate + " are older than the stored " + stored;
            }
            if (Objects.equals(stored, scoreDate) && scoreDate != null) {
                if (sameAs(table)) {
                    return "unchanged: scores of " + scoreDate + " already stored";
                }
                // Two different snapshots for one day: one of them is not FIRST's; keep what is stored.
                conflict = true;
                return "conflict: scores of " + scoreDate + " differ from the stored scores of the same date;"
                        + " the stored ones are kept";
            }
            EpssTable.write(file, keys, scores, percentiles, count, scoreDate);
            return "stored " + count + " scores" + (scoreDate == null ? "" : " of " + scoreDate);
        }

        private boolean sameAs(EpssTable table) {
            long distinct = Arrays.stream(keys, 0, count).distinct().count();
            if (table.size() != distinct) {
                return false;
            }
            for (int i = 0; i < count; i++) {
                if (!table.holds(keys[i], scores[i], percentiles[i])) {
                    return false;
                }
            }
            return true;
        }
    }
}
