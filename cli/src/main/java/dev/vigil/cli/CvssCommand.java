package dev.vigil.cli;

import dev.vigil.engine.cvss.Cvss;
import dev.vigil.engine.cvss.CvssScore;
import dev.vigil.engine.cvss.InvalidCvssVectorException;
import dev.vigil.engine.source.TerminalText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
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

    /** Longer than any CVSS vector (a full 4.0 vector is about 200 characters); bounds memory on any file. */
    static final int MAX_LINE = 4096;

    @Override
    public Integer call() {
        if (vectors.isEmpty() && file == null) {
            throw new BadInputException("give at least one VECTOR or --file FILE");
        }
        if (file != null && !Files.exists(file)) {
            throw new BadInputException("cannot read " + file + ": no such file");
        }
        if (file != null && Files.isDirectory(file)) {
            throw new BadInputException("cannot read " + file + ": is a directory");
        }
        PrintWriter out = spec.commandLine().getOut();
        int[] counts = new int[2]; // vectors, invalid
        for (String vector : vectors) {
            score(vector, out, counts);
        }
        if (file != null) {
            readVectors(file, vector -> score(vector, out, counts));
        }
        out.flush();
        if (counts[1] > 0) {
            spec.commandLine().getErr().println("vigil: " + counts[1] + " of " + counts[0] + " vectors invalid");
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.OK;
    }

    private static void score(String vector, PrintWriter out, int[] counts) {
        String trimmed = vector.strip();
        counts[0]++;
        // The vector is echoed: a control character in the input must not reach the terminal raw.
        String shown = TerminalText.escape(trimmed);
        try {
            CvssScore score = Cvss.score(trimmed);
            out.println(shown + "\t" + score.formattedScore() + "\t"
                    + score.severity().label());
        } catch (InvalidCvssVectorException e) {
            out.println(shown + "\terror\t" + TerminalText.escape(e.reason()));
            counts[1]++;
        }
    }

    /** Reads the file line by line, never more than {@link #MAX_LINE} characters at once ({@code /dev/zero} included). */
    private static void readVectors(Path file, Consumer<String> vector) {
        if (Files.isDirectory(file)) {
            throw new BadInputException("cannot read " + file + ": is a directory");
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), utf8), 1 << 16)) {
            StringBuilder line = new StringBuilder();
            int number = 1;
            int c;
            while ((c = in.read()) != -1) {
                if (c == '\n') {
                    take(line, vector);
                    number++;
                } else if (line.length() == MAX_LINE) {
                    throw new BadInputException(file + ":" + number + ":1: line longer than " + MAX_LINE
                            + " characters; not a CVSS vector file");
                } else {
                    line.append((char) c);
                }
            }
            take(line, vector);
        } catch (NoSuchFileException e) {
            throw new BadInputException("cannot read " + file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new BadInputException("cannot read " + file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static void take(StringBuilder line, Consumer<String> vector) {
        String text = line.toString().replace("\uFEFF", "").strip();
        line.setLength(0);
        if (!text.isEmpty() && !text.startsWith("#")) {
            vector.accept(text);
        }
    }
}
