package dev.vigil.engine.version;

import java.util.ArrayList;
import java.util.List;

/**
 * Conan's ordering ({@code conans.model.version.Version}): {@code main[-pre][+build]}, dot-separated
 * items compared as numbers when both are numbers and as text otherwise, trailing zero items
 * ignored; a pre-release sorts below its release and a build above it.
 */
record ConanVersion(String text, List<String> items, ConanVersion pre, ConanVersion build) implements Version {

    static ConanVersion parse(String text) throws InvalidVersionException {
        if (text.isBlank()) {
            throw new InvalidVersionException("conan", text, "empty");
        }
        return of(text);
    }

    private static ConanVersion of(String text) {
        String value = text;
        ConanVersion build = null;
        int plus = value.lastIndexOf('+');
        if (plus >= 0) {
            build = of(value.substring(plus + 1));
            value = value.substring(0, plus);
        }
        ConanVersion pre = null;
        int dash = value.lastIndexOf('-');
        if (dash >= 0) {
            pre = of(value.substring(dash + 1));
            value = value.substring(0, dash);
        }
        List<String> items = new ArrayList<>(List.of(value.split("\\.", -1)));
        while (!items.isEmpty() && isZero(items.get(items.size() - 1))) {
            items.remove(items.size() - 1);
        }
        return new ConanVersion(text, List.copyOf(items), pre, build);
    }

    private static boolean isZero(String item) {
        return Decimal.isDigits(item) && Decimal.normalize(item).equals("0");
    }

    @Override
    public int compareTo(Version other) {
        if (!(other instanceof ConanVersion o)) {
            throw VersionSchemes.mismatch(this, other);
        }
        int c = compareItems(items, o.items);
        if (c != 0) {
            return c;
        }
        if ((pre == null) != (o.pre == null)) {
            return pre == null ? 1 : -1;
        }
        if (pre != null) {
            c = pre.compareTo(o.pre);
            if (c != 0) {
                return c;
            }
        }
        if (build == null || o.build == null) {
            return build == o.build ? 0 : build == null ? -1 : 1;
        }
        return build.compareTo(o.build);
    }

    /** Python tuple order over items: numbers numerically, anything else as strings. */
    private static int compareItems(List<String> a, List<String> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            String x = a.get(i);
            String y = b.get(i);
            int c = Decimal.isDigits(x) && Decimal.isDigits(y)
                    ? Decimal.compareRaw(x, y)
                    : Integer.signum(printed(x).compareTo(printed(y)));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** Conan turns numeric items into ints, so "01" prints as "1" when compared as text. */
    private static String printed(String item) {
        return Decimal.isDigits(item) ? Decimal.normalize(item) : item;
    }
}
