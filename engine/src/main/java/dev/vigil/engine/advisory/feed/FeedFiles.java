package dev.vigil.engine.advisory.feed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Walks import paths: files, directories (recursively, feed files only) and zip archives (osv.dev
 * {@code all.zip} layout), handing each document to a {@link FeedReader}.
 *
 * <p>Archives are read in memory, never extracted, so a {@code ../} entry cannot write anywhere; it is
 * still refused because such an archive is not what it claims to be. Zip bombs are bounded by the
 * {@link Limits}: entry count, bytes per entry (counted while inflating, not trusted from the header)
 * and bytes per archive.
 */
public final class FeedFiles {

    /**
     * Bounds on what one import reads. JSON files above {@code streamAbove} bytes, and every
     * {@code .json.gz}, are streamed element by element ({@link FeedStream}) instead of read whole.
     */
    public record Limits(int maxZipEntries, long maxDocumentBytes, long maxArchiveBytes, long streamAbove) {
        public static final Limits DEFAULT = new Limits(2_000_000, 256L << 20, 16L << 30, 32L << 20);

        public Limits(int maxZipEntries, long maxDocumentBytes, long maxArchiveBytes) {
            this(maxZipEntries, maxDocumentBytes, maxArchiveBytes, Math.min(32L << 20, maxDocumentBytes));
        }
    }

    /** Receives a large JSON feed as a stream; it must be consumed before returning. */
    public interface Streamer {
        void stream(String where, InputStream in) throws IOException;
    }

    /** Reading that a {@link Transaction} runs; it may fail half-way. */
    public interface Reading {
        void run() throws IOException;
    }

    /**
     * Runs the reading of one file that yields many documents (a zip archive, a streamed feed) so that
     * either all of it counts or, when any part of it fails (a truncated stream, a corrupt entry, a bad
     * CRC), none of it does.
     */
    public interface Transaction {
        void atomically(String where, Reading reading);
    }

    private final BiConsumer<String, byte[]> reader;
    private final Streamer streamer;
    private final BiConsumer<String, String> skipped;
    private final Limits limits;
    private final Transaction transaction;

    /**
     * @param reader receives each document's name (file, {@code file!entry}) and content
     * @param streamer receives large JSON files and {@code .json.gz} files as streams
     * @param skipped receives each file or entry not read, with the reason
     */
    public FeedFiles(
            BiConsumer<String, byte[]> reader, Streamer streamer, BiConsumer<String, String> skipped, Limits limits) {
        this(reader, streamer, skipped, limits, (where, reading) -> {
            try {
                reading.run();
            } catch (IOException e) {
                skipped.accept(where, "cannot read: " + e.getMessage());
            }
        });
    }

    public FeedFiles(
            BiConsumer<String, byte[]> reader,
            Streamer streamer,
            BiConsumer<String, String> skipped,
            Limits limits,
            Transaction transaction) {
        this.reader = reader;
        this.streamer = streamer;
        this.skipped = skipped;
        this.limits = limits;
        this.transaction = transaction;
    }

    /** Reads one path; problems are reported to the sink, never thrown. */
    public void read(Path path) {
        if (Files.isDirectory(path)) {
            List<Path> files = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> FeedReader.looksLikeFeed(name(p)) || isArchive(name(p)))
                        .sorted()
                        .forEach(files::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                skipped.accept(path.toString(), "cannot list directory: " + e.getMessage());
                return;
            }
            files.forEach(this::readFile);
        } else if (Files.isRegularFile(path)) {
            readFile(path);
        } else {
            skipped.accept(path.toString(), "no such file or directory");
        }
    }

    private static String name(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isArchive(String name) {
        return name.endsWith(".zip") || name.endsWith(".gz");
    }

    private void readFile(Path file) {
        String where = file.toString();
        String lower = name(file);
        try {
            if (lower.endsWith(".zip")) {
                transaction.atomically(where, () -> readZip(file));
            } else if (lower.endsWith(".json.gz")) {
                transaction.atomically(where, () -> {
                    try (InputStream in = new Bounded(
                            new GZIPInputStream(Files.newInputStream(file), 1 << 16), limits.maxArchiveBytes)) {
                        streamer.stream(where, in);
                    }
                });
            } else if (lower.endsWith(".json") && Files.size(file) > limits.streamAbove) {
                transaction.atomically(where, () -> {
                    try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                        streamer.stream(where, in);
                    }
                });
            } else if (lower.endsWith(".gz")) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    byte[] content = bounded(in, limits.maxDocumentBytes);
                    if (content == null) {
                        skipped.accept(where, "larger than " + limits.maxDocumentBytes + " bytes uncompressed");
                    } else {
                        reader.accept(where.substring(0, where.length() - 3), content);
                    }
                }
            } else if (Files.size(file) > limits.maxDocumentBytes) {
                skipped.accept(where, "larger than " + limits.maxDocumentBytes + " bytes");
            } else {
                reader.accept(where, Files.readAllBytes(file));
            }
        } catch (IOException e) {
            skipped.accept(where, "cannot read: " + e.getMessage());
        }
    }

    private void readZip(Path file) throws IOException {
        String where = file.toString();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > limits.maxZipEntries) {
                skipped.accept(
                        where, "archive has " + zip.size() + " entries, more than the limit " + limits.maxZipEntries);
                return;
            }
            long total = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String entryWhere = where + "!" + entry.getName();
                if (entry.isDirectory()) {
                    continue;
                }
                if (unsafe(entry.getName())) {
                    skipped.accept(entryWhere, "unsafe entry name (absolute or '..')");
                    continue;
                }
                String lower = entry.getName().toLowerCase(Locale.ROOT);
                if (isArchive(lower)) {
                    skipped.accept(entryWhere, "nested archives are not read");
                    continue;
                }
                if (!FeedReader.looksLikeFeed(lower)) {
                    continue;
                }
                byte[] content;
                try (InputStream in = zip.getInputStream(entry)) {
                    content = bounded(in, limits.maxDocumentBytes);
                } catch (ZipException e) {
                    skipped.accept(entryWhere, "corrupt entry: " + e.getMessage());
                    continue;
                }
                if (content == null) {
                    skipped.accept(entryWhere, "larger than " + limits.maxDocumentBytes + " bytes uncompressed");
                    continue;
                }
                total += content.length;
                if (total > limits.maxArchiveBytes) {
                    skipped.accept(
                            entryWhere,
                            "archive expands beyond " + limits.maxArchiveBytes + " bytes; the rest is not read");
                    return;
                }
                reader.accept(entryWhere, content);
            }
        } catch (ZipException e) {
            skipped.accept(where, "not a readable zip archive: " + e.getMessage());
        }
    }

    /** Stops a decompressing stream at a byte limit, so a small {@code .gz} cannot expand without end. */
    private static final class Bounded extends java.io.FilterInputStream {
        private final long max;
        private long count;

        Bounded(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws IOException {
            count += n;
            if (count > max) {
                throw new IOException("expands beyond " + max + " bytes");
            }
        }
    }

    static boolean unsafe(String entryName) {
        String normal = entryName.replace('\\', '/');
        if (normal.startsWith("/") || normal.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String segment : normal.split("/")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** Reads at most {@code max} bytes; null when the stream holds more (the inflated size is what counts). */
    static byte[] bounded(InputStream in, long max) throws IOException {
        byte[] content = in.readNBytes((int) Math.min(max, Integer.MAX_VALUE - 16));
        if (in.read() != -1) {
            return null;
        }
        return content;
    }
}
