package dev.vigil.engine.scan;

import dev.vigil.engine.advisory.Advisory;
import dev.vigil.engine.advisory.AdvisorySource;
import dev.vigil.engine.advisory.CpeConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Matches a component that has a CPE but no usable purl against NVD records. A vulnerable criterion
 * with the same part, vendor and product matches only when the component's version equals the
 * criterion's own version, or, for a criterion with version ANY, lies within its stated bounds; a
 * criterion with neither says nothing about versions and does not match (a guess would flood users
 * with false positives). Platform criteria of AND configurations ("running on") cannot be checked from
 * an SBOM and are named in the evidence instead.
 */
final class CpeMatcher {

    List<Match> match(CpeName component, String version, List<Advisory> candidates) {
        List<Match> matches = new ArrayList<>();
        for (Advisory record : candidates) {
            if (record.source() != AdvisorySource.NVD || record.isWithdrawn()) {
                continue;
            }
            find(record, component, version).ifPresent(matches::add);
        }
        return matches;
    }

    private static Optional<Match> find(Advisory record, CpeName component, String version) {
        for (CpeConfiguration configuration : record.cpeConfigurations()) {
            if (configuration.negate()) {
                continue;
            }
            for (CpeConfiguration.Node node : configuration.nodes()) {
                if (node.negate()) {
                    continue;
                }
                for (CpeConfiguration.Criterion criterion : node.matches()) {
                    if (!criterion.vulnerable()) {
                        continue;
                    }
                    Optional<String> how = matches(criterion, component, version);
                    if (how.isPresent()) {
                        String platform = "AND".equalsIgnoreCase(configuration.operator())
                                ? " (the record requires a platform too, not checked)"
                                : "";
                        return Optional.of(
                                new Match(record, MatchRule.CPE_BOUNDS, how.get() + platform, Match.idsOf(record)));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The evidence text when the criterion covers the component, else empty. */
    static Optional<String> matches(CpeConfiguration.Criterion criterion, CpeName component, String version) {
        Optional<CpeName> parsed = CpeName.parse(criterion.criteria());
        if (parsed.isEmpty() || version == null) {
            return Optional.empty();
        }
        CpeName c = parsed.get();
        if (!c.vendor().equals(component.vendor()) || !c.product().equals(component.product())) {
            return Optional.empty();
        }
        if (CpeName.specific(c.part())
                && CpeName.specific(component.part())
                && !c.part().equals(component.part())) {
            return Optional.empty();
        }
        if (CpeName.specific(c.update())
                && CpeName.specific(component.update())
                && !c.update().equals(component.update())) {
            return Optional.empty();
        }
        if (CpeName.specific(c.version())) {
            return LooseVersion.compare(c.version(), version) == 0
                    ? Optional.of(criterion.criteria() + " (exact version)")
                    : Optional.empty();
        }
        if (!c.version().equals("*")) {
            return Optional.empty();
        }
        StringBuilder bounds = new StringBuilder();
        if (!within(criterion, version, bounds)) {
            return Optional.empty();
        }
        return bounds.length() == 0
                ? Optional.empty()
                : Optional.of(criterion.criteria() + " " + bounds.toString().trim());
    }

    private static boolean within(CpeConfiguration.Criterion c, String version, StringBuilder bounds) {
        if (c.versionStartIncluding() != null) {
            bounds.append(" versionStartIncluding=").append(c.versionStartIncluding());
            if (LooseVersion.compare(version, c.versionStartIncluding()) < 0) {
                return false;
            }
        }
        if (c.versionStartExcluding() != null) {
            bounds.append(" versionStartExcluding=").append(c.versionStartExcluding());
            if (LooseVersion.compare(version, c.versionStartExcluding()) <= 0) {
                return false;
            }
        }
        if (c.versionEndIncluding() != null) {
            bounds.append(" versionEndIncluding=").append(c.versionEndIncluding());
            if (LooseVersion.compare(version, c.versionEndIncluding()) > 0) {
                return false;
            }
        }
        if (c.versionEndExcluding() != null) {
            bounds.append(" versionEndExcluding=").append(c.versionEndExcluding());
            if (LooseVersion.compare(version, c.versionEndExcluding()) >= 0) {
                return false;
            }
        }
        return true;
    }
}
