package dev.vigil.engine.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Version comparison for feeds that name no version scheme (NVD CPE bounds, CSAF product ranges):
 * the text is cut into runs of digits and runs of letters, digits compare as numbers and letters
 * without case; trailing zeros do not count ({@code 1.0 = 1.0.0}) and
 * any other missing part counts as less ({@code 1.0 < 1.0.1}, {@code 1.0.2 < 1.0.2h}).
 * Separators ({@code . - _ +} and blanks) only split. A leading {@code v} is dropped.
 */
final class LooseVersion {

    private LooseVersion() {}

    static int compare(String a, String b) {
        List<String> left = parts(a);
        List<String> right = parts(b);
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            if (i >= left.size()) {
                return zeros(right, i) ? 0 : -1;
            }
            if (i >= right.size()) {
                return zeros(left, i) ? 0 : 1;
            }
            int c = comparePart(left.get(i), right.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Whether every part from {@code from} on is a zero: {@code 1.0} and {@code 1.0.0} are one version. */
    private static boolean zeros(List<String> parts, int from) {
        for (int i = from; i < parts.size(); i++) {
            if (!stripZeros(parts.get(i)).equals("0")) {
                return false;
            }
        }
        return true;
    }

    /** The parts of a version; empty when the text holds no digit or letter. */
    static List<String> parts(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        if (s.length() > 1 && s.charAt(0) == 'v' && Character.isDigit(s.charAt(1))) {
            s = s.substring(1);
        }
        List<String> parts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int kind = 0; // 1 digits, 2 letters
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int k = Character.isDigit(c) ? 1 : Character.isLetter(c) ? 2 : 0;
            if (k != kind && run.length() > 0) {
                parts.add(run.toString());
                run.setLength(0);
            }
            if (k != 0) {
                run.append(c);
            }
            kind = k;
        }
        if (run.length() > 0) {
            parts.add(run.toString());
        }
        return parts;
    }

    private static int comparePart(String a, String b) {
        boolean numA = Character.isDigit(a.charAt(0));
        boolean numB = Character.isDigit(b.charAt(0));
        if (numA && numB) {
            String x = stripZeros(a);
            String y = stripZeros(b);
            return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : Integer.signum(x.compareTo(y));
        }
        if (numA != numB) {
            return numA ? 1 : -1; // 1.0.1 is later than 1.0.beta
        }
        return Integer.signum(a.compareTo(b));
    }

    private static String stripZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }
}
