package dev.vigil.server.monitoring;

import dev.vigil.engine.advisory.AdvisoryStore;
import dev.vigil.engine.advisory.EpssScore;
import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.sbom.Sbom;
import dev.vigil.engine.sbom.SbomComponent;
import dev.vigil.engine.sbom.SbomReader;
import dev.vigil.engine.scan.ComponentCheck;
import dev.vigil.engine.scan.Scan;
import dev.vigil.engine.scan.VulnerabilityFinding;
import dev.vigil.engine.source.InputException;
import dev.vigil.engine.source.SourceResolver;
import dev.vigil.server.audit.Sha256;
import dev.vigil.server.cases.FeedCases;
import dev.vigil.server.cases.FeedMatch;
import dev.vigil.server.products.StoredReleases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The re-check after an import, run as a queued job once across instances. Only the distinct components that
 * carry one of the import's changed lookup keys are matched again (the engine's {@link ComponentCheck}, the
 * same keys the engine's portfolio indexes by); a KEV or EPSS change adds every component that has a match,
 * because it re-ranks without changing a record. Each result is compared with the baseline in the database:
 * new matches open draft cases on the releases that hold the component, changed ones are re-ranked, gone
 * ones dropped. Releases uploaded since the last run are indexed first, their matches taken as baseline (the
 * upload's own assessment reported them).
 */
@Service
class Recheck {

    private static final Logger LOG = LoggerFactory.getLogger(Recheck.class);

    private final MonitorStore store;
    private final FeedStore feeds;
    private final StoredReleases releases;
    private final FeedCases cases;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Recheck(
            MonitorStore store,
            FeedStore feeds,
            StoredReleases releases,
            FeedCases cases,
            TransactionTemplate transaction,
            Clock clock) {
        this.store = store;
        this.feeds = feeds;
        this.releases = releases;
        this.cases = cases;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** What one run did. */
    record Outcome(
            int releasesIndexed,
            int componentsChecked,
            int added,
            int changed,
            int removed,
            int cases,
            Duration elapsed) {}

    /** Indexes new releases, then re-checks what import {@code importId} touched (no import: indexing only). */
    synchronized Outcome run(Optional<Long> importId) {
        long started = System.nanoTime();
        return feeds.read(advisories -> {
            int indexed = indexNewReleases(advisories);
            if (importId.isEmpty()) {
                return new Outcome(indexed, 0, 0, 0, 0, 0, Duration.ofNanos(System.nanoTime() - started));
            }
            MonitorStore.FeedImport done = store.feedImport(importId.get()).orElseThrow();
            Outcome outcome;
            if (advisories.isEmpty()) {
                outcome = new Outcome(indexed, 0, 0, 0, 0, 0, Duration.ofNanos(System.nanoTime() - started));
            } else {
                Set<Long> touched = new TreeSet<>(store.componentsUnder(store.changedKeys(done.id())));
                if (done.kevChanges() > 0 || done.epssScores() > 0) {
                    touched.addAll(store.componentsWithMatches());
                }
                outcome = check(advisories.get(), List.copyOf(touched), true, indexed, started);
            }
            transaction.executeWithoutResult(s -> {
                store.deleteChangedKeys(done.id());
                store.recordRecheck(
                        done.id(),
                        clock.instant(),
                        outcome.componentsChecked(),
                        outcome.added(),
                        outcome.changed(),
                        outcome.removed(),
                        outcome.cases(),
                        outcome.elapsed().toMillis());
            });
            LOG.info("re-check after import {}: {}", done.id(), outcome);
            return outcome;
        });
    }

    /** Matches {@code ids} and applies the differences to the baseline; opens cases when {@code open}. */
    private Outcome check(AdvisoryStore advisories, List<Long> ids, boolean open, int indexed, long started) {
        ComponentCheck check = Scan.of(advisories).componentCheck();
        Instant now = clock.instant();
        int added = 0;
        int changed = 0;
        int removed = 0;
        long matching = 0;
        Map<Long, List<VulnerabilityFinding>> newMatches = new LinkedHashMap<>();
        for (List<Long> batch : MonitorStore.batches(ids)) {
            Map<Long, Map<String, MonitorStore.StoredMatch>> baseline = store.matches(batch);
            List<Runnable> writes = new ArrayList<>();
            List<MonitorStore.NewMatch> inserts = new ArrayList<>();
            for (MonitorStore.StoredComponent c : store.components(batch)) {
                Map<String, MonitorStore.StoredMatch> before = new HashMap<>(baseline.getOrDefault(c.id(), Map.of()));
                long t = System.nanoTime();
                List<VulnerabilityFinding> findings = check.findings(component(c), Optional.empty());
                matching += System.nanoTime() - t;
                for (VulnerabilityFinding f : findings) {
                    MonitorStore.StoredMatch now2 = match(f);
                    MonitorStore.StoredMatch was = before.remove(f.id());
                    if (was == null) {
                        inserts.add(new MonitorStore.NewMatch(c.id(), now2));
                        newMatches
                                .computeIfAbsent(c.id(), k -> new ArrayList<>())
                                .add(f);
                        added++;
                    } else if (!was.equals(now2)) {
                        writes.add(() -> store.updateMatch(c.id(), now2, now));
                        changed++;
                    }
                }
                for (String gone : before.keySet()) {
                    writes.add(() -> store.deleteMatch(c.id(), gone));
                    removed++;
                }
            }
            transaction.executeWithoutResult(s -> {
                store.insertMatches(inserts, now);
                writes.forEach(Runnable::run);
            });
        }
        long matched = System.nanoTime();
        int opened = open ? openCases(newMatches) : 0;
        if (open) {
            // Where a run's time goes, for the benchmark and for operators (matching and baseline vs cases).
            LOG.info(
                    "re-check of {} components: matching and baseline {} ms (the engine's matching {} ms), draft"
                            + " cases {} ms",
                    ids.size(),
                    Duration.ofNanos(matched - started).toMillis(),
                    Duration.ofNanos(matching).toMillis(),
                    Duration.ofNanos(System.nanoTime() - matched).toMillis());
        }
        return new Outcome(
                indexed, ids.size(), added, changed, removed, opened, Duration.ofNanos(System.nanoTime() - started));
    }

    /** One draft case per product and vulnerability, naming every release that holds an affected component. */
    private int openCases(Map<Long, List<VulnerabilityFinding>> newMatches) {
        Map<String, FeedMatch.Builder> byProductAndVulnerability = new LinkedHashMap<>();
        long t = System.nanoTime();
        Map<Long, List<MonitorStore.Holder>> holdersOf = store.holders(List.copyOf(newMatches.keySet()));
        LOG.info(
                "re-check: the releases holding {} newly matched components read in {} ms",
                newMatches.size(),
                Duration.ofNanos(System.nanoTime() - t).toMillis());
        newMatches.forEach((componentId, findings) -> {
            List<MonitorStore.Holder> holders = holdersOf.getOrDefault(componentId, List.of());
            for (VulnerabilityFinding f : findings) {
                for (MonitorStore.Holder h : holders) {
                    byProductAndVulnerability
                            .computeIfAbsent(h.product() + "\u0000" + f.id(), k -> FeedMatch.builder(h.product(), f))
                            .affects(componentId, h.releaseId(), h.version(), h.element(), f.componentLabel());
                }
            }
        });
        return cases.openAll(byProductAndVulnerability.values().stream()
                .map(FeedMatch.Builder::build)
                .toList());
    }

    // ---- indexing

    private int indexNewReleases(Optional<AdvisoryStore> advisories) {
        int indexed = 0;
        for (long releaseId : store.unindexedReleases()) {
            index(releaseId, advisories);
            indexed++;
        }
        return indexed;
    }

    private void index(long releaseId, Optional<AdvisoryStore> advisories) {
        Optional<StoredReleases.LoadedRelease> loaded = releases.load(releaseId);
        List<Long> fresh = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int count = 0;
        if (loaded.isPresent()) {
            SystemModel model = loaded.get().model();
            SourceResolver sources = loaded.get().sources();
            SbomReader reader = SbomReader.withDefaults();
            List<Runnable> writes = new ArrayList<>();
            for (Component element : model.components()) {
                if (element.sbom().isEmpty()) {
                    continue;
                }
                Path file =
                        SourceResolver.sibling(model.source(), element.sbom().get());
                Sbom sbom;
                try {
                    sbom = reader.read(file, sources);
                } catch (InputException e) {
                    LOG.warn("release {}: SBOM {} not indexed: {}", releaseId, file, e.getMessage());
                    continue;
                }
                for (SbomComponent c : sbom.components()) {
                    count++;
                    String fingerprint = fingerprint(c);
                    writes.add(() -> {
                        long id = store.componentByFingerprint(fingerprint).orElseGet(() -> {
                            long inserted = store.insertComponent(fingerprint, stored(c), ComponentCheck.lookupKeys(c));
                            fresh.add(inserted);
                            return inserted;
                        });
                        store.insertReleaseComponent(releaseId, element.id(), file.toString(), id);
                    });
                }
            }
            advisories.ifPresent(a -> missing.addAll(Scan.of(a)
                    .on(LocalDate.now(clock.withZone(ZoneOffset.UTC)))
                    .scanModel(model, sources)
                    .coverage()
                    .ecosystemsWithoutData()));
            int components = count;
            transaction.executeWithoutResult(s -> {
                writes.forEach(Runnable::run);
                store.insertMonitoredRelease(
                        releaseId,
                        clock.instant(),
                        components,
                        advisories.isEmpty() ? "no advisory store yet" : String.join(", ", missing));
            });
        } else {
            transaction.executeWithoutResult(
                    s -> store.insertMonitoredRelease(releaseId, clock.instant(), 0, "model not loadable"));
        }
        // Components first seen in this release: their matches are the baseline, no case opened.
        advisories.ifPresent(a -> check(a, fresh, false, 0, System.nanoTime()));
    }

    static MonitorStore.StoredMatch match(VulnerabilityFinding f) {
        return new MonitorStore.StoredMatch(
                f.id(),
                f.priority().score(),
                f.priority().band().name(),
                f.knownExploited().isPresent(),
                f.epss().map(EpssScore::epss).orElse(null));
    }

    /** What the matcher reads of a component, and nothing else: two SBOMs listing it identically share one row. */
    static String fingerprint(SbomComponent c) {
        StringBuilder canonical = new StringBuilder();
        for (String field :
                new String[] {c.type(), c.group(), c.name(), c.version(), c.purl(), c.cpe(), c.supplier(), c.author()
                }) {
            canonical.append(Objects.toString(field, "\u0001")).append('\u0000');
        }
        return Sha256.hex(canonical.toString());
    }

    private static MonitorStore.StoredComponent stored(SbomComponent c) {
        return new MonitorStore.StoredComponent(
                0,
                truncate(c.ref(), 500),
                c.type(),
                c.group(),
                c.name(),
                c.version(),
                c.purl(),
                c.cpe(),
                c.supplier(),
                c.author());
    }

    static SbomComponent component(MonitorStore.StoredComponent c) {
        return new SbomComponent(
                c.ref(),
                c.type(),
                c.group(),
                c.name(),
                c.version(),
                c.purl(),
                c.cpe(),
                c.supplier(),
                c.author(),
                List.of(),
                List.of(),
                null,
                null,
                null);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
