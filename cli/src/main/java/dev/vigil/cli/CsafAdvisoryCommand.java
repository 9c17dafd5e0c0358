package dev.vigil.cli;

import dev.vigil.engine.postmarket.CaseReport;
import dev.vigil.engine.postmarket.csaf.CsafPublication;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigil csaf advisory CASE --model MODEL [--out FILE]}: a CSAF 2.0 security advisory for the case. */
@Command(
        footerHeading = "%nExamples:%n",
        footer = {
            "  vigil csaf advisory case.yaml --model examples/glucoflow.yaml --out csaf",
            "  vigil csaf advisory case.yaml --model m.yaml --namespace https://x.example"
        },
        name = "advisory",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a CSAF 2.0 csaf_security_advisory for the case's product: product tree, vulnerabilities with"
                    + " CVE, CVSS, notes, product status, remediations and the patient-safety impact.",
            "The document is validated before it is written; --out DIR writes the file name CSAF prescribes."
        })
final class CsafAdvisoryCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "The case file.")
    Path caseFile;

    @Option(names = "--model", required = true, paramLabel = "MODEL", description = "The product's system model.")
    Path model;

    @Option(names = "--date", paramLabel = "DATE", description = "Release date (YYYY-MM-DD); default today.")
    String date;

    @Option(
            names = "--namespace",
            paramLabel = "URI",
            defaultValue = "urn:vigil:publisher",
            description = "The publisher's namespace URI (document.publisher.namespace); default ${DEFAULT-VALUE}.")
    String namespace;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (or into an existing directory).")
    Path out;

    @Override
    public void run() {
        CaseReport report =
                CaseInputs.check(caseFile, model, date, spec.commandLine().getErr());
        CsafPublication published = CsafPublication.advisory(report, namespace, VigilCommand.versionText());
        if (!published.valid()) {
            // Vigil wrote something CSAF refuses: a fault of Vigil, never handed out as a valid advisory
            throw new IllegalStateException("the advisory Vigil wrote is not valid CSAF: "
                    + published.problems().get(0));
        }
        Path target = out != null && java.nio.file.Files.isDirectory(out) ? out.resolve(published.fileName()) : out;
        OutputFiles.write(spec.commandLine().getOut(), target, published.text());
    }
}
