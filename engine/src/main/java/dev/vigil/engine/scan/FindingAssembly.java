package dev.vigil.engine.scan;

import dev.vigil.engine.advisory.Advisory;
import dev.vigil.engine.advisory.AdvisorySource;
import dev.vigil.engine.advisory.AffectedPackage;
import dev.vigil.engine.advisory.CsafVulnerability;
import dev.vigil.engine.advisory.EpssScore;
import dev.vigil.engine.advisory.KnownExploited;
import dev.vigil.engine.advisory.Severity;
import dev.vigil.engine.advisory.store.AdvisoryStore;
import dev.vigil.engine.cvss.Cvss;
import dev.vigil.engine.cvss.CvssScore;
import dev.vigil.engine.sbom.SbomComponent;
import dev.vigil.engine.vex.ComponentRef;
import dev.vigil.engine.vex.VexIndex;
import dev.vigil.engine.vex.VexStatement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the matches of one component into findings: records whose ids or aliases overlap join into one
 * vulnerability (so a GHSA record and the NVD record of the same CVE give one finding), which then gets
 * its CVSS, KEV, EPSS, priority and VEX statement.
 */
final class FindingAssembly {
    private final AdvisoryStore store;
    private final VexIndex vex;
    /** Scored vectors: feeds repeat a few thousand vectors across their records; null when invalid. */
    private final Map<String, Optional<CvssScore>> scores = new HashMap<>();

    FindingAssembly(AdvisoryStore store, VexIndex vex) {
        this.store = store;
        this.vex = vex;
    }

    private static final class Group {
        final Set<String> ids = new LinkedHashSet<>();
        final List<Match> matches = new ArrayList<>();
    }

    List<VulnerabilityFinding> assemble(
            SbomComponent component, Optional<Path> sbom, List<Match> matches, Optional<SystemContext> context) {
        List<VulnerabilityFinding> findings = new ArrayList<>();
        for (Group group : join(matches)) {
            TreeSet<String> sorted = new TreeSet<>(group.ids);
            String id = sorted.stream()
                    .filter(i -> i.startsWith("CVE-"))
                    .findFirst()
                    .orElse(sorted.first());
            List<String> aliases = sorted.stream().filter(i -> !i.equals(id)).toList();
            List<String> cves =
                    sorted.stream().filter(i -> i.startsWith("CVE-")).toList();
            Optional<CvssRating> cvss = cvss(group, cves);
            Optional<KnownExploited> kev = cves.stream()
                    .map(store::findKnownExploited)
                    .flatMap(Optional::stream)
                    .findFirst();
            Optional<EpssScore> epss = cves.stream()
                    .map(store::findEpss)
                    .flatMap(Optional::stream)
                    .max(Comparator.comparingDouble(EpssScore::epss));
            Priority priority = PriorityFormula.compute(cvss, kev, epss, context);
            Optional<VexStatement> statement = vexStatement(id, aliases, component);
            findings.add(new VulnerabilityFinding(
                    id, aliases, component, sbom, group.matches, cvss, kev, epss, context, priority, statement));
        }
        return findings;
    }

    /**
     * The statement about this vulnerability in this component: asked by purl first, then, when the
     * component has none (or an unreadable one) or nothing speaks of its purl, by name and version, which
     * is how CSAF products without identification helpers and hand-written statements name components.
     */
    private Optional<VexStatement> vexStatement(String id, List<String> aliases, SbomComponent component) {
        if (vex.size() == 0) {
            return Optional.empty();
        }
        Set<String> ids = new LinkedHashSet<>(aliases);
        if (component.purl() != null) {
            try {
                Optional<VexStatement> byPurl = vex.lookup(id, ids, ComponentRef.Purl.parse(component.purl()));
                if (byPurl.isPresent()) {
                    return byPurl;
                }
            } catch (IllegalArgumentException unreadablePurl) {
                // fall through to name@version
            }
        }
        if (component.name() == null || component.name().isBlank()) {
            return Optional.empty();
        }
        return vex.lookup(id, ids, ComponentRef.Named.of(component.name(), component.version()));
    }

    /** Joins matches whose id sets overlap, transitively. */
    static List<Group> join(List<Match> matches) {
        List<Group> groups = new ArrayList<>();
        for (Match match : matches) {
            Group target = null;
            for (int i = 0; i < groups.size(); i++) {
                Group g = groups.get(i);
                if (match.ids().stream().noneMatch(g.ids::contains)) {
                    continue;
                }
                if (target == null) {
                    target = g;
                } else {
                    target.ids.addAll(g.ids);
                    target.matches.addAll(g.matches);
                    groups.remove(i--);
                }
            }
            if (target == null) {
                target = new Group();
                groups.add(target);
            }
            target.ids.addAll(match.ids());
            target.matches.add(match);
        }
        return groups;
    }

    /**
     * The worst CVSS v3/v4 score stated by the matched records; when none states one, the other records
     * of the same CVEs in the store (an OSV record without severity, the NVD record with one).
     */
    private Optional<CvssRating> cvss(Group group, List<String> cves) {
        List<String> vectors = new ArrayList<>();
        for (Match match : group.matches) {
            vectors.addAll(vectorsOf(match.record(), group.ids));
        }
        if (vectors.isEmpty()) {
            for (String cve : cves) {
                for (Advisory other : store.findById(cve)) {
                    if (!other.isWithdrawn()) {
                        vectors.addAll(vectorsOf(other, Set.of(cve)));
                    }
                }
            }
        }
        CvssScore worst = null;
        for (String vector : vectors) {
            Optional<CvssScore> score = scores.computeIfAbsent(vector, FindingAssembly::score);
            if (score.isPresent() && (worst == null || score.get().baseScore() > worst.baseScore())) {
                worst = score.get();
            }
        }
        return Optional.ofNullable(worst)
                .map(s -> new CvssRating(
                        s.vector(), s.baseScore(), s.baseSeverity().label()));
    }

    private static Optional<CvssScore> score(String vector) {
        try {
            return Optional.of(Cvss.score(vector));
        } catch (RuntimeException e) {
            return Optional.empty(); // a vector the calculator refuses says nothing reliable; others still count
        }
    }

    private static List<String> vectorsOf(Advisory record, Set<String> ids) {
        List<String> vectors = new ArrayList<>();
        // A CSAF document's own severities may belong to any of its CVEs; only per-vulnerability scores count.
        List<Severity> severities =
                new ArrayList<>(record.source() == AdvisorySource.CSAF ? List.of() : record.severities());
        if (record.source() == AdvisorySource.OSV) {
            record.affected().stream().map(AffectedPackage::severities).forEach(severities::addAll);
        }
        if (record.source() == AdvisorySource.CSAF) {
            for (CsafVulnerability v : record.csafVulnerabilities()) {
                if (v.cve() != null && ids.contains(v.cve())) {
                    v.scores().forEach(s -> severities.add(s.severity()));
                }
            }
        }
        for (Severity s : severities) {
            if (s != null
                    && s.vector() != null
                    && (s.vector().startsWith("CVSS:3") || s.vector().startsWith("CVSS:4"))) {
                vectors.add(s.vector());
            }
        }
        return vectors;
    }
}
