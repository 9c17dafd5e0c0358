package dev.vigil.engine.version;

/**
 * RPM's ordering: epoch, version and release each compared by {@code rpmvercmp} (alphanumeric
 * segments, {@code ~} sorting before and {@code ^} after a release). As osv-scanner does for OSV's
 * RPM-based ecosystems, a missing epoch is 0 and a missing release sorts before any release, so
 * {@code 1 < 1-0}.
 */
record RpmVersion(String text, String epoch, String version, String release) implements Version {

    static RpmVersion parse(String text) throws InvalidVersionException {
        if (text.isBlank()) {
            throw new InvalidVersionException("RPM", text, "empty");
        }
        String evr = text;
        String epoch = "";
        int colon = evr.indexOf(':');
        if (colon >= 0) {
            epoch = evr.substring(0, colon);
            // osv-scanner tolerates a name before the epoch (n-e:v-r); only the epoch counts.
            int dash = epoch.indexOf('-');
            if (dash >= 0) {
                epoch = epoch.substring(dash + 1);
            }
            evr = evr.substring(colon + 1);
        }
        if (epoch.isEmpty()) {
            epoch = "0";
        }
        int dash = evr.indexOf('-');
        String version = dash < 0 ? evr : evr.substring(0, dash);
        // The hyphen stays on the release so that "1-" (an empty release) still sorts above "1".
        String release = dash < 0 ? "" : evr.substring(dash);
        return new RpmVersion(text, epoch, version, release);
    }

    @Override
    public int compareTo(Version other) {
        if (!(other instanceof RpmVersion o)) {
            throw VersionSchemes.mismatch(this, other);
        }
        int c = rpmvercmp(epoch, o.epoch);
        if (c == 0) {
            c = rpmvercmp(version, o.version);
        }
        if (c == 0) {
            c = rpmvercmp(release, o.release);
        }
        return c;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSeparator(char c) {
        return !isLetter(c) && !Decimal.isDigit(c) && c != '~' && c != '^';
    }

    /** rpm's rpmio/rpmvercmp.c, with an empty part below any non-empty one. */
    static int rpmvercmp(String a, String b) {
        if (a.isEmpty() != b.isEmpty()) {
            return a.isEmpty() ? -1 : 1;
        }
        int i = 0;
        int j = 0;
        while (true) {
            while (i < a.length() && isSeparator(a.charAt(i))) {
                i++;
            }
            while (j < b.length() && isSeparator(b.charAt(j))) {
                j++;
            }
            boolean aTilde = i < a.length() && a.charAt(i) == '~';
            boolean bTilde = j < b.length() && b.charAt(j) == '~';
            if (aTilde || bTilde) {
                if (aTilde && bTilde) {
                    i++;
                    j++;
                    continue;
                }
                return aTilde ? -1 : 1;
            }
            boolean aCaret = i < a.length() && a.charAt(i) == '^';
            boolean bCaret = j < b.length() && b.charAt(j) == '^';
            if (aCaret || bCaret) {
                if (aCaret && bCaret) {
                    i++;
                    j++;
                    continue;
                }
                if (aCaret) {
                    return j == b.length() ? 1 : -1;
                }
                return i == a.length() ? -1 : 1;
            }
            if (i == a.length() || j == b.length()) {
                break;
            }
            boolean numeric = Decimal.isDigit(a.charAt(i));
            int aStart = i;
            int bStart = j;
            while (i < a.length() && (numeric ? Decimal.isDigit(a.charAt(i)) : isLetter(a.charAt(i)))) {
                i++;
            }
            while (j < b.length() && (numeric ? Decimal.isDigit(b.charAt(j)) : isLetter(b.charAt(j)))) {
                j++;
            }
            if (bStart == j) {
                return numeric ? 1 : -1;
            }
            int c = numeric ? compareDigits(a, aStart, i, b, bStart, j) : compareChars(a, aStart, i, b, bStart, j);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** Compares digit runs a[as, ae) and b[bs, be) numerically, without allocating. */
    private static int compareDigits(String a, int as, int ae, String b, int bs, int be) {
        while (as < ae - 1 && a.charAt(as) == '0') {
            as++;
        }
        while (bs < be - 1 && b.charAt(bs) == '0') {
            bs++;
        }
        if (ae - as != be - bs) {
            return ae - as < be - bs ? -1 : 1;
        }
        return compareChars(a, as, ae, b, bs, be);
    }

    /** strcmp over a[as, ae) and b[bs, be). */
    private static int compareChars(String a, int as, int ae, String b, int bs, int be) {
        while (as < ae && bs < be) {
            char x = a.charAt(as++);
            char y = b.charAt(bs++);
            if (x != y) {
                return x < y ? -1 : 1;
            }
        }
        return Integer.compare(ae - as, be - bs);
    }
}
