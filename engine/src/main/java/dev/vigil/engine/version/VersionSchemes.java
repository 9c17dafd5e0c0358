package dev.vigil.engine.version;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the {@link VersionScheme} for an OSV ecosystem name or a {@code vers} scheme name. One
 * scheme instance per ordering, shared and stateless.
 */
public final class VersionSchemes {

    /** The parse step of one scheme; each version record supplies its own. */
    @FunctionalInterface
    interface Parser {
        Version parse(String text) throws InvalidVersionException;
    }

    record Scheme(String name, Parser parser) implements VersionScheme {
        @Override
        public Version parse(String text) throws InvalidVersionException {
            if (text == null) {
                throw new InvalidVersionException(name, "null", "no version given");
            }
            return parser.parse(text);
        }
    }

    static final VersionScheme MAVEN = new Scheme("Maven", MavenVersion::parse);
    static final VersionScheme NPM = new Scheme("npm", NpmVersion::parse);
    static final VersionScheme PYPI = new Scheme("PyPI", PypiVersion::parse);
    static final VersionScheme SEMVER = new Scheme("SemVer", SemVerVersion::parse);
    static final VersionScheme NUGET = new Scheme("NuGet", NuGetVersion::parse);
    static final VersionScheme RUBYGEMS = new Scheme("RubyGems", RubyGemsVersion::parse);
    static final VersionScheme PACKAGIST = new Scheme("Packagist", PackagistVersion::parse);
    static final VersionScheme DEBIAN = new Scheme("Debian", DebianVersion::parse);
    static final VersionScheme RPM = new Scheme("RPM", RpmVersion::parse);
    static final VersionScheme ALPINE = new Scheme("Alpine", AlpineVersion::parse);
    static final VersionScheme CRAN = new Scheme("CRAN", CranVersion::parse);
    // vers schemes that are not OSV ecosystems.
    static final VersionScheme ALPM = new Scheme("alpm", AlpmVersion::parse);
    static final VersionScheme CONAN = new Scheme("conan", ConanVersion::parse);
    static final VersionScheme GENTOO = new Scheme("gentoo", GentooVersion::parse);
    static final VersionScheme OPENSSL = new Scheme("openssl", OpensslVersion::parse);
    static final VersionScheme DATETIME = new Scheme("datetime", DatetimeVersion::parse);
    static final VersionScheme LEXICOGRAPHIC = new Scheme("lexicographic", LexicographicVersion::parse);

    /**
     * OSV ecosystem names (osv-schema's ecosystems list, exact spelling) to their ordering. crates.io,
     * Go, Hex, Pub, SwiftURL and Bitnami use SemVer as osv-scanner does; the RPM and apk based
     * distributions share those orderings.
     */
    private static final Map<String, VersionScheme> ECOSYSTEMS = ecosystems();

    /** {@code vers} scheme names (vers-spec's "Known versioning schemes") we can order. */
    private static final Map<String, VersionScheme> VERS = Map.ofEntries(
            Map.entry("maven", MAVEN),
            Map.entry("npm", NPM),
            Map.entry("pypi", PYPI),
            Map.entry("semver", SEMVER),
            Map.entry("golang", SEMVER),
            Map.entry("cargo", SEMVER),
            Map.entry("hex", SEMVER),
            Map.entry("pub", SEMVER),
            Map.entry("nuget", NUGET),
            Map.entry("gem", RUBYGEMS),
            Map.entry("composer", PACKAGIST),
            Map.entry("deb", DEBIAN),
            Map.entry("rpm", RPM),
            Map.entry("apk", ALPINE),
            Map.entry("cran", CRAN),
            Map.entry("alpm", ALPM),
            Map.entry("conan", CONAN),
            Map.entry("gentoo", GENTOO),
            Map.entry("ebuild", GENTOO),
            Map.entry("openssl", OPENSSL),
            Map.entry("datetime", DATETIME),
            Map.entry("lexicographic", LEXICOGRAPHIC));

    private VersionSchemes() {}

    private static Map<String, VersionScheme> ecosystems() {
        Map<String, VersionScheme> m = new LinkedHashMap<>();
        m.put("Maven", MAVEN);
        m.put("npm", NPM);
        m.put("PyPI", PYPI);
        m.put("Go", SEMVER);
        m.put("NuGet", NUGET);
        m.put("crates.io", SEMVER);
        m.put("RubyGems", RUBYGEMS);
        m.put("Packagist", PACKAGIST);
        m.put("Hex", SEMVER);
        m.put("Pub", SEMVER);
        m.put("SwiftURL", SEMVER);
        m.put("Bitnami", SEMVER);
        m.put("SemVer", SEMVER);
        m.put("Debian", DEBIAN);
        m.put("Ubuntu", DEBIAN);
        for (String rpm : List.of(
                "Red Hat",
                "Rocky Linux",
                "AlmaLinux",
                "SUSE",
                "openSUSE",
                "openEuler",
                "Mageia",
                "Photon OS",
                "Azure Linux")) {
            m.put(rpm, RPM);
        }
        for (String apk : List.of("Alpine", "Wolfi", "Chainguard", "MinimOS")) {
            m.put(apk, ALPINE);
        }
        m.put("CRAN", CRAN);
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * The scheme for an OSV ecosystem, spelt exactly as OSV does. A release suffix after a colon
     * ({@code Debian:12}, {@code Alpine:v3.19}, {@code Red Hat:enterprise_linux:9}) is ignored.
     */
    public static Optional<VersionScheme> forEcosystem(String ecosystem) {
        if (ecosystem == null) {
            return Optional.empty();
        }
        int colon = ecosystem.indexOf(':');
        String base = colon < 0 ? ecosystem : ecosystem.substring(0, colon);
        return Optional.ofNullable(ECOSYSTEMS.get(base));
    }

    /** Like {@link #forEcosystem} but ignoring case, for names a person typed. */
    public static Optional<VersionScheme> forEcosystemIgnoreCase(String ecosystem) {
        Optional<VersionScheme> exact = forEcosystem(ecosystem);
        if (exact.isPresent() || ecosystem == null) {
            return exact;
        }
        int colon = ecosystem.indexOf(':');
        String base = colon < 0 ? ecosystem : ecosystem.substring(0, colon);
        return ECOSYSTEMS.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(base))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** The scheme for a {@code vers} versioning scheme name such as {@code maven} or {@code deb}. */
    public static Optional<VersionScheme> forVersScheme(String scheme) {
        return scheme == null ? Optional.empty() : Optional.ofNullable(VERS.get(scheme.toLowerCase(Locale.ROOT)));
    }

    /** The error for comparing versions of two schemes, which has no meaning. */
    static IllegalArgumentException mismatch(Version self, Version other) {
        return new IllegalArgumentException("cannot compare " + self.getClass().getSimpleName() + " '" + self.text()
                + "' with " + other.getClass().getSimpleName() + " '" + other.text() + "'");
    }

    /** The OSV ecosystem names we can order, in a stable order for messages. */
    public static List<String> ecosystemNames() {
        return List.copyOf(ECOSYSTEMS.keySet());
    }
}
