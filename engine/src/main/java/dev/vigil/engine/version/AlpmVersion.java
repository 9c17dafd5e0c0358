package dev.vigil.engine.version;

/**
 * Arch Linux's ordering (pacman's {@code alpm_pkg_vercmp}): {@code [epoch:]version[-pkgrel]}, each
 * part compared by pacman's own {@code rpmvercmp}, which differs from rpm's: separator lengths
 * count, there is no {@code ~} or {@code ^}, and a trailing letter run loses to the end. The
 * release is compared only when both versions have one.
 */
record AlpmVersion(String text, String epoch, String version, String release) implements Version {

    static AlpmVersion parse(String text) throws InvalidVersionException {
        if (text.isBlank()) {
            throw new InvalidVersionException("alpm", text, "empty");
        }
        int i = 0;
        while (i < text.length() && Decimal.isDigit(text.charAt(i))) {
            i++;
        }
        String epoch = "0";
        String rest = text;
        if (i < text.length() && text.charAt(i) == ':') {
            epoch = i == 0 ? "0" : text.substring(0, i);
            rest = text.substring(i + 1);
        }
        int dash = rest.lastIndexOf('-');
        String version = dash < 0 ? rest : rest.substring(0, dash);
        String release = dash < 0 ? null : rest.substring(dash + 1);
        return new AlpmVersion(text, epoch, version, release);
    }

    @Override
    public int compareTo(Version other) {
        if (!(other instanceof AlpmVersion o)) {
            throw VersionSchemes.mismatch(this, other);
        }
        if (text.equals(o.text)) {
            return 0;
        }
        int c = vercmp(epoch, o.epoch);
        if (c == 0) {
            c = vercmp(version, o.version);
        }
        if (c == 0 && release != null && o.release != null) {
            c = vercmp(release, o.release);
        }
        return c;
    }

    private static boolean isAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAlnum(char c) {
        return isAlpha(c) || Decimal.isDigit(c);
    }

    private static char at(String s, int i) {
        return i < s.length() ? s.charAt(i) : 0;
    }

    /** pacman's lib/libalpm/version.c rpmvercmp. */
    static int vercmp(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        int one = 0;
        int two = 0;
        int ptr1 = 0;
        int ptr2 = 0;
        while (one < a.length() && two < b.length()) {
            while (one < a.length() && !isAlnum(a.charAt(one))) {
                one++;
            }
            while (two < b.length() && !isAlnum(b.charAt(two))) {
                two++;
            }
            if (one >= a.length() || two >= b.length()) {
                break;
            }
            if (one - ptr1 != two - ptr2) {
                return one - ptr1 < two - ptr2 ? -1 : 1;
            }
            ptr1 = one;
            ptr2 = two;
            boolean numeric = Decimal.isDigit(a.charAt(ptr1));
            while (ptr1 < a.length() && (numeric ? Decimal.isDigit(a.charAt(ptr1)) : isAlpha(a.charAt(ptr1)))) {
                ptr1++;
            }
            while (ptr2 < b.length() && (numeric ? Decimal.isDigit(b.charAt(ptr2)) : isAlpha(b.charAt(ptr2)))) {
                ptr2++;
            }
            if (two == ptr2) {
                return numeric ? 1 : -1;
            }
            String x = a.substring(one, ptr1);
            String y = b.substring(two, ptr2);
            int c = numeric ? Decimal.compareRaw(x, y) : Integer.signum(x.compareTo(y));
            if (c != 0) {
                return c;
            }
            one = ptr1;
            two = ptr2;
        }
        if (one >= a.length() && two >= b.length()) {
            return 0;
        }
        // A remaining letter run never beats the end; anything else that remains wins.
        return (one >= a.length() && !isAlpha(at(b, two))) || isAlpha(at(a, one)) ? -1 : 1;
    }
}
