package dev.vigil.engine.version;

import java.util.List;
import java.util.Locale;

/**
 * NuGet's ordering (NuGet.Versioning): up to four numeric parts, missing parts zero, then a SemVer
 * pre-release compared without regard to case; build metadata never counts.
 */
record NuGetVersion(String text, List<String> release, List<String> preRelease) implements Version {

    static NuGetVersion parse(String text) throws InvalidVersionException {
        String s = text.strip();
        if (s.startsWith("v") || s.startsWith("V")) {
            s = s.substring(1);
        }
        if (s.isEmpty() || !Decimal.isDigit(s.charAt(0))) {
            throw new InvalidVersionException("NuGet", text, "must start with a number");
        }
        int plus = s.indexOf('+');
        String main = plus < 0 ? s : s.substring(0, plus);
        int dash = main.indexOf('-');
        String numbers = dash < 0 ? main : main.substring(0, dash);
        String pre = dash < 0 ? "" : main.substring(dash + 1).toLowerCase(Locale.ROOT);
        String[] parts = numbers.split("\\.", -1);
        if (parts.length > 4) {
            throw new InvalidVersionException("NuGet", text, "more than four numeric parts");
        }
        for (String part : parts) {
            if (!Decimal.isDigits(part)) {
                throw new InvalidVersionException("NuGet", text, "'" + part + "' is not a number");
            }
        }
        List<String> release =
                java.util.Arrays.stream(parts).map(Decimal::normalize).toList();
        return new NuGetVersion(text, release, PreRelease.split(pre));
    }

    @Override
    public int compareTo(Version other) {
        if (!(other instanceof NuGetVersion o)) {
            throw VersionSchemes.mismatch(this, other);
        }
        int c = SemVerVersion.compareNumbers(release, o.release);
        return c != 0 ? c : PreRelease.compare(preRelease, o.preRelease);
    }
}
