package dev.vigil.server.monitoring;

import dev.vigil.engine.advisory.AdvisoryStore;
import dev.vigil.engine.advisory.ImportSummary;
import dev.vigil.server.cases.AdvisoryStoreLender;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The instance's advisory store under the data directory, the one uploads are assessed against: opened once
 * and kept open for every re-check, reopened after an import replaced its index. Readers share it; an import
 * waits for them and they for it (the engine also locks the directory against other processes).
 */
@Component
class FeedStore implements AdvisoryStoreLender, AutoCloseable {

    private final Path directory;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile AdvisoryStore open;

    FeedStore(@Value("${vigil.advisories:${vigil.data-dir}/advisories}") Path directory) {
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    @Override
    public <T> T read(Function<Optional<AdvisoryStore>, T> use) {
        lock.readLock().lock();
        try {
            return use.apply(Optional.ofNullable(opened()));
        } finally {
            lock.readLock().unlock();
        }
    }

    ImportSummary importFrom(Path folder) throws IOException {
        lock.writeLock().lock();
        try {
            closeOpen();
            return AdvisoryStore.importFrom(directory, List.of(folder));
        } finally {
            lock.writeLock().unlock();
        }
    }

    private synchronized AdvisoryStore opened() {
        if (open == null && AdvisoryStore.exists(directory)) {
            try {
                open = AdvisoryStore.open(directory);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the advisory store " + directory, e);
            }
        }
        return open;
    }

    private synchronized void closeOpen() throws IOException {
        if (open != null) {
            open.close();
            open = null;
        }
    }

    @Override
    public void close() throws IOException {
        lock.writeLock().lock();
        try {
            closeOpen();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
