package dev.vigil.engine.scan;

import dev.vigil.engine.advisory.Advisory;
import dev.vigil.engine.advisory.AdvisorySource;
import dev.vigil.engine.advisory.AffectedPackage;
import dev.vigil.engine.advisory.PackageKey;
import dev.vigil.engine.version.OsvRange;
import dev.vigil.engine.version.Version;
import dev.vigil.engine.version.VersionScheme;
import dev.vigil.engine.version.VersionSchemes;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Matches a component by its package URL against OSV records: the store finds the records naming the
 * same normalised package ({@link PackageKey}), then a record counts only when its explicit version
 * list names the component's version or one of its ranges contains it in the ecosystem's ordering.
 */
final class PurlMatcher {

    /** A component's purl read for matching: the lookup keys and the version to test. */
    record PurlIdentity(String purl, List<PackageKey> keys, String version, String distro) {

        /** Empty when the purl is absent, malformed, of a type with no OSV ecosystem, or has no version. */
        static Optional<PurlIdentity> of(String purl, String componentVersion) {
            if (purl == null) {
                return Optional.empty();
            }
            List<PackageKey> keys = PackageKey.fromPurl(purl);
            if (keys.isEmpty()) {
                return Optional.empty();
            }
            // The reader already checked the purl and fromPurl parsed it; the version and the distro
            // qualifier are read off the text rather than parsing it a third time.
            String version = versionOf(purl);
            if (version == null) {
                version = componentVersion;
            }
            if (version == null || version.isBlank()) {
                return Optional.empty();
            }
            String distro = qualifier(purl, "distro");
            return Optional.of(new PurlIdentity(purl, keys, version, distro));
        }
    }

    /** The percent-decoded version of a purl, or null when it has none. */
    static String versionOf(String purl) {
        int end = purl.length();
        int hash = purl.indexOf('#');
        end = hash < 0 ? end : hash;
        int query = purl.indexOf('?');
        end = query < 0 || query > end ? end : query;
        String main = purl.substring(0, end);
        int at = main.lastIndexOf('@');
        if (at < 0 || main.indexOf('/', at) >= 0) {
            return null;
        }
        return URLDecoder.decode(main.substring(at + 1), StandardCharsets.UTF_8);
    }

    private static String qualifier(String purl, String name) {
        int query = purl.indexOf('?');
        if (query < 0) {
            return null;
        }
        int hash = purl.indexOf('#', query);
        for (String pair :
                purl.substring(query + 1, hash < 0 ? purl.length() : hash).split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    List<Match> match(PurlIdentity identity, List<Advisory> candidates, PackageKey key) {
        List<Match> matches = new ArrayList<>();
        for (Advisory record : candidates) {
            if (record.source() != AdvisorySource.OSV || record.isWithdrawn()) {
                continue;
            }
            for (AffectedPackage affected : record.affected()) {
                if (affected.ecosystem() == null
                        || affected.name() == null
                        || !affected.key().equals(key)) {
                    continue;
                }
                if (!sameRelease(affected.ecosystem(), identity.distro())) {
                    continue;
                }
                Optional<Match> match = matchPackage(record, affected, identity.version());
                if (match.isPresent()) {
                    matches.add(match.get());
                    break; // one match per record is evidence enough
                }
            }
        }
        return matches;
    }

    /**
     * A record for {@code Debian:12} applies only to a purl whose {@code distro} qualifier names release
     * 12 ({@code debian-12}, {@code bookworm} is not recognised and then does not restrict).
     */
    private static boolean sameRelease(String ecosystem, String distro) {
        int colon = ecosystem.indexOf(':');
        if (colon < 0 || distro == null) {
            return true;
        }
        String release = ecosystem.substring(colon + 1).toLowerCase(java.util.Locale.ROOT);
        String wanted = distro.toLowerCase(java.util.Locale.ROOT);
        int dash = wanted.lastIndexOf('-');
        String number = dash < 0 ? wanted : wanted.substring(dash + 1);
        if (!Character.isDigit(number.isEmpty() ? 'x' : number.charAt(0))) {
            return true;
        }
        return release.equals(number) || release.equals("v" + number) || release.startsWith(number + ":");
    }

    static Optional<Match> matchPackage(Advisory record, AffectedPackage affected, String version) {
        if (affected.versions().contains(version)) {
            return Optional.of(new Match(
                    record, MatchRule.PURL_VERSION_LIST, affected.name() + " version " + version, Match.idsOf(record)));
        }
        Optional<VersionScheme> ecosystemScheme = VersionSchemes.forEcosystem(affected.ecosystem());
        for (AffectedPackage.Range range : affected.ranges()) {
            OsvRange osv;
            try {
                List<OsvRange.Event> events = new ArrayList<>();
                for (AffectedPackage.Event e : range.events()) {
                    events.add(new OsvRange.Event(OsvRange.Kind.ofField(e.kind()), e.version()));
                }
                osv = OsvRange.of(range.type(), affected.ecosystem(), events);
            } catch (RuntimeException e) {
                continue; // GIT ranges and unordered ecosystems cannot be evaluated; the version list may still match
            }
            if (contains(osv, version)) {
                return Optional.of(
                        new Match(record, MatchRule.PURL_RANGE, describe(affected, range), Match.idsOf(record)));
            }
        }
        if (ecosystemScheme.isPresent() && !affected.versions().isEmpty()) {
            Version parsed = parseOrNull(ecosystemScheme.get(), version);
            for (String listed : parsed == null ? List.<String>of() : affected.versions()) {
                if (equalVersions(ecosystemScheme.get(), listed, parsed)) {
                    return Optional.of(new Match(
                            record,
                            MatchRule.PURL_VERSION_LIST,
                            affected.name() + " version " + listed,
                            Match.idsOf(record)));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean contains(OsvRange range, String version) {
        try {
            Version parsed = range.scheme().parse(version);
            return range.contains(parsed);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** {@code 1.0} and {@code 1.0.0} are one version in several orderings; the list is compared that way too. */
    private static boolean equalVersions(VersionScheme scheme, String listed, Version version) {
        Version other = parseOrNull(scheme, listed);
        return other != null && other.getClass() == version.getClass() && other.compareTo(version) == 0;
    }

    private static Version parseOrNull(VersionScheme scheme, String text) {
        try {
            return scheme.parse(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String describe(AffectedPackage affected, AffectedPackage.Range range) {
        return affected.ecosystem() + " " + affected.name() + " " + range.type() + " "
                + range.events().stream()
                        .map(e -> e.kind() + " " + e.version())
                        .collect(Collectors.joining(", ", "[", "]"));
    }
}
