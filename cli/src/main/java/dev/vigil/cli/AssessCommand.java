package dev.vigil.cli;

import dev.vigil.engine.load.LoadResult;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.SystemModel;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigil assess MODEL}: for now validates the model and summarises it. It says plainly that threat
 * findings are not computed yet rather than printing an empty result that would look like a clean bill.
 */
@Command(
        name = "assess",
        mixinStandardHelpOptions = true,
        description = "Assess a system model (this version validates and summarises it).")
final class AssessCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The system model (YAML or JSON).")
    Path modelFile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LoadResult result = new ModelLoader().load(modelFile);
        result.diagnostics().forEach(d -> spec.commandLine().getErr().println(d));
        if (!result.isValid()) {
            spec.commandLine().getErr().flush();
            return ExitCodes.BAD_INPUT;
        }
        SystemModel model = result.orThrow();
        out.println(model.system().name() + " (" + ValidateCommand.summary(model) + ")");
        out.println("Threat findings: not computed by this version; the model is valid and ready for assessment.");
        out.flush();
        return ExitCodes.OK;
    }
}
