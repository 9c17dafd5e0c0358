package dev.vigil.engine.advisory;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An OSV ecosystem and a package name, normalised the way the ecosystem compares names, so that the
 * advisory side and the SBOM side meet on one key.
 *
 * <p>Rules: PyPI per PEP 503 (lower case, runs of {@code -_.} become {@code -}); npm, NuGet,
 * Packagist, Hex, Pub, Debian, Ubuntu and Alpine in lower case; crates.io in lower case with {@code _}
 * as {@code -} (crates.io refuses names that differ only there); Maven as {@code group:artifact}; Go
 * module paths in lower case too, because purl parsers lower-case golang purls (packageurl-java does)
 * while OSV keeps {@code github.com/BurntSushi/toml}, and the hosts behind them ignore case; RubyGems
 * unchanged (case-sensitive). A release suffix of the ecosystem
 * ({@code Debian:12}, {@code Alpine:v3.18}) is dropped from the key; the matcher checks it against the
 * record.
 */
public record PackageKey(String ecosystem, String name) {

    private static final Pattern PEP_503 = Pattern.compile("[-_.]+");

    /** OSV spellings by lower-case name; unknown ecosystems are kept as written. */
    private static final Map<String, String> ECOSYSTEMS = Map.ofEntries(
            Map.entry("pypi", "PyPI"),
            Map.entry("npm", "npm"),
            Map.entry("maven", "Maven"),
            Map.entry("go", "Go"),
            Map.entry("crates.io", "crates.io"),
            Map.entry("nuget", "NuGet"),
            Map.entry("rubygems", "RubyGems"),
            Map.entry("packagist", "Packagist"),
            Map.entry("hex", "Hex"),
            Map.entry("pub", "Pub"),
            Map.entry("debian", "Debian"),
            Map.entry("ubuntu", "Ubuntu"),
            Map.entry("alpine", "Alpine"),
            Map.entry("cran", "CRAN"),
            Map.entry("hackage", "Hackage"),
            Map.entry("swifturl", "SwiftURL"),
            Map.entry("red hat", "Red Hat"),
            Map.entry("suse", "SUSE"),
            Map.entry("opensuse", "openSUSE"),
            Map.entry("rocky linux", "Rocky Linux"),
            Map.entry("almalinux", "AlmaLinux"),
            Map.entry("wolfi", "Wolfi"),
            Map.entry("chainguard", "Chainguard"));

    /** purl types to OSV ecosystems, for types whose ecosystem does not depend on the namespace. */
    private static final Map<String, String> PURL_TYPES = Map.ofEntries(
            Map.entry("pypi", "PyPI"),
            Map.entry("npm", "npm"),
            Map.entry("maven", "Maven"),
            Map.entry("golang", "Go"),
            Map.entry("cargo", "crates.io"),
            Map.entry("nuget", "NuGet"),
            Map.entry("gem", "RubyGems"),
            Map.entry("composer", "Packagist"),
            Map.entry("hex", "Hex"),
            Map.entry("pub", "Pub"),
            Map.entry("cran", "CRAN"),
            Map.entry("hackage", "Hackage"),
            Map.entry("swift", "SwiftURL"));

    public PackageKey {
        if (ecosystem == null || ecosystem.isBlank()) {
            throw new IllegalArgumentException("ecosystem is blank");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("package name is blank");
        }
    }

    /** Normalises an OSV ecosystem and package name into a key. */
    public static PackageKey of(String ecosystem, String name) {
        String eco = canonicalEcosystem(ecosystem);
        return new PackageKey(eco, normaliseName(eco, name.trim()));
    }

    /** The OSV spelling of an ecosystem without its release suffix ({@code debian:12} → {@code Debian}). */
    public static String canonicalEcosystem(String ecosystem) {
        String base = ecosystem.trim();
        int colon = base.indexOf(':');
        if (colon > 0) {
            base = base.substring(0, colon);
        }
        return ECOSYSTEMS.getOrDefault(base.toLowerCase(Locale.ROOT), base);
    }

    static String normaliseName(String ecosystem, String name) {
        return switch (ecosystem) {
            case "PyPI" -> PEP_503.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("-");
            case "crates.io" -> name.toLowerCase(Locale.ROOT).replace('_', '-');
            case "npm", "NuGet", "Packagist", "Hex", "Pub", "Debian", "Ubuntu", "Alpine", "Go" -> name.toLowerCase(
                    Locale.ROOT);
            default -> name;
        };
    }

    /**
     * The keys to look up for a purl: the package itself and, for Debian packages whose purl names the
     * source package in the {@code upstream} qualifier, the source package too (Debian advisories are
     * filed against source packages). Empty for a malformed purl or a type with no OSV ecosystem.
     */
    public static List<PackageKey> fromPurl(String purl) {
        PackageURL parsed;
        try {
            parsed = new PackageURL(purl);
        } catch (MalformedPackageURLException | RuntimeException e) {
            return List.of();
        }
        String type = parsed.getType();
        String namespace = parsed.getNamespace();
        String ecosystem = PURL_TYPES.get(type);
        if (ecosystem == null) {
            ecosystem = switch (type) {
                case "deb", "apk", "rpm" -> namespace == null ? null : distroEcosystem(namespace);
                default -> null;
            };
            namespace = null; // distro namespaces name the vendor, not part of the package name
        }
        if (ecosystem == null) {
            return List.of();
        }
        String name =
                switch (ecosystem) {
                    case "Maven" -> namespace == null ? parsed.getName() : namespace + ":" + parsed.getName();
                    default -> namespace == null ? parsed.getName() : namespace + "/" + parsed.getName();
                };
        List<PackageKey> keys = new ArrayList<>();
        keys.add(of(ecosystem, name));
        Map<String, String> qualifiers = parsed.getQualifiers();
        if ("deb".equals(type) && qualifiers != null && qualifiers.containsKey("upstream")) {
            String source = qualifiers.get("upstream").split(" ")[0];
            PackageKey sourceKey = of(ecosystem, source);
            if (!keys.contains(sourceKey)) {
                keys.add(sourceKey);
            }
        }
        return List.copyOf(keys);
    }

    private static String distroEcosystem(String namespace) {
        return switch (namespace.toLowerCase(Locale.ROOT)) {
            case "debian" -> "Debian";
            case "ubuntu" -> "Ubuntu";
            case "alpine" -> "Alpine";
            case "redhat" -> "Red Hat";
            case "suse" -> "SUSE";
            case "opensuse" -> "openSUSE";
            case "rocky-linux", "rocky" -> "Rocky Linux";
            case "almalinux" -> "AlmaLinux";
            case "wolfi" -> "Wolfi";
            case "chainguard" -> "Chainguard";
            default -> null;
        };
    }

    /** The key's spelling in the store index. */
    public String indexKey() {
        return "pkg:" + ecosystem + ":" + name;
    }
}
