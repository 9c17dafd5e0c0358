package dev.vigil.engine.scan;

import dev.vigil.engine.advisory.CpeKey;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields of a CPE name the matcher compares: part, vendor, product, version and update, unescaped
 * and in lower case. {@code *} is ANY and {@code -} is NA, as in CPE 2.3.
 */
record CpeName(String part, String vendor, String product, String version, String update) {

    static Optional<CpeName> parse(String cpe) {
        if (cpe == null) {
            return Optional.empty();
        }
        List<String> fields;
        if (cpe.startsWith("cpe:2.3:")) {
            fields = CpeKey.splitFormatted(cpe.substring(8));
        } else if (cpe.startsWith("cpe:/")) {
            fields = List.of(cpe.substring(5).split(":", -1));
        } else {
            return Optional.empty();
        }
        if (fields.size() < 3) {
            return Optional.empty();
        }
        return Optional.of(
                new CpeName(field(fields, 0), field(fields, 1), field(fields, 2), field(fields, 3), field(fields, 4)));
    }

    /** Whether a field is a concrete value rather than ANY or NA. */
    static boolean specific(String value) {
        return !value.equals("*") && !value.equals("-") && !value.isEmpty();
    }

    private static String field(List<String> fields, int at) {
        if (at >= fields.size()) {
            return "*";
        }
        String raw = fields.get(at);
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                out.append(raw.charAt(++i));
            } else {
                out.append(c);
            }
        }
        String value = out.toString().toLowerCase(Locale.ROOT);
        return value.isEmpty() ? "*" : value;
    }
}
