package dev.vigil.cli;

import dev.vigil.engine.load.ModelSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vigil schema}: the JSON Schema of model format 1, for editors. */
@Command(
        name = "schema",
        footerHeading = "%nExamples:%n",
        footer = {"  vigil schema > vigil-model-1.schema.json"},
        mixinStandardHelpOptions = true,
        description = {
            "Print the JSON Schema of system model format 1.",
            "Point your editor at it, e.g. in VS Code with the YAML extension add to the model's first line:",
            "  # yaml-language-server: $schema=./vigil-model-1.schema.json"
        })
final class SchemaCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().getOut().print(ModelSchema.json());
        spec.commandLine().getOut().flush();
    }
}
