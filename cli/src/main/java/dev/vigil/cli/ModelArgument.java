package dev.vigil.cli;

import dev.vigil.engine.load.LoadResult;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.source.Diagnostic;
import dev.vigil.engine.source.InputException;
import dev.vigil.engine.source.SourceResolver;
import java.io.PrintWriter;
import java.nio.file.Path;

/** The MODEL argument of the commands that assess one: loaded from its file, warnings printed, errors thrown. */
final class ModelArgument {
    /**
     * Set by {@code --allow-outside-paths} (an option of every command, {@link VigilCommand}) for this run;
     * a command line is built anew for each run, which resets it.
     */
    private static volatile boolean allowOutsidePaths;

    private ModelArgument() {}

    static void allowOutsidePaths(boolean allow) {
        allowOutsidePaths = allow;
    }

    /** The model in {@code file} with its diagnostics, its paths confined to its folder unless lifted. */
    static LoadResult loadResult(Path file) {
        return new ModelLoader().load(file, allowOutsidePaths);
    }

    /**
     * The files the model in {@code file} may name (evidence, SBOMs, site models), by the rule that loaded it:
     * whatever reads them after loading goes through this resolver.
     */
    static SourceResolver sources(Path file) {
        return ModelLoader.sources(file, allowOutsidePaths);
    }

    /**
     * The model in {@code file}; its warnings go to {@code err}.
     *
     * @throws InputException carrying every diagnostic when the model is invalid
     */
    static SystemModel load(Path file, PrintWriter err) {
        LoadResult result = loadResult(file);
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
