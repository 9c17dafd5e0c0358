package dev.vigil.engine.version;

import java.util.ArrayList;
import java.util.List;

/**
 * CRAN's ordering (R's {@code package_version}): non-negative integers separated by {@code .} or
 * {@code -}, compared in turn; a version that is a prefix of another is the smaller one.
 */
record CranVersion(String text, List<String> numbers) implements Version {

    static CranVersion parse(String text) throws InvalidVersionException {
        String s = text.strip();
        List<String> numbers = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '.' || s.charAt(i) == '-') {
                String part = s.substring(start, i);
                if (!Decimal.isDigits(part)) {
                    throw new InvalidVersionException(
                            "CRAN", text, "expected numbers separated by '.' or '-', found '" + part + "'");
                }
                numbers.add(Decimal.normalize(part));
                start = i + 1;
            }
        }
        return new CranVersion(text, List.copyOf(numbers));
    }

    @Override
    public int compareTo(Version other) {
        if (!(other instanceof CranVersion o)) {
            throw VersionSchemes.mismatch(this, other);
        }
        int n = Math.min(numbers.size(), o.numbers.size());
        for (int i = 0; i < n; i++) {
            int c = Decimal.compare(numbers.get(i), o.numbers.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(numbers.size(), o.numbers.size());
    }
}
