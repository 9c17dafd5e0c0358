package dev.vigil.engine.version;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gentoo's ordering (Package Manager Specification, "Version comparison", algorithms 3.1 to 3.7):
 * numeric components, an optional letter, suffixes {@code _alpha < _beta < _pre < _rc < (none) <
 * _p}, and a revision {@code -rN}.
 */
record GentooVersion(String text, List<String> numbers, char letter, List<Suffix> suffixes, String revision)
        implements Version {

    /** Possessive repetitions: a greedy group repetition recurses once per component in Java. */
    private static final Pattern SYNTAX =
            Pattern.compile("(\\d++(?:\\.\\d++)*+)([a-z])?((?:_(?:alpha|beta|pre|rc|p)\\d*+)*+)(?:-r(\\d++))?");

    private static final Pattern SUFFIX = Pattern.compile("_(alpha|beta|pre|rc|p)(\\d*)");
    private static final List<String> ORDER = List.of("alpha", "beta", "pre", "rc", "p");

    record Suffix(int rank, String number) {}

    static GentooVersion parse(String text) throws InvalidVersionException {
        Matcher m = SYNTAX.matcher(text);
        if (!m.matches()) {
            throw new InvalidVersionException(
                    "gentoo", text, "expected N[.N]...[letter][_suffix[N]]...[-rN] as in the PMS");
        }
        List<String> numbers = List.of(m.group(1).split("\\."));
        List<Suffix> suffixes = new ArrayList<>();
        Matcher s = SUFFIX.matcher(m.group(3));
        while (s.find()) {
            suffixes.add(
                    new Suffix(ORDER.indexOf(s.group(1)), s.group(2).isEmpty() ? "0" : Decimal.normalize(s.group(2))));
        }
        char letter = m.group(2) == null ? 0 : m.group(2).charAt(0);
        String revision = m.group(4) == null ? "0" : Decimal.normalize(m.group(4));
        return new GentooVersion(text, numbers, letter, List.copyOf(suffixes), revision);
    }

    @Override
    public int compareTo(Version other) {
        if (!(other instanceof GentooVersion o)) {
            throw VersionSchemes.mismatch(this, other);
        }
        int c = Decimal.compareRaw(numbers.get(0), o.numbers.get(0));
        int n = Math.min(numbers.size(), o.numbers.size());
        for (int i = 1; c == 0 && i < n; i++) {
            c = compareComponent(numbers.get(i), o.numbers.get(i));
        }
        if (c == 0) {
            c = Integer.compare(numbers.size(), o.numbers.size());
        }
        if (c == 0) {
            c = Character.compare(letter, o.letter);
        }
        int k = Math.min(suffixes.size(), o.suffixes.size());
        for (int i = 0; c == 0 && i < k; i++) {
            Suffix a = suffixes.get(i);
            Suffix b = o.suffixes.get(i);
            c = a.rank() != b.rank() ? Integer.compare(a.rank(), b.rank()) : Decimal.compare(a.number(), b.number());
        }
        if (c == 0 && suffixes.size() != o.suffixes.size()) {
            // The longer list decides by its next suffix: only _p is above "no suffix".
            boolean mineLonger = suffixes.size() > o.suffixes.size();
            Suffix next = mineLonger ? suffixes.get(k) : o.suffixes.get(k);
            int sign = next.rank() == ORDER.indexOf("p") ? 1 : -1;
            c = mineLonger ? sign : -sign;
        }
        return c != 0 ? c : Decimal.compare(revision, o.revision);
    }

    /** Algorithm 3.3: with a leading zero, compare as text without trailing zeros; else as numbers. */
    private static int compareComponent(String a, String b) {
        if (a.startsWith("0") || b.startsWith("0")) {
            return Integer.signum(stripTrailingZeros(a).compareTo(stripTrailingZeros(b)));
        }
        return Decimal.compareRaw(a, b);
    }

    private static String stripTrailingZeros(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '0') {
            end--;
        }
        return s.substring(0, end);
    }
}
