package dev.vigil.cli;

import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.postmarket.CaseCheck;
import dev.vigil.engine.postmarket.CaseReport;
import dev.vigil.engine.postmarket.casefile.CaseFile;
import dev.vigil.engine.postmarket.casefile.CaseReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The CASE and --model arguments the case and CSAF commands share: read, checked against each other. */
final class CaseInputs {
    private CaseInputs() {}

    static CaseFile read(Path file) {
        return new CaseReader().read(file);
    }

    static CaseReport check(Path caseFile, Path modelFile, String date, PrintWriter err) {
        CaseFile c = read(caseFile);
        SystemModel model = ModelArgument.load(modelFile, err);
        return new CaseCheck().check(c, model, date(date));
    }

    /** {@code --date}: an ISO date, or today when absent. */
    static LocalDate date(String text) {
        if (text == null) {
            return LocalDate.now(java.time.ZoneOffset.UTC);
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadInputException("--date must be a date written YYYY-MM-DD, not '" + text + "'");
        }
    }
}
