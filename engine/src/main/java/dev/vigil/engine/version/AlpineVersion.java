package dev.vigil.engine.version;

import java.util.ArrayList;
import java.util.List;

/**
 * apk's ordering ({@code number{.number}...{letter}{_suffix{number}}...{~hash}{-r#}}), the way
 * osv-scanner reads it: text that does not fit the grammar is kept as a remainder that sorts below a
 * clean version, and two ill-formed versions compare as plain strings.
 *
 * @param numbers the numeric components as written (leading zeros matter after the first)
 * @param suffixes pairs of suffix weight and normalised number
 */
record AlpineVersion(
        String text,
        List<String> numbers,
        char letter,
        List<Suffix> suffixes,
        String build,
        String remainder,
        boolean invalid)
        implements Version {

    /** Pre-release suffixes, then "no suffix", then post-release ones; "p" is last and highest. */
    private static final List<String> SUFFIXES =
            List.of("alpha", "beta", "pre", "rc", "", "cvs", "svn", "git", "hg", "p");

    private static final Suffix NO_SUFFIX = new Suffix(SUFFIXES.indexOf(""), "0");

    record Suffix(int weight, String number) {
        int compareTo(Suffix o) {
            return weight != o.weight ? Integer.compare(weight, o.weight) : Decimal.compare(number, o.number);
        }
    }

    static AlpineVersion parse(String text) throws InvalidVersionException {
        if (text.isBlank()) {
            throw new InvalidVersionException("Alpine", text, "empty");
        }
        String s = text;
        int i = 0;
        List<String> numbers = new ArrayList<>();
        while (i < s.length() && Decimal.isDigit(s.charAt(i))) {
            int start = i;
            while (i < s.length() && Decimal.isDigit(s.charAt(i))) {
                i++;
            }
            numbers.add(s.substring(start, i));
            if (i < s.length() && s.charAt(i) == '.') {
                i++;
            }
        }
        char letter = 0;
        if (i < s.length() && s.charAt(i) >= 'a' && s.charAt(i) <= 'z') {
            letter = s.charAt(i++);
        }
        List<Suffix> suffixes = new ArrayList<>();
        i = parseSuffixes(s, i, suffixes);
        if (i < s.length() && s.charAt(i) == '~') {
            int h = i + 1;
            while (h < s.length() && isHex(s.charAt(h))) {
                h++;
            }
            if (h > i + 1) {
                i = h; // commit hashes cannot be ordered, so they are skipped
            }
        }
        String build = "0";
        boolean invalid = false;
        if (i < s.length()) {
            if (s.startsWith("-r", i)) {
                int start = i + 2;
                i = start;
                while (i < s.length() && Decimal.isDigit(s.charAt(i))) {
                    i++;
                }
                build = i == start ? "0" : Decimal.normalize(s.substring(start, i));
            } else {
                invalid = true;
            }
        }
        return new AlpineVersion(
                text, List.copyOf(numbers), letter, List.copyOf(suffixes), build, s.substring(i), invalid);
    }

    /**
     * Reads {@code _suffix{number}} groups. Like osv-scanner, a suffix found later in the text still
     * counts, but only suffixes at the current position are consumed.
     */
    private static int parseSuffixes(String s, int from, List<Suffix> out) {
        int i = from;
        int search = from;
        while (true) {
            int underscore = s.indexOf('_', search);
            if (underscore < 0) {
                return i;
            }
            String word = null;
            for (String suffix : SUFFIXES) {
                if (!suffix.isEmpty() && s.startsWith(suffix, underscore + 1)) {
                    word = suffix;
                    break;
                }
            }
            if (word == null) {
                search = underscore + 1;
                continue;
            }
            int end = underscore + 1 + word.length();
            int digits = end;
            while (digits < s.length() && Decimal.isDigit(s.charAt(digits))) {
                digits++;
            }
            out.add(new Suffix(
                    SUFFIXES.indexOf(word), digits == end ? "0" : Decimal.normalize(s.substring(end, digits))));
            if (underscore == i) {
                i = digits;
            }
            search = digits;
        }
    }

    private static boolean isHex(char c) {
        return Decimal.isDigit(c) || (c >= 'a' && c <= 'f');
    }

    @Override
    public int compareTo(Version other) {
        if (!(other instanceof AlpineVersion o)) {
            throw VersionSchemes.mismatch(this, other);
        }
        if (invalid && o.invalid) {
            return Integer.signum(text.compareTo(o.text));
        }
        int c = compareNumbers(o);
        if (c != 0) {
            return c;
        }
        if (letter != o.letter) {
            return letter == 0 ? -1 : o.letter == 0 ? 1 : Character.compare(letter, o.letter);
        }
        int n = Math.max(suffixes.size(), o.suffixes.size());
        for (int i = 0; i < n; i++) {
            Suffix a = i < suffixes.size() ? suffixes.get(i) : NO_SUFFIX;
            Suffix b = i < o.suffixes.size() ? o.suffixes.get(i) : NO_SUFFIX;
            c = a.compareTo(b);
            if (c != 0) {
                return c;
            }
        }
        c = Decimal.compare(build, o.build);
        if (c != 0) {
            return c;
        }
        return Boolean.compare(remainder.isEmpty(), o.remainder.isEmpty());
    }

    /** After the first component, a leading zero makes apk compare digits as text (1.02 < 1.1). */
    private int compareNumbers(AlpineVersion o) {
        int n = Math.max(numbers.size(), o.numbers.size());
        for (int i = 0; i < n; i++) {
            String a = i < numbers.size() ? numbers.get(i) : null;
            String b = i < o.numbers.size() ? o.numbers.get(i) : null;
            int c;
            if (a != null && b != null && i != 0 && (a.charAt(0) == '0' || b.charAt(0) == '0')) {
                c = Integer.signum(a.compareTo(b));
            } else {
                c = Decimal.compareRaw(a == null ? "0" : a, b == null ? "0" : b);
            }
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
