package dev.vigil.engine.version;

import java.util.List;

/**
 * SemVer 2.0 pre-release precedence (spec item 11), shared by the SemVer, npm and NuGet schemes:
 * identifiers compared one by one, numbers numerically and below text, text in ASCII order, and a
 * longer list above its prefix. An empty list is a release, above every pre-release.
 */
final class PreRelease {
    private PreRelease() {}

    static int compare(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Boolean.compare(a.isEmpty(), b.isEmpty());
        }
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            int c = compareIdentifier(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    static int compareIdentifier(String x, String y) {
        boolean xn = Decimal.isDigits(x);
        boolean yn = Decimal.isDigits(y);
        if (xn && yn) {
            return Decimal.compareRaw(x, y);
        }
        if (xn != yn) {
            return xn ? -1 : 1;
        }
        return Integer.signum(x.compareTo(y));
    }

    /** Splits on dots; the empty string is no identifiers at all. */
    static List<String> split(String identifiers) {
        return identifiers.isEmpty() ? List.of() : List.of(identifiers.split("\\.", -1));
    }
}
