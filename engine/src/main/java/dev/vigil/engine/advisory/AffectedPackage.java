package dev.vigil.engine.advisory;

import java.util.List;

/**
 * One OSV {@code affected[]} entry, kept raw for the matcher.
 *
 * @param ecosystem the OSV ecosystem as written, e.g. {@code PyPI}, {@code Debian:12}
 * @param name the package name as written (the index key is normalised, see {@link PackageKey})
 * @param purl the purl the record gives, or null
 * @param ranges OSV ranges with their events in file order
 * @param versions the explicit affected version list
 * @param severities per-package severities (OSV 1.5+)
 */
public record AffectedPackage(
        String ecosystem,
        String name,
        String purl,
        List<Range> ranges,
        List<String> versions,
        List<Severity> severities) {

    public AffectedPackage {
        ranges = List.copyOf(ranges == null ? List.of() : ranges);
        versions = List.copyOf(versions == null ? List.of() : versions);
        severities = List.copyOf(severities == null ? List.of() : severities);
    }

    /** The normalised lookup key of this package. */
    public PackageKey key() {
        return PackageKey.of(ecosystem, name);
    }

    /**
     * An OSV range: {@code type} is {@code SEMVER}, {@code ECOSYSTEM} or {@code GIT}; {@code repo} only
     * for GIT.
     */
    public record Range(String type, String repo, List<Event> events) {
        public Range {
            events = List.copyOf(events == null ? List.of() : events);
        }
    }

    /**
     * One range event: {@code kind} is {@code introduced}, {@code fixed}, {@code last_affected} or
     * {@code limit}.
     */
    public record Event(String kind, String version) {}
}
