package dev.vigil.engine.vex;

import com.github.packageurl.PackageURL;
import dev.vigil.engine.version.InvalidVersionException;
import dev.vigil.engine.version.VersRange;
import dev.vigil.engine.version.VersionScheme;
import dev.vigil.engine.version.VersionSchemes;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a statement's subject covers the component a caller asks about. Every rule errs towards "no":
 * a wrong match would hide a real vulnerability, a missed one only leaves a finding unsuppressed.
 */
final class ComponentMatch {

    private ComponentMatch() {}

    static boolean covers(ComponentRef subject, ComponentRef query) {
        if (query instanceof ComponentRef.Purl q) {
            return purlOf(subject).map(s -> purlCovers(s, q.packageUrl())).orElse(false);
        }
        if (query instanceof ComponentRef.Named q) {
            if (subject instanceof ComponentRef.Named s) {
                return s.name().equalsIgnoreCase(q.name())
                        && (s.version().isEmpty() || s.version().equals(q.version()));
            }
            if (subject instanceof ComponentRef.NamedRange s) {
                return s.name().equalsIgnoreCase(q.name())
                        && q.version().isPresent()
                        && rangeContains(s.range(), q.version().get());
            }
            return false;
        }
        if (query instanceof ComponentRef.Cpe q) {
            return subject instanceof ComponentRef.Cpe s && s.cpe().equalsIgnoreCase(q.cpe());
        }
        if (query instanceof ComponentRef.BomRef q) {
            return subject instanceof ComponentRef.BomRef s
                    && (s.ref().equals(q.ref()) || s.localRef().equals(q.localRef()));
        }
        return false;
    }

    /**
     * The purl a subject stands for. Many SBOM tools use the purl as the bom-ref, so a bom-ref (or BOM-Link
     * fragment) that parses as a purl is one.
     */
    private static Optional<PackageURL> purlOf(ComponentRef subject) {
        if (subject instanceof ComponentRef.Purl s) {
            return Optional.of(s.packageUrl());
        }
        if (subject instanceof ComponentRef.BomRef s && s.localRef().startsWith("pkg:")) {
            try {
                return Optional.of(ComponentRef.Purl.parse(s.localRef()).packageUrl());
            } catch (IllegalArgumentException notAPurl) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Same package (type, namespace, name under the type's normalisation), a version the statement covers
     * (a versionless statement covers all), and no qualifier both sides give with different values: a
     * qualifier only one side gives ({@code repository_url}, {@code type=jar}) does not make another package,
     * different {@code arch} or {@code distro} values do.
     */
    static boolean purlCovers(PackageURL statement, PackageURL query) {
        if (!statement.getType().equalsIgnoreCase(query.getType())
                || !Objects.equals(norm(statement, statement.getNamespace()), norm(query, query.getNamespace()))
                || !Objects.equals(norm(statement, statement.getName()), norm(query, query.getName()))) {
            return false;
        }
        if (!versionCovers(statement.getType(), statement.getVersion(), query.getVersion())) {
            return false;
        }
        Map<String, String> sq = statement.getQualifiers();
        Map<String, String> qq = query.getQualifiers();
        if (sq != null && qq != null) {
            for (Map.Entry<String, String> e : sq.entrySet()) {
                String other = qq.get(e.getKey());
                if (other != null && !other.equalsIgnoreCase(e.getValue())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean versionCovers(String type, String statement, String query) {
        if (statement == null || statement.isEmpty()) {
            return true;
        }
        if (query == null || query.isEmpty()) {
            return false;
        }
        if (statement.equals(query)) {
            return true;
        }
        // Spellings of one version (Maven 1.0 and 1.0.0) are equal under the ecosystem's ordering.
        Optional<VersionScheme> scheme = VersionSchemes.forVersScheme(type);
        if (scheme.isEmpty()) {
            return false;
        }
        try {
            return scheme.get().compare(statement, query) == 0;
        } catch (InvalidVersionException e) {
            return false;
        }
    }

    private static boolean rangeContains(String range, String version) {
        // The version package has no ordering for vers' "generic" scheme, which CSAF writes for products of
        // its own versioning (and plain "<=1.14.0" ranges imply). Maven's ordering compares dotted numbers
        // numerically and suffixes sensibly, which is what such product versions hold.
        String vers = range.startsWith("vers:generic/")
                ? "vers:maven/" + range.substring("vers:generic/".length())
                : range.startsWith("vers:") ? range : "vers:maven/" + range;
        try {
            return VersRange.parseLenient(vers).contains(version);
        } catch (RuntimeException e) {
            // A range we cannot read covers nothing rather than everything.
            return false;
        }
    }

    /** PyPI names compare after PEP 503 normalisation; other ecosystems as packageurl-java canonicalises. */
    private static String norm(PackageURL purl, String part) {
        if (part == null) {
            return null;
        }
        if (purl.getType().equalsIgnoreCase("pypi")) {
            return part.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
        }
        return part;
    }
}
