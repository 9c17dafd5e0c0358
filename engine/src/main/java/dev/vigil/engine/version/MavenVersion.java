package dev.vigil.engine.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maven's version order (pom reference, "Version Order Specification"): tokens split at {@code .},
 * {@code -} and digit/letter transitions, trailing null values trimmed before each hyphen, and
 * {@code .qualifier < -qualifier < -number < .number}. Our own code, not maven-artifact's {@code
 * ComparableVersion}: see docs/adr/0002-own-version-comparators.md for the vectors it disagrees on.
 */
record MavenVersion(String text, List<Token> tokens) implements Version {

    /** Qualifiers with a defined order; anything else sorts after them, alphabetically. */
    private static final List<String> KEYWORDS = List.of("alpha", "beta", "milestone", "rc", "snapshot", "", "sp");

    private static final Token HYPHEN_PAD = new Token('-', "", false, true);
    private static final Token DOT_ZERO_PAD = new Token('.', "0", true, true);
    private static final Token DOT_EMPTY_PAD = new Token('.', "", false, true);

    /** One token: its separator ({@code ' '} for the first), normalised value, and whether it pads. */
    record Token(char prefix, String value, boolean number, boolean padding) {
        static Token of(char prefix, String value) {
            return new Token(prefix, value, Decimal.isDigits(value), false);
        }

        boolean isNull() {
            return value.equals("0") || value.isEmpty();
        }

        /** {@code .qualifier < -qualifier < -number < .number}. */
        int prefixOrder() {
            if (number) {
                return prefix == '-' ? 2 : 3;
            }
            return prefix == '-' ? 1 : 0;
        }

        /** The null value that pads a shorter version where the other one has this token. */
        Token nullFor() {
            if (prefix == '-') {
                return HYPHEN_PAD;
            }
            // "sp" is the one qualifier above a release, so against it the pad must be "" not 0.
            return value.equals("sp") ? DOT_EMPTY_PAD : DOT_ZERO_PAD;
        }

        int compareTo(Token o) {
            if (prefix != o.prefix) {
                return Integer.compare(prefixOrder(), o.prefixOrder());
            }
            if (number && o.number) {
                return Decimal.compare(value, o.value);
            }
            // Maven sorts a real number above any qualifier, but a padded 0 behaves like one.
            if (number && !padding) {
                return 1;
            }
            if (o.number && !o.padding) {
                return -1;
            }
            int left = keyword(value);
            int right = keyword(o.value);
            if (left == KEYWORDS.size() && right == KEYWORDS.size()) {
                return Integer.signum(value.compareTo(o.value));
            }
            return Integer.compare(left, right);
        }

        private static int keyword(String value) {
            int i = KEYWORDS.indexOf(value);
            return i < 0 ? KEYWORDS.size() : i;
        }
    }

    static MavenVersion parse(String text) throws InvalidVersionException {
        if (text.isBlank()) {
            throw new InvalidVersionException("Maven", text, "empty");
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                throw new InvalidVersionException("Maven", text, "contains whitespace");
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        List<Token> tokens = new ArrayList<>();
        char prefix = ' ';
        int start = 0;
        for (int i = 0; i <= lower.length(); i++) {
            if (i == lower.length() || lower.charAt(i) == '.' || lower.charAt(i) == '-') {
                splitTransitions(lower.substring(start, i), prefix, tokens);
                if (i < lower.length()) {
                    prefix = lower.charAt(i);
                }
                start = i + 1;
            }
        }
        trimNulls(tokens);
        return new MavenVersion(text, List.copyOf(tokens));
    }

    /** Splits one dot/hyphen-delimited part where digits meet non-digits; those splits act as hyphens. */
    private static void splitTransitions(String part, char prefix, List<Token> out) {
        int start = 0;
        for (int i = 1; i <= part.length(); i++) {
            boolean end = i == part.length();
            if (end || Decimal.isDigit(part.charAt(i)) != Decimal.isDigit(part.charAt(i - 1))) {
                out.add(Token.of(start == 0 ? prefix : '-', normalize(part.substring(start, i), !end)));
                start = i;
            }
        }
        if (part.isEmpty()) {
            out.add(Token.of(prefix, "0"));
        }
    }

    private static String normalize(String value, boolean followedByNumber) {
        if (Decimal.isDigits(value)) {
            return Decimal.normalize(value);
        }
        switch (value) {
            case "cr":
                return "rc";
            case "ga":
            case "final":
            case "release":
                return "";
            case "a":
                return followedByNumber ? "alpha" : value;
            case "b":
                return followedByNumber ? "beta" : value;
            case "m":
                return followedByNumber ? "milestone" : value;
            default:
                return value;
        }
    }

    /** Trims trailing null values, then again before each remaining hyphen, from the end. */
    private static void trimNulls(List<Token> tokens) {
        int i = tokens.size() - 1;
        while (i > 0) {
            if (tokens.get(i).isNull()) {
                tokens.remove(i);
                i--;
                continue;
            }
            while (i >= 0 && tokens.get(i).prefix() != '-') {
                i--;
            }
            i--;
        }
    }

    @Override
    public int compareTo(Version other) {
        if (!(other instanceof MavenVersion o)) {
            throw VersionSchemes.mismatch(this, other);
        }
        int n = Math.max(tokens.size(), o.tokens.size());
        for (int i = 0; i < n; i++) {
            Token left = i < tokens.size() ? tokens.get(i) : o.tokens.get(i).nullFor();
            Token right = i < o.tokens.size() ? o.tokens.get(i) : tokens.get(i).nullFor();
            if (left.prefix() == right.prefix() && left.value().equals(right.value())) {
                continue;
            }
            return left.compareTo(right);
        }
        return 0;
    }
}
