package dev.vigil.engine.portfolio;

import dev.vigil.engine.advisory.store.AdvisoryStore;
import dev.vigil.engine.sbom.Sbom;
import dev.vigil.engine.sbom.SbomComponent;
import dev.vigil.engine.scan.ComponentCheck;
import dev.vigil.engine.scan.Scan;
import dev.vigil.engine.scan.VulnerabilityFinding;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Many SBOMs, each component kept as one (SBOM, component) pair, with an inverted index from the store
 * lookup keys a scan would search for a component ({@link ComponentCheck#lookupKeys}) to the pairs that
 * carry them, and the findings each pair had at its last check.
 *
 * <pre>{@code
 * Portfolio portfolio = new Portfolio();
 * portfolio.add("pump-fw-2.1", sbom);
 * portfolio.checkAll(store);                                  // baseline
 * ImportSummary summary = AdvisoryStore.importFrom(dir, feeds);
 * PortfolioCheck changed = portfolio.recheck(reopened, summary.changedKeys());
 * }</pre>
 *
 * A record can only change a component's findings if it carries one of the keys the component is looked
 * up by, so re-checking the pairs under an import's changed keys gives the same findings as scanning
 * everything again. KEV and EPSS updates change priorities without changing any record; after one, run
 * {@link #checkAll}. Mutable and not safe for concurrent use.
 */
public final class Portfolio {
    private static final int[] NO_PAIRS = new int[0];

    private final Map<String, Integer> sbomByName = new LinkedHashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<Optional<Path>> files = new ArrayList<>();
    /** Pair id = position; the SBOM of each pair in {@link #sbomOf}. */
    private final List<SbomComponent> components = new ArrayList<>();

    private int[] sbomOf = new int[1024];
    /** Lookup key → pair ids in ascending order (pairs are only ever appended). */
    private final Map<String, int[]> pairsByKey = new HashMap<>();

    private final Map<String, Integer> pairsUnderKey = new HashMap<>();
    /** Findings at the last check, only for pairs that had any. */
    private final Map<Integer, List<VulnerabilityFinding>> findings = new HashMap<>();

    /** Adds an SBOM under a unique name; its components are unchecked until the next check. */
    public void add(String name, Sbom sbom) {
        add(name, Optional.empty(), sbom);
    }

    /** Adds an SBOM read from {@code file}, named by its path; findings name the file. */
    public void add(Path file, Sbom sbom) {
        add(file.toString(), Optional.of(file), sbom);
    }

    private void add(String name, Optional<Path> file, Sbom sbom) {
        Objects.requireNonNull(sbom, "sbom == null");
        if (sbomByName.putIfAbsent(Objects.requireNonNull(name, "name == null"), names.size()) != null) {
            throw new IllegalArgumentException("the portfolio already holds an SBOM named " + name);
        }
        int sbomId = names.size();
        names.add(name);
        files.add(file);
        for (SbomComponent component : sbom.components()) {
            int pair = components.size();
            components.add(component);
            if (pair == sbomOf.length) {
                sbomOf = Arrays.copyOf(sbomOf, pair * 2);
            }
            sbomOf[pair] = sbomId;
            for (String key : ComponentCheck.lookupKeys(component)) {
                index(key, pair);
            }
        }
    }

    /** Appends {@code pair} to the key's postings, growing the array by half when full. */
    private void index(String key, int pair) {
        int count = pairsUnderKey.getOrDefault(key, 0);
        int[] pairs = pairsByKey.getOrDefault(key, NO_PAIRS);
        if (count > 0 && pairs[count - 1] == pair) {
            return; // a component looked up twice under one key (Debian binary = source name)
        }
        if (count == pairs.length) {
            pairs = Arrays.copyOf(pairs, Math.max(2, count + (count >> 1) + 1));
            pairsByKey.put(key, pairs);
        }
        pairs[count] = pair;
        pairsUnderKey.put(key, count + 1);
    }

    public int sbomCount() {
        return names.size();
    }

    /** (SBOM, component) pairs: every component of every SBOM, duplicates across SBOMs included. */
    public int pairCount() {
        return components.size();
    }

    /** How many pairs carry a lookup key such as {@code pkg:PyPI:requests}. */
    public int pairsCarrying(String key) {
        return pairsUnderKey.getOrDefault(key, 0);
    }

    /** The findings of each SBOM as of the last check, most urgent first; SBOMs without any omitted. */
    public Map<String, List<VulnerabilityFinding>> findings() {
        Map<String, List<VulnerabilityFinding>> bySbom = new LinkedHashMap<>();
        findings.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> bySbom.computeIfAbsent(
                        names.get(sbomOf[entry.getKey()]), n -> new ArrayList<>())
                .addAll(entry.getValue()));
        bySbom.replaceAll((name, list) -> List.copyOf(list));
        return bySbom;
    }

    /** Checks every pair: the first check sets the baseline (all findings come back as added). */
    public PortfolioCheck checkAll(AdvisoryStore store) {
        int[] all = new int[components.size()];
        Arrays.setAll(all, i -> i);
        return check(store, all);
    }

    /**
     * Re-checks only the pairs that carry one of {@code changedKeys} (an import's
     * {@code ImportSummary.changedKeys()}); keys no component is looked up by are ignored.
     */
    public PortfolioCheck recheck(AdvisoryStore store, Collection<String> changedKeys) {
        int[] marked = new int[0];
        int count = 0;
        for (String key : changedKeys) {
            int[] pairs = pairsByKey.get(key);
            if (pairs == null) {
                continue;
            }
            int carrying = pairsUnderKey.get(key);
            if (count + carrying > marked.length) {
                marked = Arrays.copyOf(marked, Math.max(count + carrying, marked.length * 2));
            }
            System.arraycopy(pairs, 0, marked, count, carrying);
            count += carrying;
        }
        // Sorted and unique, so a pair under two changed keys is matched once and in portfolio order.
        int[] pairs = Arrays.stream(marked, 0, count).sorted().distinct().toArray();
        return check(store, pairs);
    }

    private PortfolioCheck check(AdvisoryStore store, int[] pairs) {
        long started = System.nanoTime();
        ComponentCheck check = Scan.of(store).componentCheck();
        List<FindingChange> changes = new ArrayList<>();
        for (int pair : pairs) {
            int sbom = sbomOf[pair];
            List<VulnerabilityFinding> now = check.findings(components.get(pair), files.get(sbom));
            List<VulnerabilityFinding> before = now.isEmpty() ? findings.remove(pair) : findings.put(pair, now);
            diff(names.get(sbom), before == null ? List.of() : before, now, changes);
        }
        changes.sort(Comparator.comparing(FindingChange::sbom)
                .thenComparing(FindingChange::id)
                .thenComparing(FindingChange::component));
        return new PortfolioCheck(pairs.length, changes, Duration.ofNanos(System.nanoTime() - started));
    }

    /** One component's findings before and now, paired by vulnerability id. */
    private static void diff(
            String sbom, List<VulnerabilityFinding> before, List<VulnerabilityFinding> now, List<FindingChange> out) {
        if (before.isEmpty() && now.isEmpty()) {
            return;
        }
        Map<String, VulnerabilityFinding> old = new LinkedHashMap<>();
        before.forEach(finding -> old.put(finding.id(), finding));
        for (VulnerabilityFinding finding : now) {
            VulnerabilityFinding previous = old.remove(finding.id());
            if (previous == null) {
                out.add(new FindingChange(FindingChange.Kind.ADDED, sbom, Optional.empty(), Optional.of(finding)));
            } else if (!previous.equals(finding)) {
                out.add(new FindingChange(
                        FindingChange.Kind.CHANGED, sbom, Optional.of(previous), Optional.of(finding)));
            }
        }
        old.values()
                .forEach(gone -> out.add(
                        new FindingChange(FindingChange.Kind.REMOVED, sbom, Optional.of(gone), Optional.empty())));
    }
}
