package dev.vigil.engine.version;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OpenSSL's ordering: {@code major.minor.patch} and, before 3.0, a letter suffix that counts up
 * {@code a..z, za..zz}, so a longer suffix is the later release.
 */
record OpensslVersion(String text, List<String> numbers, String letters) implements Version {

    private static final Pattern SYNTAX = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)([a-z]*)");

    static OpensslVersion parse(String text) throws InvalidVersionException {
        Matcher m = SYNTAX.matcher(text);
        if (!m.matches()) {
            throw new InvalidVersionException("openssl", text, "expected MAJOR.MINOR.PATCH[letters]");
        }
        List<String> numbers =
                List.of(Decimal.normalize(m.group(1)), Decimal.normalize(m.group(2)), Decimal.normalize(m.group(3)));
        return new OpensslVersion(text, numbers, m.group(4));
    }

    @Override
    public int compareTo(Version other) {
        if (!(other instanceof OpensslVersion o)) {
            throw VersionSchemes.mismatch(this, other);
        }
        int c = SemVerVersion.compareNumbers(numbers, o.numbers);
        if (c == 0) {
            c = Integer.compare(letters.length(), o.letters.length());
        }
        return c != 0 ? c : Integer.signum(letters.compareTo(o.letters));
    }
}
