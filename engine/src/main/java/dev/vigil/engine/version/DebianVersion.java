package dev.vigil.engine.version;

/**
 * dpkg's ordering (deb-version(7)): epoch, then upstream version and revision each compared by
 * dpkg's {@code verrevcmp} — alternating non-digit runs (letters before other characters, {@code ~}
 * before everything, even the end) and numeric runs.
 */
record DebianVersion(String text, String epoch, String upstream, String revision) implements Version {

    static DebianVersion parse(String text) throws InvalidVersionException {
        String s = text.strip();
        if (s.isEmpty()) {
            throw new InvalidVersionException("Debian", text, "empty");
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                throw new InvalidVersionException("Debian", text, "contains whitespace");
            }
        }
        String epoch = "0";
        int colon = s.indexOf(':');
        if (colon >= 0) {
            epoch = s.substring(0, colon);
            if (!Decimal.isDigits(epoch)) {
                throw new InvalidVersionException("Debian", text, "epoch is not a number");
            }
            epoch = Decimal.normalize(epoch);
            s = s.substring(colon + 1);
        }
        int dash = s.lastIndexOf('-');
        String upstream = dash < 0 ? s : s.substring(0, dash);
        String revision = dash < 0 ? "" : s.substring(dash + 1);
        if (upstream.isEmpty()) {
            throw new InvalidVersionException("Debian", text, "nothing before the revision");
        }
        return new DebianVersion(text, epoch, upstream, revision);
    }

    @Override
    public int compareTo(Version other) {
        if (!(other instanceof DebianVersion o)) {
            throw VersionSchemes.mismatch(this, other);
        }
        int c = Decimal.compare(epoch, o.epoch);
        if (c == 0) {
            c = verrevcmp(upstream, o.upstream);
        }
        if (c == 0) {
            c = verrevcmp(revision, o.revision);
        }
        return c;
    }

    private static int order(String s, int i) {
        if (i >= s.length()) {
            return 0;
        }
        char c = s.charAt(i);
        if (Decimal.isDigit(c)) {
            return 0;
        }
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            return c;
        }
        return c == '~' ? -1 : c + 256;
    }

    /** dpkg's lib/dpkg/version.c verrevcmp, over indexes so that comparing allocates nothing. */
    static int verrevcmp(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() || j < b.length()) {
            while ((i < a.length() && !Decimal.isDigit(a.charAt(i)))
                    || (j < b.length() && !Decimal.isDigit(b.charAt(j)))) {
                int ac = order(a, i);
                int bc = order(b, j);
                if (ac != bc) {
                    return Integer.signum(ac - bc);
                }
                i++;
                j++;
            }
            while (i < a.length() && a.charAt(i) == '0') {
                i++;
            }
            while (j < b.length() && b.charAt(j) == '0') {
                j++;
            }
            int firstDiff = 0;
            while (i < a.length() && Decimal.isDigit(a.charAt(i)) && j < b.length() && Decimal.isDigit(b.charAt(j))) {
                if (firstDiff == 0) {
                    firstDiff = a.charAt(i) - b.charAt(j);
                }
                i++;
                j++;
            }
            if (i < a.length() && Decimal.isDigit(a.charAt(i))) {
                return 1;
            }
            if (j < b.length() && Decimal.isDigit(b.charAt(j))) {
                return -1;
            }
            if (firstDiff != 0) {
                return Integer.signum(firstDiff);
            }
        }
        return 0;
    }
}
