package dev.vigil.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.engine.assess.AssessOptions;
import dev.vigil.engine.assess.AssessResult;
import dev.vigil.engine.assess.Assessor;
import dev.vigil.engine.assess.Output;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.postmarket.csaf.CsafAdvisory;
import dev.vigil.engine.postmarket.csaf.CsafProblem;
import dev.vigil.engine.postmarket.csaf.CsafValidator;
import dev.vigil.engine.postmarket.csaf.CsafVex;
import dev.vigil.engine.report.VulnerabilityCheck;
import dev.vigil.engine.scan.ReleaseVex;
import dev.vigil.engine.scan.ScanResult;
import dev.vigil.engine.vex.ProductRelease;
import dev.vigil.engine.vex.VexIndex;
import dev.vigil.engine.vex.VexStatement;
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
        VexIndex decisions = VexFiles.index(vex);
        LocalDate on = CaseInputs.date(date);
        ScanResult result = AdvisoryStores.using(store.store, true, advisories -> {
            AssessResult assessed = new Assessor()
                    .assess(
                            m,
                            AssessOptions.on(LocalDate.now(Clock.systemUTC()))
                                    .withSources(ModelArgument.sources(model))
                                    .withStore(Optional.of(advisories.orElseThrow()))
                                    .withVex(decisions)
                                    .withOutputs(Output.VULNERABILITIES));
            if (assessed.vulnerabilities() instanceof VulnerabilityCheck.NotChecked n) {
                throw new BadInputException(n.reason());
            }
            return ((VulnerabilityCheck.Checked) assessed.vulnerabilities()).result();
        });
        String version = release != null ? release : m.system().version().orElse(null);
        if (version == null) {
            throw new BadInputException("the model states no system.version; give --release VERSION");
        }
        ProductRelease product = new ProductRelease(
                m.system().name(),
                Optional.of(version),
                Optional.empty(),
                m.system().manufacturer().orElse(m.system().name()));
        List<VexStatement> statements = ReleaseVex.statements(result, product, "vigil csaf vex " + model);
        if (statements.isEmpty()) {
            throw new BadInputException(
                    "the scan of " + model + " found no vulnerability: a CSAF VEX document needs" + " at least one");
        }
        String trackingId = m.system().id() + "-" + version + "-vex";
        ObjectNode doc = CsafVex.write(statements, product, trackingId, on, namespace, VigilCommand.versionText());
        List<CsafProblem> problems = new CsafValidator().validate(doc);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the VEX Vigil wrote is not valid CSAF: " + problems.get(0));
        }
        Path target = out != null && java.nio.file.Files.isDirectory(out)
                ? out.resolve(CsafAdvisory.fileName(trackingId))
                : out;
        OutputFiles.write(spec.commandLine().getOut(), target, CsafAdvisory.text(doc));
    }
}
