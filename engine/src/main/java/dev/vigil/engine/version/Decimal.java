package dev.vigil.engine.version;

/**
 * Unbounded non-negative decimal numbers kept as digit strings. Version components may exceed
 * {@code long} (the osv-scanner fixtures use 30-digit components); comparing the normalised digit
 * strings is exact and cheaper than allocating {@code BigInteger}s on every parse.
 */
final class Decimal {
    private Decimal() {}

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether {@code s} is one or more ASCII digits. */
    static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Drops leading zeros, keeping a single {@code 0} for zero. */
    static String normalize(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return i == 0 ? digits : digits.substring(i);
    }

    /** Compares two normalised digit strings numerically. */
    static int compare(String a, String b) {
        if (a.length() != b.length()) {
            return a.length() < b.length() ? -1 : 1;
        }
        return Integer.signum(a.compareTo(b));
    }

    /** Compares two digit strings that may carry leading zeros. */
    static int compareRaw(String a, String b) {
        return compare(normalize(a), normalize(b));
    }
}
