package dev.vigil.bench;

import dev.vigil.bench.LinearCase.Prepared;
import dev.vigil.engine.version.InvalidVersionException;
import dev.vigil.engine.version.VersionScheme;
import dev.vigil.engine.version.VersionSchemes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Long but legal versions for every version scheme (issue 11, class 1): {@code n} dotted release segments,
 * and a release with {@code n} pre-release identifiers. Each reading parses and compares two versions
 * that differ only at the end, so the comparison walks both whole. A scheme that bounds its versions
 * refuses them, and the refusal is timed instead (noted as such).
 */
final class LinearVersions {
    private LinearVersions() {}

    /** The purl {@code vers} names that reach every scheme (ecosystems map onto these same schemes). */
    private static final List<String> VERS = List.of(
            "maven",
            "npm",
            "pypi",
            "semver",
            "nuget",
            "gem",
            "composer",
            "deb",
            "rpm",
            "apk",
            "cran",
            "alpm",
            "conan",
            "gentoo",
            "openssl",
            "datetime",
            "lexicographic");

    static List<LinearCase> cases() {
        Map<String, VersionScheme> schemes = new LinkedHashMap<>();
        for (String name : VERS) {
            VersionSchemes.forVersScheme(name).ifPresent(s -> schemes.putIfAbsent(s.name(), s));
        }
        for (String ecosystem : VersionSchemes.ecosystemNames()) {
            VersionSchemes.forEcosystem(ecosystem).ifPresent(s -> schemes.putIfAbsent(s.name(), s));
        }
        List<LinearCase> cases = new ArrayList<>();
        for (VersionScheme scheme : schemes.values()) {
            cases.add(new LinearCase(
                    "version " + scheme.name() + ", long release", (dir, n) -> compare(scheme, dotted(n))));
            cases.add(new LinearCase(
                    "version " + scheme.name() + ", long pre-release", (dir, n) -> compare(scheme, preRelease(n))));
        }
        return cases;
    }

    private static String[] dotted(int n) {
        StringBuilder a = new StringBuilder("1");
        for (int i = 1; i < n; i++) {
            a.append('.').append(i % 97);
        }
        return new String[] {a + ".1", a + ".2"};
    }

    private static String[] preRelease(int n) {
        StringBuilder a = new StringBuilder("1.0.0-a");
        for (int i = 1; i < n; i++) {
            a.append('.').append(i % 2 == 0 ? "rc" : "b").append(i % 97);
        }
        return new String[] {a + ".x1", a + ".x2"};
    }

    private static Prepared compare(VersionScheme scheme, String[] pair) {
        Optional<String> refused = refusal(scheme, pair);
        return new Prepared(
                pair[0].length(), 1, refused.map(r -> "refused: " + r).orElse("compared"), () -> {
                    try {
                        // The answer is returned (2 + -1..1) so that the JIT cannot drop the comparison.
                        return 2L + scheme.compare(pair[0], pair[1]);
                    } catch (InvalidVersionException e) {
                        // A typed refusal is a correct answer for a scheme that bounds its versions.
                        return 1L + e.getMessage().length() % 2;
                    }
                });
    }

    private static Optional<String> refusal(VersionScheme scheme, String[] pair) {
        try {
            scheme.compare(pair[0], pair[1]);
            return Optional.empty();
        } catch (InvalidVersionException e) {
            String message = String.valueOf(e.getMessage());
            return Optional.of(message.length() > 60 ? message.substring(0, 60) + "..." : message);
        }
    }
}
