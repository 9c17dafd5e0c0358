package dev.vigil.cli;

import dev.vigil.engine.assess.AssessOptions;
import dev.vigil.engine.assess.ReleaseCsafVex;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.postmarket.csaf.CsafPublication;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigil csaf vex --model MODEL --release VERSION}: a CSAF 2.0 VEX document for a release from its scan. */
@Command(
        footerHeading = "%nExamples:%n",
        footer = {
            "  vigil csaf vex --model examples/glucoflow.yaml --out vex.json",
            "  vigil csaf vex --model model.yaml --vex decisions.vex.json --out csaf"
        },
        name = "vex",
        mixinStandardHelpOptions = true,
        description = {
            "Scans the model's SBOMs against the advisory store and writes a CSAF 2.0 csaf_vex document for the"
                    + " release: each finding is known_affected (not analysed yet) unless a --vex statement decides"
                    + " otherwise, with its justification flag, impact or action statement.",
            "The document is validated before it is written."
        })
final class CsafVexCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "MODEL", description = "The product's system model.")
    Path model;

    @Option(
            names = "--release",
            paramLabel = "VERSION",
            description = "The release the VEX speaks for (default: the model's system.version).")
    String release;

    @Mixin
    StoreOption store;

    @Option(names = "--vex", paramLabel = "FILE", description = "VEX decisions to apply (CycloneDX, OpenVEX, CSAF).")
    List<Path> vex = new ArrayList<>();

    @Option(names = "--date", paramLabel = "DATE", description = "Release date (YYYY-MM-DD); default today.")
    String date;

    @Option(
            names = "--namespace",
            paramLabel = "URI",
            defaultValue = "urn:vigil:publisher",
            description = "The publisher's namespace URI; default ${DEFAULT-VALUE}.")
    String namespace;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (or into an existing directory).")
    Path out;

    @Override
    public void run() {
        SystemModel m = ModelArgument.load(model, spec.commandLine().getErr());
        AssessOptions options = AssessOptions.on(LocalDate.now(Clock.systemUTC()))
                .withSources(ModelArgument.sources(model))
                .withVex(VexFiles.index(vex));
        ReleaseCsafVex.Request request = new ReleaseCsafVex.Request(
                Optional.ofNullable(release),
                namespace,
                CaseInputs.date(date),
                VigilCommand.versionText(),
                "vigil csaf vex " + model);
        // One engine call: scan, the release's statements, the CSAF document and its validation.
        CsafPublication published = AdvisoryStores.using(store.store, true, advisories -> new ReleaseCsafVex()
                .publish(m, options.withStore(advisories), request));
        if (!published.valid()) {
            throw new IllegalStateException("the VEX Vigil wrote is not valid CSAF: "
                    + published.problems().get(0));
        }
        Path target = out != null && java.nio.file.Files.isDirectory(out) ? out.resolve(published.fileName()) : out;
        OutputFiles.write(spec.commandLine().getOut(), target, published.text());
    }
}
