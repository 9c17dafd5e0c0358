package dev.vigil.engine.version;

import java.util.ArrayList;
import java.util.List;

/**
 * Packagist's ordering: PHP's {@code version_compare} after Composer-style canonicalisation (a
 * leading {@code v} dropped, {@code -_+} read as dots, dots inserted where digits meet letters).
 * Special words rank {@code dev < alpha = a < beta = b < RC = rc < # < pl = p}, below any number
 * except {@code p}/{@code pl}.
 */
record PackagistVersion(String text, List<String> parts) implements Version {

    private static final List<String> SPECIALS = List.of("dev", "a", "b", "rc", "#", "p");

    static PackagistVersion parse(String text) throws InvalidVersionException {
        String s = text.strip();
        if (s.startsWith("v") || s.startsWith("V")) {
            s = s.substring(1);
        }
        if (s.isEmpty()) {
            throw new InvalidVersionException("Packagist", text, "empty");
        }
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == '-' || c == '_' || c == '+') {
                parts.add(current.toString());
                current.setLength(0);
                continue;
            }
            if (current.length() > 0 && Decimal.isDigit(c) != Decimal.isDigit(current.charAt(current.length() - 1))) {
                parts.add(current.toString());
                current.setLength(0);
            }
            current.append(c);
        }
        parts.add(current.toString());
        return new PackagistVersion(text, List.copyOf(parts));
    }

    private static int weight(String part) {
        if (part.startsWith("RC")) {
            return SPECIALS.indexOf("rc");
        }
        for (int i = 0; i < SPECIALS.size(); i++) {
            if (part.startsWith(SPECIALS.get(i))) {
                return i;
            }
        }
        return 0;
    }

    @Override
    public int compareTo(Version other) {
        if (!(other instanceof PackagistVersion o)) {
            throw VersionSchemes.mismatch(this, other);
        }
        return compare(parts, o.parts);
    }

    private static int compare(List<String> a, List<String> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            String x = a.get(i);
            String y = b.get(i);
            boolean xn = Decimal.isDigits(x);
            boolean yn = Decimal.isDigits(y);
            int c = xn && yn ? Decimal.compareRaw(x, y) : Integer.compare(weight(xn ? "#" : x), weight(yn ? "#" : y));
            if (c != 0) {
                return c;
            }
        }
        // PHP: a longer version wins if it goes on with a number; a word decides against "#".
        if (a.size() > b.size()) {
            return isSmallNumber(a.get(n)) ? 1 : compare(a.subList(n, a.size()), List.of("#"));
        }
        if (a.size() < b.size()) {
            return isSmallNumber(b.get(n)) ? -1 : compare(List.of("#"), b.subList(n, b.size()));
        }
        return 0;
    }

    /** PHP's is_numeric for the tail rule; like osv-scanner, numbers past 64 bits do not count. */
    private static boolean isSmallNumber(String part) {
        return Decimal.isDigits(part) && Decimal.compareRaw(part, String.valueOf(Long.MAX_VALUE)) <= 0;
    }
}
