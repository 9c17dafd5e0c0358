package dev.vigil.cli;

import dev.vigil.engine.cvss.Cvss;
import dev.vigil.engine.cvss.CvssScore;
import dev.vigil.engine.cvss.InvalidCvssVectorException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigil cvss}: scores CVSS vectors, one tab-separated line per vector. */
@Command(
        name = "cvss",
        footerHeading = "%nExamples:%n",
        footer = {"  vigil cvss CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "  vigil cvss --file vectors.txt"},
        mixinStandardHelpOptions = true,
        description = {
            "Score CVSS v3.0, v3.1 and v4.0 vectors exactly as the FIRST specifications define.",
            "Prints vector<TAB>score<TAB>severity per vector, or vector<TAB>error<TAB>reason for an"
                    + " invalid one; exits 2 after all vectors if any was invalid.",
            "The score is the most specific one the vector carries: v3 environmental, else temporal,"
                    + " else base; v4.0 the score over all its metrics."
        })
final class CvssCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "VECTOR", arity = "0..*", description = "Vectors such as CVSS:3.1/AV:N/AC:L/...")
    List<String> vectors = new ArrayList<>();

    @Option(
            names = "--file",
            paramLabel = "FILE",
            description = "A UTF-8 file with one vector per line; blank lines and lines starting with # are skipped.")
    Path file;

    @Override
    public Integer call() {
        if (vectors.isEmpty() && file == null) {
            throw new BadInputException("give at least one VECTOR or --file FILE");
        }
        List<String> all = new ArrayList<>(vectors);
        if (file != null) {
            all.addAll(vectorsIn(file));
        }
        PrintWriter out = spec.commandLine().getOut();
        int invalid = 0;
        for (String vector : all) {
            String trimmed = vector.strip();
            try {
                CvssScore score = Cvss.score(trimmed);
                out.println(trimmed + "\t" + score.formattedScore() + "\t"
                        + score.severity().label());
            } catch (InvalidCvssVectorException e) {
                out.println(trimmed + "\terror\t" + e.reason());
                invalid++;
            }
        }
        out.flush();
        if (invalid > 0) {
            spec.commandLine().getErr().println("vigil: " + invalid + " of " + all.size() + " vectors invalid");
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.OK;
    }

    private static List<String> vectorsIn(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException("cannot read " + file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new BadInputException("cannot read " + file + ": not UTF-8 text");
        } catch (IOException e) {
            String reason = Files.isDirectory(file) ? "is a directory" : String.valueOf(e.getMessage());
            throw new BadInputException("cannot read " + file + ": " + reason);
        }
        List<String> vectors = new ArrayList<>();
        for (String line : lines) {
            String vector = line.replace("\uFEFF", "").strip();
            if (!vector.isEmpty() && !vector.startsWith("#")) {
                vectors.add(vector);
            }
        }
        return vectors;
    }
}
