package dev.vigil.engine.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CSAF {@code product_version_range} as CISA writes them: {@code vers:all/*}, {@code vers:generic/<2.0},
 * {@code <=12.1.3}, {@code < 12.2.8.410}, {@code All versions < CPCI85 V05.11}, {@code >= 1.3.4 | < 1.5.3}, {@code 5.0|5.1}, {@code <= 12.2.x.x}.
 *
 * <p>Constraints are separated by {@code |}. Equalities are alternatives; otherwise a version must
 * satisfy one lower bound (when there is any) and one upper bound (when there is any), which reads
 * {@code >= 1.3.4 | < 1.5.3} as an interval and {@code <= U61 | <= L81} as two alternatives. A trailing
 * {@code .x} compares only the leading parts. Text that is none of this (prose such as {@code
 * distributed < april 1, 2018}) does not parse, so it never matches.
 */
final class CsafVersionRange {
    private static final Pattern CONSTRAINT =
            Pattern.compile("(<=|>=|<|>|=|!=)?\\s*([\\p{Alnum}][\\p{Alnum}._\\-+ ]*)");
    private static final Pattern ALL_VERSIONS = Pattern.compile("(?i)^all versions\\s*");

    private record Constraint(String operator, String version) {
        boolean test(String candidate) {
            String bound = version;
            String value = candidate;
            if (bound.toLowerCase(java.util.Locale.ROOT).endsWith(".x")) {
                // "12.2.x.x": compare as many leading parts as the bound fixes.
                while (bound.toLowerCase(java.util.Locale.ROOT).endsWith(".x")) {
                    bound = bound.substring(0, bound.length() - 2);
                }
                List<String> parts = LooseVersion.parts(value);
                int keep = LooseVersion.parts(bound).size();
                value = String.join(".", parts.subList(0, Math.min(keep, parts.size())));
            }
            int c = LooseVersion.compare(value, bound);
            return switch (operator) {
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                case ">=" -> c >= 0;
                case "!=" -> c != 0;
                default -> c == 0;
            };
        }

        boolean lower() {
            return operator.startsWith(">");
        }

        boolean upper() {
            return operator.startsWith("<");
        }
    }

    private final String text;
    private final boolean all;
    private final List<Constraint> constraints;

    private CsafVersionRange(String text, boolean all, List<Constraint> constraints) {
        this.text = text;
        this.all = all;
        this.constraints = constraints;
    }

    /** Parses a range; empty when the text is not one we can evaluate. */
    static Optional<CsafVersionRange> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String body = text.trim();
        if (body.startsWith("vers:")) {
            int slash = body.indexOf('/');
            if (slash < 0) {
                return Optional.empty();
            }
            body = body.substring(slash + 1).trim();
            if (body.equals("*")) {
                return Optional.of(new CsafVersionRange(text, true, List.of()));
            }
        }
        // Siemens writes "All versions < V05.11": the prefix restates what the constraint says.
        body = ALL_VERSIONS.matcher(body).replaceFirst("");
        if (body.isEmpty()) {
            return Optional.of(new CsafVersionRange(text, true, List.of()));
        }
        List<Constraint> constraints = new ArrayList<>();
        for (String piece : body.split("\\|")) {
            Matcher m = CONSTRAINT.matcher(piece.trim());
            if (!m.matches() || LooseVersion.parts(m.group(2)).isEmpty()) {
                return Optional.empty();
            }
            constraints.add(new Constraint(
                    m.group(1) == null ? "=" : m.group(1), m.group(2).trim()));
        }
        return Optional.of(new CsafVersionRange(text, false, List.copyOf(constraints)));
    }

    boolean contains(String version) {
        if (all) {
            return true;
        }
        if (version == null || LooseVersion.parts(version).isEmpty()) {
            return false;
        }
        boolean anyEqual =
                constraints.stream().filter(c -> c.operator().equals("=")).anyMatch(c -> c.test(version));
        if (anyEqual) {
            return true;
        }
        List<Constraint> lowers = constraints.stream().filter(Constraint::lower).toList();
        List<Constraint> uppers = constraints.stream().filter(Constraint::upper).toList();
        List<Constraint> excluded =
                constraints.stream().filter(c -> c.operator().equals("!=")).toList();
        if (lowers.isEmpty() && uppers.isEmpty()) {
            return false;
        }
        return (lowers.isEmpty() || lowers.stream().anyMatch(c -> c.test(version)))
                && (uppers.isEmpty() || uppers.stream().anyMatch(c -> c.test(version)))
                && excluded.stream().allMatch(c -> c.test(version));
    }

    @Override
    public String toString() {
        return text;
    }
}
