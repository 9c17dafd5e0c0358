package dev.vigil.server.products;

import dev.vigil.engine.load.LoadResult;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.source.SourceResolver;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Read-only access to stored releases for other features (monitoring, cases), which run as background
 * jobs or check their own grants: no authorization here, the caller decides who sees what.
 */
@Service
public class StoredReleases {

    private final ReleaseStore store;

    StoredReleases(ReleaseStore store) {
        this.store = store;
    }

    /** A stored release without its report. */
    public record StoredRelease(long id, String product, String version, String modelName, Instant uploadedAt) {}

    public Optional<StoredRelease> release(long id) {
        return store.release(id).map(StoredReleases::stored);
    }

    public Optional<StoredRelease> release(String product, String version) {
        return store.release(product, version).map(StoredReleases::stored);
    }

    /** Newest first. */
    public List<StoredRelease> releases(String product) {
        return store.releases(product).stream().map(StoredReleases::stored).toList();
    }

    public boolean productExists(String product) {
        return store.product(product).isPresent();
    }

    /** The model and every file it names, by relative name (the model under {@link StoredRelease#modelName}). */
    public Map<String, String> files(long releaseId) {
        return store.files(releaseId);
    }

    /** A stored release's model as the engine loads it, and its files to read the SBOMs it names. */
    public record LoadedRelease(SystemModel model, SourceResolver sources) {}

    /**
     * Loads the model of a stored release from its stored files, nothing from disk. Empty when it no longer
     * loads (an engine upgrade may refuse what an older one accepted).
     */
    public Optional<LoadedRelease> load(long releaseId) {
        StoredRelease release = release(releaseId).orElseThrow();
        Map<String, String> files = files(releaseId);
        Map<String, byte[]> bytes = new HashMap<>();
        files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        SourceResolver sources = SourceResolver.inMemory(bytes);
        LoadResult loaded =
                new ModelLoader().load(Path.of(release.modelName()), files.get(release.modelName()), sources);
        return loaded.isValid() ? Optional.of(new LoadedRelease(loaded.orThrow(), sources)) : Optional.empty();
    }

    private static StoredRelease stored(ReleaseStore.Release r) {
        return new StoredRelease(r.id(), r.product(), r.version(), r.modelName(), r.uploadedAt());
    }
}
