package dev.vigil.server.cases;

import dev.vigil.engine.advisory.AdvisoryStore;
import java.util.Optional;
import java.util.function.Function;

/**
 * The instance's advisory store, lent for one use. The monitoring module owns it (an import replaces it and
 * waits for readers); cases borrow it to scan a release for its VEX without depending on monitoring, which
 * already depends on cases for its draft cases.
 */
public interface AdvisoryStoreLender {

    /** Runs {@code use} with the open store, or with empty while nothing was ever imported. */
    <T> T read(Function<Optional<AdvisoryStore>, T> use);
}
