package dev.vigil.engine.advisory.store;

import dev.vigil.engine.advisory.Advisory;
import dev.vigil.engine.advisory.AdvisorySource;
import dev.vigil.engine.advisory.CpeKey;
import dev.vigil.engine.advisory.EpssScore;
import dev.vigil.engine.advisory.HardwareId;
import dev.vigil.engine.advisory.KnownExploited;
import dev.vigil.engine.advisory.PackageKey;
import dev.vigil.engine.advisory.ProductKey;
import dev.vigil.engine.advisory.Vulnerability;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Vigil's advisory store: a directory with a memory-mapped index and a file of compressed records (see
 * {@link StoreFiles} for the layout and docs/adr for the measurements behind it).
 *
 * <p>Opening reads only the index header; each lookup is a binary search in the mapped index and reads
 * just the candidate records. Candidate lookups never return withdrawn records; lookups by id do.
 * Instances are safe for concurrent readers.
 */
public final class AdvisoryStore implements AutoCloseable {
    private static final int CACHE_LIMIT = 50_000;

    private final Path directory;
    private final IndexFile index;
    private final FileChannel data;
    private final EpssTable epss;
    private final RecordCodec codec = new RecordCodec();
    private final Map<Integer, Advisory> cache = new ConcurrentHashMap<>();
    private volatile Map<String, KnownExploited> kev;

    private AdvisoryStore(Path directory, IndexFile index, FileChannel data, EpssTable epss) {
        this.directory = directory;
        this.index = index;
        this.data = data;
        this.epss = epss;
    }

    /** The default store directory: {@code $XDG_DATA_HOME/vigil/advisories} or {@code ~/.local/share/...}. */
    public static Path defaultDirectory() {
        return StoreFiles.defaultDirectory(System.getenv(), System.getProperty("user.home"));
    }

    /** Whether {@code directory} holds a store (an import has completed there). */
    public static boolean exists(Path directory) {
        return Files.isRegularFile(StoreFiles.index(directory));
    }

    /**
     * Imports files, directories (recursively) and zip archives into the store at {@code directory},
     * creating it when needed. Bad records and files are reported in the summary, never thrown.
     *
     * @throws IOException when the store itself cannot be written (disk full, another import running)
     */
    public static ImportSummary importFrom(Path directory, List<Path> inputs) throws IOException {
        return AdvisoryImport.run(directory, inputs);
    }

    /** Opens a store for reading; an empty store when no import has run there yet. */
    public static AdvisoryStore open(Path directory) throws IOException {
        if (!exists(directory)) {
            return new AdvisoryStore(directory, null, null, EpssTable.open(StoreFiles.epss(directory)));
        }
        IndexFile index = IndexFile.open(StoreFiles.index(directory));
        FileChannel data = FileChannel.open(StoreFiles.data(directory, index.generation), StandardOpenOption.READ);
        return new AdvisoryStore(directory, index, data, EpssTable.open(StoreFiles.epss(directory)));
    }

    public Path directory() {
        return directory;
    }

    /** OSV records (and CSAF purl helpers) for a package; the matcher then checks versions. */
    public List<Advisory> findCandidates(PackageKey key) {
        return candidates(key.indexKey());
    }

    /** NVD records with a vulnerable criterion for this vendor:product (and CSAF CPE helpers). */
    public List<Advisory> findCandidates(CpeKey key) {
        return candidates(key.indexKey());
    }

    /** CSAF documents with a product of this normalised vendor and product name. */
    public List<Advisory> findCandidates(ProductKey key) {
        return candidates(key.indexKey());
    }

    /** CSAF documents naming this model number, SKU or serial number. */
    public List<Advisory> findCandidates(HardwareId kind, String value) {
        return candidates(kind.indexKey(value));
    }

    /** How many non-withdrawn records a package has, without reading them. */
    public int countCandidates(PackageKey key) {
        int count = 0;
        for (int record : postings(key.indexKey())) {
            count += (index.flags(record) & RecordEntry.WITHDRAWN) == 0 ? 1 : 0;
        }
        return count;
    }

    /** The stored record of a source with this id, withdrawn or not. */
    public Optional<Advisory> findRecord(AdvisorySource source, String id) {
        String storeKey = source + "/" + id;
        for (int record : postings(IndexKeys.idKey(id))) {
            if (index.storeKey(record).equals(storeKey)) {
                return Optional.of(load(record));
            }
        }
        return Optional.empty();
    }

    /** Every record whose id or alias is {@code id} (CSAF: also the CVEs it covers), withdrawn included. */
    public List<Advisory> findById(String id) {
        List<Advisory> found = new ArrayList<>();
        for (int record : postings(IndexKeys.idKey(id))) {
            found.add(load(record));
        }
        return found;
    }

