package dev.vigil.cli;

import dev.vigil.engine.load.LoadResult;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.render.JsonDocuments;
import dev.vigil.engine.source.Diagnostic;
import dev.vigil.engine.source.DiagnosticEntry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigil validate FILE...}: loads each model and reports every problem with its location. */
@Command(
        name = "validate",
        footerHeading = "%nExamples:%n",
        footer = {"  vigil validate examples/*.yaml", "  vigil validate --format json model.yaml"},
        mixinStandardHelpOptions = true,
        description = "Check system models against format 1 and report every problem as file:line:column.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every model is valid", "2:a model is invalid or unreadable"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Model files (YAML or JSON).")
    List<Path> files;

    @Option(
            names = "--format",
            defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    enum OutputFormat {
        text,
        json
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Diagnostic> all = new ArrayList<>();
        boolean valid = true;
        for (Path file : files) {
            LoadResult result = ModelArgument.loadResult(file);
            valid &= result.isValid();
            all.addAll(result.diagnostics());
            if (format == OutputFormat.text) {
                result.diagnostics().forEach(out::println);
                result.model().ifPresent(model -> out.println(file + ": valid: " + summary(model)));
            }
        }
        if (format == OutputFormat.json) {
            out.println(
                    JsonDocuments.write(all.stream().map(DiagnosticEntry::of).toList()));
        }
        out.flush();
        return valid ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    static String summary(SystemModel model) {
        return model.system().kind().wire() + " '" + model.system().id() + "', " + count(model.zones(), "zone")
                + ", " + count(model.components(), "component") + ", " + count(model.data(), "data item")
                + ", " + count(model.flows(), "flow") + ", " + count(model.hazards(), "hazard");
    }

    private static String count(List<?> items, String noun) {
        return items.size() + " " + noun + (items.size() == 1 ? "" : "s");
    }
}
