package dev.vigil.engine.version;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * npm's ordering as node-semver implements it, accepting node-semver's "loose" spellings ({@code
 * =1.2.3}, {@code v 1.2.3}, {@code 1.2.3beta}) because lockfiles and advisories contain them. Unlike
 * OSV's SEMVER, exactly three numeric components are required, each at most 2^53 - 1.
 */
record NpmVersion(String text, List<String> release, List<String> preRelease) implements Version {

    private static final String IDENTIFIER = "(?:\\d+|[a-zA-Z0-9-]*[a-zA-Z-][a-zA-Z0-9-]*)";
    private static final Pattern LOOSE = Pattern.compile("[v=\\s]*(\\d+)\\.(\\d+)\\.(\\d+)"
            + "(?:-?(" + IDENTIFIER + "(?:\\." + IDENTIFIER + ")*))?"
            + "(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?");
    /** JavaScript's Number.MAX_SAFE_INTEGER, node-semver's limit for a component. */
    private static final String MAX_SAFE_INTEGER = "9007199254740991";

    /** node-semver's MAX_LENGTH: longer strings are not versions to npm. */
    static final int MAX_LENGTH = 256;

    static NpmVersion parse(String text) throws InvalidVersionException {
        if (text.length() > MAX_LENGTH) {
            throw new InvalidVersionException("npm", text, "longer than " + MAX_LENGTH + " characters");
        }
        Matcher m = LOOSE.matcher(text.strip());
        if (!m.matches()) {
            throw new InvalidVersionException("npm", text, "expected MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]");
        }
        String[] numbers = new String[3];
        for (int i = 0; i < 3; i++) {
            numbers[i] = Decimal.normalize(m.group(i + 1));
            if (Decimal.compare(numbers[i], MAX_SAFE_INTEGER) > 0) {
                throw new InvalidVersionException("npm", text, "component larger than 2^53 - 1");
            }
        }
        String pre = m.group(4);
        return new NpmVersion(text, List.of(numbers), PreRelease.split(pre == null ? "" : pre));
    }

    @Override
    public int compareTo(Version other) {
        if (!(other instanceof NpmVersion o)) {
            throw VersionSchemes.mismatch(this, other);
        }
        int c = SemVerVersion.compareNumbers(release, o.release);
        return c != 0 ? c : PreRelease.compare(preRelease, o.preRelease);
    }
}