    /**
     * The vulnerability {@code id} belongs to, with all its records: aliases are followed transitively
     * through OSV and NVD records; CSAF documents join but are not followed, because one document covers
     * several unrelated CVEs. Empty when no record knows the id.
     */
    public Optional<Vulnerability> findVulnerability(String id) {
        Set<String> ids = new LinkedHashSet<>();
        Map<Integer, Advisory> records = new LinkedHashMap<>();
        Deque<String> pending = new ArrayDeque<>(List.of(id));
        while (!pending.isEmpty() && ids.size() < 1000) {
            String next = pending.poll();
            if (!ids.add(next)) {
                continue;
            }
            for (int record : postings(IndexKeys.idKey(next))) {
                if (records.containsKey(record)) {
                    continue;
                }
                Advisory advisory = load(record);
                records.put(record, advisory);
                boolean follow = advisory.source() != AdvisorySource.CSAF
                        || advisory.id().equals(id);
                if (follow && advisory.source() != AdvisorySource.CSAF) {
                    pending.add(advisory.id());
                    pending.addAll(advisory.aliases());
                } else if (follow) {
                    pending.addAll(advisory.cves());
                }
            }
        }
        if (records.isEmpty()) {
            return Optional.empty();
        }
        records.values().stream().filter(r -> r.source() != AdvisorySource.CSAF).forEach(r -> ids.add(r.id()));
        TreeSet<String> cves = new TreeSet<>();
        ids.stream().filter(i -> i.startsWith("CVE-")).forEach(cves::add);
        String preferred = cves.isEmpty() ? new TreeSet<>(ids).first() : cves.first();
        Set<String> aliases = new TreeSet<>(ids);
        aliases.remove(preferred);
        return Optional.of(new Vulnerability(
                preferred,
                aliases,
                List.copyOf(records.values()),
                cves.stream()
                        .map(this::findKnownExploited)
                        .flatMap(Optional::stream)
                        .findFirst(),
                cves.stream().map(this::findEpss).flatMap(Optional::stream).findFirst()));
    }

    public Optional<KnownExploited> findKnownExploited(String cve) {
        return Optional.ofNullable(kev().get(cve));
    }

    public Optional<EpssScore> findEpss(String cve) {
        return epss.find(cve);
    }

    public StoreStats stats() {
        StoreStats base = StoreStats.EMPTY;
        if (index != null) {
            try {
                base = codec.mapper().readValue(index.statsJson(), StoreStats.class);
            } catch (IOException e) {
                throw new UncheckedIOException("damaged statistics in " + StoreFiles.index(directory), e);
            }
        }
        return base.withSignals(kev().size(), epss.size(), epss.scoreDate());
    }

    private Map<String, KnownExploited> kev() {
        Map<String, KnownExploited> loaded = kev;
        if (loaded == null) {
            try {
                loaded = KevTable.read(StoreFiles.kev(directory), codec);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + StoreFiles.kev(directory), e);
            }
            kev = loaded;
        }
        return loaded;
    }

    private int[] postings(String key) {
        return index == null ? new int[0] : index.postings(key);
    }

    private List<Advisory> candidates(String key) {
        int[] records = postings(key);
        List<Advisory> found = new ArrayList<>(records.length);
        for (int record : records) {
            if ((index.flags(record) & RecordEntry.WITHDRAWN) == 0) {
                found.add(load(record));
            }
        }
        return found;
    }

    private Advisory load(int record) {
        Advisory cached = cache.get(record);
        if (cached != null) {
            return cached;
        }
        try {
            ByteBuffer blob = ByteBuffer.allocate(index.length(record));
            long offset = index.offset(record);
            while (blob.hasRemaining()) {
                if (data.read(blob, offset + blob.position()) < 0) {
                    throw new StoreDamagedException(
                            StoreFiles.data(directory, index.generation),
                            "ends before record " + index.storeKey(record));
                }
            }
            Advisory advisory = decode(record, blob.array(), false);
            if (cache.size() < CACHE_LIMIT) {
                cache.put(record, advisory);
            }
            return advisory;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + index.storeKey(record) + " from " + directory, e);
        }
    }

    /**
     * Decodes one record; damage that breaks the encoding (a flipped byte in compressed data almost
     * always does) is named as damage. Comparing each record with its SHA-256 costs a scan a third more
     * CPU, so {@link #verify} does it and a scan does not.
     */
    private Advisory decode(int record, byte[] blob, boolean checkHash) {
        Path data = StoreFiles.data(directory, index.generation);
        byte[] raw;
        try {
            raw = codec.raw(blob);
        } catch (IOException | RuntimeException e) {
            throw new StoreDamagedException(data, "holds a corrupt record " + index.storeKey(record));
        }
        if (checkHash && RecordCodec.hash(raw) != index.hash(record)) {
            throw new StoreDamagedException(
                    data, "holds a record " + index.storeKey(record) + " that fails its checksum");
        }
        try {
            return AdvisoryBinary.decode(raw);
        } catch (IOException | RuntimeException e) {
            throw new StoreDamagedException(data, "holds a corrupt record " + index.storeKey(record));
        }
    }

    /**
     * Reads the whole store and checks it: the index (its checksum, on open), every record against its
     * checksum, the KEV and EPSS tables. Returns the number of records checked.
     *
     * @throws StoreDamagedException at the first damage found
     */
    public long verify() throws IOException {
        if (index == null) {
            return 0;
        }
        if (data.size() < index.dataLength) {
            throw new StoreDamagedException(
                    StoreFiles.data(directory, index.generation), "is shorter than the index says");
        }
        for (int record = 0; record < index.recordCount; record++) {
            ByteBuffer blob = ByteBuffer.allocate(index.length(record));
            long offset = index.offset(record);
            while (blob.hasRemaining()) {
                if (data.read(blob, offset + blob.position()) < 0) {
                    throw new StoreDamagedException(
                            StoreFiles.data(directory, index.generation),
                            "ends before record " + index.storeKey(record));
                }
            }
            decode(record, blob.array(), true);
        }
        try {
            kev();
        } catch (RuntimeException e) {
            throw new StoreDamagedException(StoreFiles.kev(directory), "cannot be read");
        }
        return index.recordCount;
    }

    /** Forgets decoded records (benchmarks measure reads, not the cache). */
    public void clearCache() {
        cache.clear();
    }

    @Override
    public void close() throws IOException {
        if (data != null) {
            data.close();
        }
    }
}
