package dev.vigil.engine.advisory.store;

import dev.vigil.engine.advisory.Advisory;
import dev.vigil.engine.advisory.EpssScore;
import dev.vigil.engine.advisory.KnownExploited;
import dev.vigil.engine.advisory.feed.FeedReader;
import dev.vigil.engine.advisory.feed.FeedSink;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Parses and encodes documents on all cores while one thread owns the store: each document is read by
 * a worker into a list of {@link Event}s, and the events are handed on in input order, so results do
 * not depend on thread timing. At most {@link #MAX_BYTES_IN_FLIGHT} of input waits at any time, which
 * bounds the heap whatever the size of the archive.
 */
final class ParallelReading implements AutoCloseable {
    private static final long MAX_BYTES_IN_FLIGHT = 64L << 20;
    private static final int MAX_DOCUMENTS_IN_FLIGHT = 512;

    /** What a worker found in one document, ready for the store thread. */
    sealed interface Event {}

    /** An advisory, already encoded, hashed and compressed. */
    record Prepared(String where, Advisory advisory, long hash, byte[] blob, String[] keys) implements Event {}

    record Kev(String where, KnownExploited entry) implements Event {}

    record Epss(String where, EpssScore score, String scoreDate) implements Event {}

    record Rejected(String where, String reason) implements Event {}

    record Skipped(String where, String reason) implements Event {}

    record Problem(String where, String reason) implements Event {}

    /** One worker's reusable parser and codec; neither is thread-safe. */
    private static final class Worker implements FeedSink {
        final RecordCodec codec = new RecordCodec();
        final FeedReader reader = new FeedReader(this);
        List<Event> events;

        List<Event> read(String where, byte[] content) {
            events = new ArrayList<>();
            reader.read(where, content);
            return events;
        }

        List<Event> item(String where, com.fasterxml.jackson.databind.JsonNode item) {
            events = new ArrayList<>();
            reader.item(where, item);
            return events;
        }

        @Override
        public void advisory(String where, Advisory advisory) {
            byte[] encoded = codec.encode(advisory);
            events.add(new Prepared(
                    where,
                    stripForStore(advisory),
                    RecordCodec.hash(encoded),
                    codec.deflate(encoded),
                    IndexKeys.of(advisory).toArray(String[]::new)));
        }

        /** The store thread needs identity and revision only; dropping the rest keeps the queue small. */
        private static Advisory stripForStore(Advisory a) {
            return new Advisory(
                    a.id(),
                    a.source(),
                    null,
                    null,
                    a.modified(),
                    a.withdrawn(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }

        @Override
        public void knownExploited(String where, KnownExploited entry) {
            events.add(new Kev(where, entry));
        }

        @Override
        public void epss(String where, EpssScore score, String scoreDate) {
            events.add(new Epss(where, score, scoreDate));
        }

        @Override
        public void rejected(String where, String reason) {
            events.add(new Rejected(where, reason));
        }

        @Override
        public void skipped(String where, String reason) {
            events.add(new Skipped(where, reason));
        }

        @Override
        public void problem(String where, String reason) {
            events.add(new Problem(where, reason));
        }
    }

    private record Pending(Future<List<Event>> events, long bytes) {}

    private final ExecutorService workers;
    private final ThreadLocal<Worker> worker = ThreadLocal.withInitial(Worker::new);
    private final Deque<Pending> pending = new ArrayDeque<>();
    private final java.util.function.Consumer<Event> consumer;
    private long bytesInFlight;

    ParallelReading(int threads, java.util.function.Consumer<Event> consumer) {
        this.consumer = consumer;
        this.workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "vigil-advisory-reader");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Queues one document; blocks while too much input waits. */
    void submit(String where, byte[] content) {
        pending.add(new Pending(workers.submit(() -> readSafely(where, content)), content.length));
        bytesInFlight += content.length;
        while (bytesInFlight > MAX_BYTES_IN_FLIGHT || pending.size() > MAX_DOCUMENTS_IN_FLIGHT) {
            handOnOldest();
        }
    }

    /** Queues one element of a streamed feed (already a small tree, so it counts as no input bytes). */
    void submitItem(String where, com.fasterxml.jackson.databind.JsonNode item) {
        pending.add(new Pending(workers.submit(() -> itemSafely(where, item)), 0));
        while (pending.size() > MAX_DOCUMENTS_IN_FLIGHT) {
            handOnOldest();
        }
    }

    private List<Event> itemSafely(String where, com.fasterxml.jackson.databind.JsonNode item) {
        try {
            return worker.get().item(where, item);
        } catch (RuntimeException e) {
            return List.of(new Skipped(where, "internal error while reading: " + e));
        }
    }

    private List<Event> readSafely(String where, byte[] content) {
        try {
            return worker.get().read(where, content);
        } catch (RuntimeException e) {
            // A bug in a parser must not lose the other documents; report it like a bad file.
            return List.of(new Skipped(where, "internal error while reading: " + e));
        }
    }

    /** Hands on everything still queued. */
    void finish() {
        while (!pending.isEmpty()) {
            handOnOldest();
        }
    }

    private void handOnOldest() {
        Pending oldest = pending.poll();
        bytesInFlight -= oldest.bytes;
        try {
            oldest.events.get().forEach(consumer);
        } catch (ExecutionException e) {
            throw new IllegalStateException("reader failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
