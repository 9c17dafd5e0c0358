package dev.vigil.engine.load;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Conversions from checked scalar text to values, shared by the checker and the binder. */
final class LoadedValues {

    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private LoadedValues() {}

    /** A strict ISO date: {@code 2025-02-30} is refused, not rolled over. */
    static Optional<LocalDate> date(String text) {
        if (text.length() != 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text, ISO_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
