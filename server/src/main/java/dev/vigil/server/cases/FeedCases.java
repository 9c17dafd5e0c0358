package dev.vigil.server.cases;

import dev.vigil.server.audit.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Draft cases the monitor opens for new matches (source {@code feed}), as the system rather than a user: one
 * per product and vulnerability while it is not closed; a later match on more releases joins the open case.
 * The draft names the newest affected release (its model decides the risk), the model elements whose SBOMs
 * hold the component, the advisory's CVSS v3 vector when it has one and KEV's known exploitation.
 */
@Service
public class FeedCases {

    private static final Logger LOG = LoggerFactory.getLogger(FeedCases.class);

    private final CaseStore store;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    FeedCases(CaseStore store, AuditTrail audit, TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Opens a draft case for {@code match}, or adds its releases to the open case; true when a case was opened. */
    public boolean open(FeedMatch match) {
        return openAll(List.of(match)) > 0;
    }

    /**
     * Opens a draft case for each match, or adds its releases to the open case about the same product and
     * vulnerability; returns how many cases were opened. One transaction and a few batched statements for the
     * lot (an import can touch thousands of product and vulnerability pairs); every case opened or joined still
     * gets its own audit entry.
     */
    public int openAll(List<FeedMatch> matches) {
        if (matches.isEmpty()) {
            return 0;
        }
        return Objects.requireNonNull(transaction.execute(s -> openAllInTransaction(matches)));
    }

    private int openAllInTransaction(List<FeedMatch> matches) {
        Map<String, CaseStore.OpenCase> open = store.openFeedSubjects();
        Set<String> taken = store.caseIds("feed-");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<AuditTrail.Change> changes = new ArrayList<>();
        List<CaseStore.StoredCase> fresh = new ArrayList<>();
        Map<String, FeedMatch> freshMatches = new LinkedHashMap<>();
        for (FeedMatch match : matches) {
            CaseStore.OpenCase existing = open.get(match.product() + "\u0000" + match.vulnerability());
            if (existing != null) {
                int added = store.insertReleases(existing.ref(), match.affected());
                if (added > 0) {
                    changes.add(new AuditTrail.Change(
                            "monitor",
                            "case.feed-match",
                            Optional.of(match.product()),
                            "case " + match.product() + " " + existing.caseId(),
                            added + " more affected release components for " + match.vulnerability()));
                }
                continue;
            }
            CaseStore.StoredCase draft = draft(match, caseId(match, taken), now);
            open.put(match.product() + "\u0000" + match.vulnerability(), new CaseStore.OpenCase(0, draft.caseId()));
            fresh.add(draft);
            freshMatches.put(match.product() + "\u0000" + draft.caseId(), match);
        }
        long t0 = System.nanoTime();
        Map<String, Long> refs = store.insertAll(fresh, "monitor", now);
        long t1 = System.nanoTime();
        List<CaseStore.CaseComponent> rows = new ArrayList<>();
        freshMatches.forEach((key, match) -> {
            long ref = refs.get(key);
            match.components()
                    .forEach((id, label) -> rows.add(new CaseStore.CaseComponent(ref, match.product(), id, label)));
            String caseId = key.substring(key.indexOf('\u0000') + 1);
            Set<String> versions = new LinkedHashSet<>();
            match.affected().forEach(a -> versions.add(a.version()));
            changes.add(new AuditTrail.Change(
                    "monitor",
                    "case.opened",
                    Optional.of(match.product()),
                    "case " + match.product() + " " + caseId,
                    "draft from feed match " + match.vulnerability() + " on releases " + String.join(", ", versions)));
            LOG.debug("draft case {} of {} for {}", caseId, match.product(), match.vulnerability());
        });
        long t2 = System.nanoTime();
        int releaseRows = store.insertReleasesHolding(rows);
        long t3 = System.nanoTime();
        audit.recordAll(changes);
        if (!fresh.isEmpty()) {
            LOG.info(
                    "{} draft cases opened from {} feed matches: cases stored in {} ms, their {} release rows in {} ms,"
                            + " {} audit entries in {} ms",
                    fresh.size(),
                    matches.size(),
                    (t1 - t0) / 1_000_000,
                    releaseRows,
                    (t3 - t2) / 1_000_000,
                    changes.size(),
                    (System.nanoTime() - t3) / 1_000_000);
        }
        return fresh.size();
    }

    /** The draft case of a new match: the newest affected release decides the risk. */
    private CaseStore.StoredCase draft(FeedMatch match, String caseId, Instant now) {
        FeedMatch.Affected newest = match.affected().stream()
                .max(Comparator.comparingLong(FeedMatch.Affected::releaseId))
                .orElseThrow();
        Set<String> elements = new LinkedHashSet<>();
        match.affected().stream()
                .filter(a -> a.releaseId() == newest.releaseId())
                .forEach(a -> elements.add(a.element()));
        Set<String> versions = new LinkedHashSet<>();
        match.affected().forEach(a -> versions.add(a.version()));
        String localId = "V-" + match.vulnerability().replaceAll("[^A-Za-z0-9._-]", "-");
        String title = match.summary().length() > 200 ? match.summary().substring(0, 197) + "..." : match.summary();
        String text = CaseYaml.draft(
                caseId,
                match.vulnerability() + ": " + title,
                match.product(),
                today(),
                "feed",
                List.of(new CaseYaml.NewVulnerability(
                        localId,
                        match.cve(),
                        Optional.empty(),
                        title,
                        Optional.of("Matched by the monitor on "
                                + String.join(
                                        ", ",
                                        match.affected().stream()
                                                .map(FeedMatch.Affected::component)
                                                .distinct()
                                                .toList())),
                        List.copyOf(elements),
                        match.cvssVector(),
                        "vers:generic/" + String.join("|", versions),
                        Optional.empty(),
                        match.knownExploited())));
        return new CaseStore.StoredCase(
                0,
                match.product(),
                caseId,
                match.vulnerability() + ": " + title,
                "feed",
                "new",
                true,
                Optional.empty(),
                Optional.of(match.vulnerability()),
                Optional.of(newest.releaseId()),
                text,
                "monitor",
                now,
                now);
    }

    /** {@code feed-<vulnerability>}, numbered when a closed case holds that id already. */
    private static String caseId(FeedMatch match, Set<String> taken) {
        String base = "feed-" + match.vulnerability().replaceAll("[^A-Za-z0-9._-]", "-");
        base = base.length() > 90 ? base.substring(0, 90) : base;
        String id = base;
        for (int n = 2; !taken.add(match.product() + "\u0000" + id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
