package dev.vigil.server.cases;

import dev.vigil.server.audit.AuditTrail;
import dev.vigil.server.products.StoredReleases;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
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
    private final StoredReleases releases;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    FeedCases(
            CaseStore store, StoredReleases releases, AuditTrail audit, TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.releases = releases;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Opens a draft case for {@code match}, or adds its releases to the open case; true when a case was opened. */
    public boolean open(FeedMatch match) {
        return Boolean.TRUE.equals(transaction.execute(s -> openInTransaction(match)));
    }

    private boolean openInTransaction(FeedMatch match) {
        Optional<CaseStore.StoredCase> existing = store.openAbout(match.product(), match.vulnerability());
        if (existing.isPresent()) {
            long ref = existing.get().ref();
            int added = store.insertReleases(ref, match.affected());
            if (added > 0) {
                audit.record(
                        "monitor",
                        "case.feed-match",
                        Optional.of(match.product()),
                        "case " + match.product() + " " + existing.get().caseId(),
                        added + " more affected release components for " + match.vulnerability());
            }
            return false;
        }
        FeedMatch.Affected newest = match.affected().stream()
                .max(Comparator.comparingLong(FeedMatch.Affected::releaseId))
                .orElseThrow();
        Set<String> elements = new LinkedHashSet<>();
        match.affected().stream()
                .filter(a -> a.releaseId() == newest.releaseId())
                .forEach(a -> elements.add(a.element()));
        Set<String> versions = new LinkedHashSet<>();
        match.affected().forEach(a -> versions.add(a.version()));
        String caseId = caseId(match);
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
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long ref = store.insert(new CaseStore.StoredCase(
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
                now));
        store.insertReleases(ref, match.affected());
        audit.record(
                "monitor",
                "case.opened",
                Optional.of(match.product()),
                "case " + match.product() + " " + caseId,
                "draft from feed match " + match.vulnerability() + " on releases " + String.join(", ", versions));
        LOG.info("draft case {} of {} for {}", caseId, match.product(), match.vulnerability());
        return true;
    }

    /** {@code feed-<vulnerability>}, numbered when a closed case holds that id already. */
    private String caseId(FeedMatch match) {
        String base = "feed-" + match.vulnerability().replaceAll("[^A-Za-z0-9._-]", "-");
        base = base.length() > 90 ? base.substring(0, 90) : base;
        String id = base;
        for (int n = 2; store.find(match.product(), id).isPresent(); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
