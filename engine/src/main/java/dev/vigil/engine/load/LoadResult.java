package dev.vigil.engine.load;

import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.source.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What loading a model gave: the model when it is valid, and every diagnostic (sorted by location) either
 * way. {@code files} lists the root file and every file it included.
 */
public record LoadResult(Optional<SystemModel> model, List<Diagnostic> diagnostics, List<Path> files) {

    public LoadResult {
        diagnostics = diagnostics.stream().sorted().toList();
        files = List.copyOf(files);
    }

    public boolean isValid() {
        return model.isPresent();
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    /** The model, or an exception listing the problems (for callers that cannot go on without one). */
    public SystemModel orThrow() {
        return model.orElseThrow(() -> new InvalidModelException(errors()));
    }
}
