package dev.vigil.cli;

import dev.vigil.engine.postmarket.csaf.CsafProblem;
import dev.vigil.engine.postmarket.csaf.CsafValidator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigil csaf validate FILE...}: schema and mandatory tests; exit 1 when a document fails. */
@Command(
        footerHeading = "%nExamples:%n",
        footer = {"  vigil csaf validate advisory.json", "  vigil csaf validate csaf/*.json"},
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Validates CSAF 2.0 documents: the JSON schema (2.0 Errata 01) and these mandatory tests of section"
                    + " 6.1: " + "6.1.1, 6.1.2, 6.1.4-6.1.7, 6.1.9 (CVSS v3 base), 6.1.14, 6.1.16-6.1.18,"
                    + " 6.1.20-6.1.25, 6.1.27.4-6.1.27.11, 6.1.29, 6.1.32.",
            "Prints one line per failure: FILE: TEST JSON-POINTER: message. Exit code 1 when a document fails."
        })
final class CsafValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "CSAF JSON files.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CsafValidator validator = new CsafValidator();
        int failed = 0;
        for (Path file : files) {
            List<CsafProblem> problems = validator.validate(file);
            if (problems.isEmpty()) {
                out.println(file + ": valid");
            } else {
                failed++;
                problems.forEach(p -> out.println(file + ": " + p));
            }
        }
        out.println(files.size() - failed + " valid, " + failed + " invalid (schema and "
                + CsafValidator.MANDATORY_TESTS.size() + " mandatory tests)");
        out.flush();
        return failed > 0 ? ExitCodes.POLICY_FAILED : ExitCodes.OK;
    }
}
