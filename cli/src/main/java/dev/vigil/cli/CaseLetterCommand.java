package dev.vigil.cli;

import dev.vigil.engine.postmarket.CaseReport;
import dev.vigil.engine.postmarket.letter.CustomerLetter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigil case letter CASE --model MODEL [--out FILE]}: the customer communication of the case. */
@Command(
        footerHeading = "%nExamples:%n",
        footer = {
            "  vigil case letter case.yaml --model examples/glucoflow.yaml",
            "  vigil case letter case.yaml --model model.yaml --out letter.md"
        },
        name = "letter",
        mixinStandardHelpOptions = true,
        description = "Writes the customer communication the FDA postmarket guidance describes (Markdown): the"
                + " vulnerability and its impact, interim compensating controls, the remediation plan, how to get"
                + " help.")
final class CaseLetterCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "The case file.")
    Path caseFile;

    @Option(names = "--model", required = true, paramLabel = "MODEL", description = "The product's system model.")
    Path model;

    @Option(names = "--date", paramLabel = "DATE", description = "Date of the letter (YYYY-MM-DD); default today.")
    String date;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Override
    public void run() {
        CaseReport report =
                CaseInputs.check(caseFile, model, date, spec.commandLine().getErr());
        OutputFiles.write(spec.commandLine().getOut(), out, CustomerLetter.markdown(report));
    }
}
