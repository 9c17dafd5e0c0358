package dev.vigil.cli;

import dev.vigil.engine.assess.AssessOptions;
import dev.vigil.engine.assess.AssessResult;
import dev.vigil.engine.assess.Assessor;
import dev.vigil.engine.assess.Output;
import dev.vigil.engine.diagram.Diagram;
import dev.vigil.engine.model.SystemModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigil diagrams MODEL --out DIR}: writes the security architecture views, one file per view,
 * rendered in-process (no Graphviz or browser needed).
 */
@Command(
        name = "diagrams",
        footerHeading = "%nExamples:%n",
        footer = {
            "  vigil diagrams examples/glucoflow.yaml --out diagrams",
            "  vigil diagrams --format puml --out diagrams model.yaml"
        },
        mixinStandardHelpOptions = true,
        description = "Write the security architecture views of a model: data-flow, global-system,"
                + " multi-patient-harm, updatability and use-case-<id>, one file each.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every view was written", "2:the model is invalid or a file could not be written"})
final class DiagramsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The system model (YAML or JSON).")
    Path modelFile;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write into (created).")
    Path out;

    @Option(
            names = "--format",
            defaultValue = "svg",
            description = "svg (rendered) or puml (PlantUML source); default: ${DEFAULT-VALUE}.")
    Format format;

    enum Format {
        svg,
        puml
    }

    @Override
    public Integer call() {
        SystemModel model = ModelArgument.load(modelFile, spec.commandLine().getErr());
        AssessResult result = new Assessor()
                .assess(
                        model,
                        AssessOptions.on(LocalDate.now(Clock.systemUTC()))
                                .withSources(ModelArgument.sources(modelFile))
                                .withOutputs(Output.DIAGRAMS));
        PrintWriter stdout = spec.commandLine().getOut();
        for (Diagram d : result.diagrams()) {
            try {
                Path file = format == Format.svg ? d.writeSvg(out) : d.writePuml(out);
                stdout.println(file + "\t" + d.title());
            } catch (IOException e) {
                throw new BadInputException("cannot write " + d.name() + " into " + out + ": " + e.getMessage());
            }
        }
        stdout.flush();
        return ExitCodes.OK;
    }
}
