package dev.vigil.cli;

import dev.vigil.engine.mds2.Mds2Answer;
import dev.vigil.engine.mds2.Mds2Disclosure;
import dev.vigil.engine.mds2.Mds2Document;
import dev.vigil.engine.mds2.Mds2Workbook;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.render.JsonDocuments;
import dev.vigil.engine.source.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigil mds2 MODEL}: the MDS2 form (ANSI/NEMA HN 1-2019) answered from the model. */
@Command(
        footerHeading = "%nExamples:%n",
        footer = {"  vigil mds2 examples/glucoflow.yaml --out mds2.xlsx", "  vigil mds2 model.yaml --out mds2.json"},
        name = "mds2",
        mixinStandardHelpOptions = true,
        description = "Answer the MDS2 form (ANSI/NEMA HN 1-2019) from a system model: every question id, each"
                + " answer with the model facts behind it, 'not stated' where the model is silent.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the form was written", "2:the model or an option is invalid, or the file exists"})
final class Mds2Command implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "The system model (YAML or JSON).")
    Path modelFile;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Write the form to FILE (.xlsx or .json; default: JSON on standard output).")
    Path out;

    @Option(names = "--format", description = "json or xlsx (default: from the --out extension, else json).")
    Format format;

    @Option(
            names = "--date",
            paramLabel = "YYYY-MM-DD",
            description = "Release date of the form (default: today, UTC).")
    String date;

    @Option(names = "--force", description = "Overwrite FILE when it exists.")
    boolean force;

    enum Format {
        json,
        xlsx
    }

    @Override
    public Integer call() throws IOException {
        Format chosen = format();
        if (chosen == Format.xlsx && out == null) {
            throw new BadInputException("--format xlsx needs --out FILE.xlsx (a workbook is not printed)");
        }
        if (out != null && Files.exists(out) && !force) {
            throw new BadInputException(out + " exists: give --force to overwrite it");
        }
        SystemModel model = ModelArgument.load(modelFile, spec.commandLine().getErr());
        Mds2Disclosure disclosure = Mds2Disclosure.of(model, date());
        disclosure.warnings().forEach(w -> spec.commandLine().getErr().println("vigil: warning: " + w));
        PrintWriter stdout = spec.commandLine().getOut();
        if (out == null) {
            stdout.print(JsonDocuments.write(Mds2Document.of(disclosure)) + "\n");
            stdout.flush();
            return ExitCodes.OK;
        }
        try {
            byte[] content;
            if (chosen == Format.json) {
                content = (JsonDocuments.write(Mds2Document.of(disclosure)) + "\n").getBytes(StandardCharsets.UTF_8);
            } else {
                ByteArrayOutputStream workbook = new ByteArrayOutputStream();
                Mds2Workbook.write(disclosure, workbook);
                content = workbook.toByteArray();
            }
            // Written whole or not at all: a full disk leaves the file that was there before.
            AtomicFiles.writeAllBytes(Map.of(out, content));
        } catch (IOException e) {
            throw new BadInputException("cannot write " + out + ": " + e.getMessage());
        }
        var counts = disclosure.counts();
        stdout.println("wrote " + out + ": " + disclosure.rows().size() + " questions, "
                + counts.get(Mds2Answer.Value.YES) + " yes, " + counts.get(Mds2Answer.Value.NO) + " no, "
                + counts.get(Mds2Answer.Value.NOT_APPLICABLE) + " n/a, " + counts.get(Mds2Answer.Value.TEXT)
                + " text, " + counts.get(Mds2Answer.Value.NOT_STATED) + " not stated in the model");
        stdout.flush();
        return ExitCodes.OK;
    }

    private Format format() {
        if (format != null) {
            return format;
        }
        if (out != null && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return Format.xlsx;
        }
        return Format.json;
    }

    private LocalDate date() {
        if (date == null) {
            return LocalDate.now(Clock.systemUTC());
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new BadInputException("--date must be a date as YYYY-MM-DD, not '" + date + "'");
        }
    }
}
