package dev.vigil.engine.version;

import java.util.ArrayList;
import java.util.List;

/**
 * OSV's {@code SEMVER} ordering as osv-scanner applies it to npm ranges, crates.io, Go, Hex and Pub:
 * SemVer 2.0 precedence, but forgiving on input — a leading {@code v}, any number of numeric
 * components of any size (those past the third are appended to the pre-release text, so {@code 1.1.3.4.5}
 * equals itself but not {@code 1.1.3}), and a pre-release that need not start with {@code -}.
 */
record SemVerVersion(String text, List<String> release, List<String> preRelease) implements Version {

    static SemVerVersion parse(String text) throws InvalidVersionException {
        String s = text.startsWith("v") ? text.substring(1) : text;
        if (s.isEmpty() || !Decimal.isDigit(s.charAt(0))) {
            throw new InvalidVersionException("SemVer", text, "must start with a number");
        }
        List<String> release = new ArrayList<>(3);
        int i = 0;
        int start = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Decimal.isDigit(c)) {
                i++;
                continue;
            }
            if (start < i) {
                release.add(Decimal.normalize(s.substring(start, i)));
            }
            if (c != '.') {
                break;
            }
            i++;
            start = i;
        }
        if (i == s.length() && start < i) {
            release.add(Decimal.normalize(s.substring(start, i)));
        }
        // Like osv-scanner, components past the third are appended after the pre-release text.
        StringBuilder rest = new StringBuilder(s.substring(i));
        for (int k = 3; k < release.size(); k++) {
            rest.append('.').append(release.get(k));
        }
        String pre = rest.toString();
        int plus = pre.indexOf('+');
        if (plus >= 0) {
            pre = pre.substring(0, plus);
        }
        if (pre.startsWith("-")) {
            pre = pre.substring(1);
        }
        List<String> numbers = release.size() > 3 ? List.copyOf(release.subList(0, 3)) : List.copyOf(release);
        return new SemVerVersion(text, numbers, PreRelease.split(pre));
    }

    @Override
    public int compareTo(Version other) {
        if (!(other instanceof SemVerVersion o)) {
            throw VersionSchemes.mismatch(this, other);
        }
        int c = compareNumbers(release, o.release);
        return c != 0 ? c : PreRelease.compare(preRelease, o.preRelease);
    }

    /** Compares numeric components, the shorter list padded with zeros. */
    static int compareNumbers(List<String> a, List<String> b) {
        int n = Math.max(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            int c = Decimal.compare(i < a.size() ? a.get(i) : "0", i < b.size() ? b.get(i) : "0");
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
