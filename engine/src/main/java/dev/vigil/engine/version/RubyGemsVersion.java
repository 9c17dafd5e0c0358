package dev.vigil.engine.version;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RubyGems' {@code Gem::Version} ordering: a hyphen means {@code .pre.}, segments are runs of digits
 * or letters, trailing zeros are dropped from the numeric and from the textual part, and a textual
 * segment (a pre-release) sorts below any number.
 */
record RubyGemsVersion(String text, List<String> segments) implements Version {

    /**
     * {@code Gem::Version::ANCHORED_VERSION_PATTERN}, except that letters may follow the first number
     * directly ({@code 1beta}): osv-scanner orders such versions and its fixtures expect them. Blank
     * is "0" in Ruby but not a version to us. Possessive throughout: the grammar never needs to give
     * characters back, and a greedy group repetition recurses once per segment in Java.
     */
    private static final Pattern VALID =
            Pattern.compile("[0-9][0-9a-zA-Z]*+(?:\\.[0-9a-zA-Z]++)*+(?:-[0-9A-Za-z-]++(?:\\.[0-9A-Za-z-]++)*+)?+");

    static RubyGemsVersion parse(String text) throws InvalidVersionException {
        String s = text.strip();
        if (!VALID.matcher(s).matches()) {
            throw new InvalidVersionException("RubyGems", text, "malformed version number string");
        }
        s = s.replace("-", ".pre.");
        List<String> numeric = new ArrayList<>();
        List<String> textual = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int start = i;
            if (Decimal.isDigit(c)) {
                while (i < s.length() && Decimal.isDigit(s.charAt(i))) {
                    i++;
                }
                String number = Decimal.normalize(s.substring(start, i));
                (textual.isEmpty() ? numeric : textual).add(number);
            } else if (Character.isLetter(c) && c < 128) {
                while (i < s.length() && isAsciiLetter(s.charAt(i))) {
                    i++;
                }
                textual.add(s.substring(start, i));
            } else {
                i++;
            }
        }
        dropTrailingZeros(numeric);
        dropTrailingZeros(textual);
        numeric.addAll(textual);
        return new RubyGemsVersion(text, List.copyOf(numeric));
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static void dropTrailingZeros(List<String> segments) {
        while (!segments.isEmpty() && segments.get(segments.size() - 1).equals("0")) {
            segments.remove(segments.size() - 1);
        }
    }

    @Override
    public int compareTo(Version other) {
        if (!(other instanceof RubyGemsVersion o)) {
            throw VersionSchemes.mismatch(this, other);
        }
        int n = Math.max(segments.size(), o.segments.size());
        for (int i = 0; i < n; i++) {
            String a = i < segments.size() ? segments.get(i) : "0";
            String b = i < o.segments.size() ? o.segments.get(i) : "0";
            boolean an = Decimal.isDigit(a.charAt(0));
            boolean bn = Decimal.isDigit(b.charAt(0));
            int c = an && bn ? Decimal.compare(a, b) : an != bn ? (an ? 1 : -1) : Integer.signum(a.compareTo(b));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
