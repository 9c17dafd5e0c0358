package dev.vigil.cli;

import dev.vigil.engine.load.LoadResult;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.source.Diagnostic;
import dev.vigil.engine.source.InputException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** The MODEL argument of the commands that assess one: loaded from its file, warnings printed, errors thrown. */
final class ModelArgument {
    private ModelArgument() {}

    /**
     * The model in {@code file}; its warnings go to {@code err}.
     *
     * @throws InputException carrying every diagnostic when the model is invalid
     */
    static SystemModel load(Path file, PrintWriter err) {
        LoadResult result = new ModelLoader().load(file);
        if (!result.isValid()) {
            throw new InputException(result.diagnostics());
        }
        result.diagnostics().stream()
                .filter(d -> !d.isError())
                .map(Diagnostic::toString)
                .forEach(err::println);
        err.flush();
        return result.orThrow();
    }
}
