package dev.vigil.engine.sbom;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names under which SBOMs carry the FDA fields "level of support" and "end-of-support date".
 * Neither CycloneDX (up to 1.7) nor SPDX 2.x has a field for them, so they travel as CycloneDX
 * properties or SPDX annotations. Vigil writes {@code vigil:support:level} and
 * {@code vigil:support:end}; on reading it accepts the spellings in use, compared without case,
 * namespace prefix or punctuation (docs/sbom-import.md lists them).
 */
final class SupportFields {

    enum Field {
        LEVEL,
        END
    }

    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]");
    private static final Set<String> PREFIXES = Set.of("vigil", "fda", "medical", "device", "cdx", "sbom");
    private static final Set<String> LEVEL_NAMES =
            Set.of("supportlevel", "levelofsupport", "supportstatus", "support", "supportlevelstatus");
    private static final Set<String> END_NAMES = Set.of(
            "supportend",
            "endofsupport",
            "endofsupportdate",
            "supportenddate",
            "eos",
            "eosdate",
            "endoflife",
            "endoflifedate",
            "eol",
            "eoldate");

    private SupportFields() {}

    /** Which FDA field a property or annotation key names, if any. */
    static Optional<Field> fieldOf(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String name = key.strip().toLowerCase(Locale.ROOT);
        int colon = name.indexOf(':');
        if (colon > 0 && PREFIXES.contains(name.substring(0, colon))) {
            name = name.substring(colon + 1);
        }
        name = NOT_LETTERS.matcher(name).replaceAll("");
        if (LEVEL_NAMES.contains(name)) {
            return Optional.of(Field.LEVEL);
        }
        if (END_NAMES.contains(name)) {
            return Optional.of(Field.END);
        }
        return Optional.empty();
    }

    /** A date as {@code 2030-12-31} or a full ISO date-time; empty when neither. */
    static Optional<LocalDate> date(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            return Optional.of(
                    LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(OffsetDateTime.parse(text).toLocalDate());
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }
}
