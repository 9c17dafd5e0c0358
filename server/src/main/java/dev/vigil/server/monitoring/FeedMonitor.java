package dev.vigil.server.monitoring;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import dev.vigil.engine.advisory.store.ImportSummary;
import dev.vigil.engine.advisory.store.StoreStats;
import dev.vigil.server.api.ApiProblem;
import dev.vigil.server.audit.AuditTrail;
import dev.vigil.server.security.Access;
import dev.vigil.server.security.Account;
import dev.vigil.server.security.Permission;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where the monitor reads feeds from, and the imports: on demand by an administrator or by the schedule. An
 * import writes the instance's store, records what it did, and queues the re-check of what it touched.
 */
@Service
class FeedMonitor {

    private final MonitorStore store;
    private final FeedStore feeds;
    private final Access access;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final SchedulerClient jobs;
    private final OneTimeTask<MonitoringJobs.RecheckRequest> recheckTask;
    private final Recheck recheck;
    private final Clock clock;

    FeedMonitor(
            MonitorStore store,
            FeedStore feeds,
            Access access,
            AuditTrail audit,
            TransactionTemplate transaction,
            SchedulerClient jobs,
            OneTimeTask<MonitoringJobs.RecheckRequest> recheckTask,
            Recheck recheck,
            Clock clock) {
        this.store = store;
        this.feeds = feeds;
        this.access = access;
        this.audit = audit;
        this.transaction = transaction;
        this.jobs = jobs;
        this.recheckTask = recheckTask;
        this.recheck = recheck;
        this.clock = clock;
    }

    /** Freshness and what the store holds: for the page and the API. */
    record Status(
            Optional<MonitorStore.Setting> setting,
            Map<String, Instant> lastImportBySource,
            Optional<StoreStats> stats,
            long releasesIndexed,
            long distinctComponents,
            List<MonitorStore.FeedImport> imports) {}

    Status status() {
        access.current(); // freshness names no device: any signed-in user may see it
        Optional<StoreStats> stats = feeds.read(s -> s.map(a -> a.stats()));
        return new Status(
                store.setting(),
                store.freshness(),
                stats,
                store.indexedReleases(),
                store.distinctComponents(),
                store.imports(20));
    }

    MonitorStore.Setting pointAt(String folder) {
        Account me = access.requireEverywhere(Permission.MANAGE_FEEDS);
        if (folder == null || folder.isBlank()) {
            throw ApiProblem.badRequest("give the folder of the offline feed mirrors");
        }
        Path path = Path.of(folder.strip());
        if (!path.isAbsolute() || !Files.isDirectory(path)) {
            throw ApiProblem.badRequest("folder " + folder.strip() + " is not an absolute path to a directory");
        }
        MonitorStore.Setting setting = new MonitorStore.Setting(path.toString(), me.username(), now());
        transaction.executeWithoutResult(s -> {
            store.saveSetting(setting);
            audit.record(me.username(), "feeds.folder", Optional.empty(), "feed folder", path.toString());
        });
        return setting;
    }

    /** An import now, by the signed-in administrator. */
    MonitorStore.FeedImport importNow() {
        Account me = access.requireEverywhere(Permission.MANAGE_FEEDS);
        return importAs(me.username())
                .orElseThrow(() -> ApiProblem.badRequest("no feed folder set: point the monitor at one first"));
    }

    /** The scheduled import; nothing when no folder is set. */
    Optional<MonitorStore.FeedImport> importAs(String actor) {
        Optional<MonitorStore.Setting> setting = store.setting();
        if (setting.isEmpty()) {
            return Optional.empty();
        }
        Path folder = Path.of(setting.get().folder());
        // Releases uploaded since the last run take their baseline from the store as it was before this
        // import, as their upload's assessment did; what the import adds is then new to them too.
        recheck.run(Optional.empty());
        Instant started = now();
        ImportSummary summary;
        String failure = null;
        try {
            summary = feeds.importFrom(folder);
        } catch (IOException | RuntimeException e) {
            summary = null;
            failure = "import failed: " + e.getMessage();
        }
        MonitorStore.FeedImport row = row(folder, actor, started, summary, failure);
        ImportSummary done = summary;
        long id = transaction.execute(s -> {
            long importId = store.insertImport(row);
            if (done != null) {
                store.insertChangedKeys(importId, done.changedKeys());
            }
            audit.record(actor, "feeds.imported", Optional.empty(), "feed import " + importId, row.summary());
            // Joins the transaction: the re-check is queued with the keys it needs, or neither is stored.
            jobs.scheduleIfNotExists(
                    recheckTask.instance("import-" + importId, new MonitoringJobs.RecheckRequest(importId)), now());
            return importId;
        });
        return store.feedImport(id);
    }

    private MonitorStore.FeedImport row(
            Path folder, String actor, Instant started, ImportSummary summary, String failure) {
        if (summary == null) {
            return new MonitorStore.FeedImport(
                    0, folder.toString(), actor, started, now(), false, 0, 0, 0, 0, 0, 0, failure, Optional.empty());
        }
        boolean epssStored =
                summary.epssOutcome() != null && summary.epssOutcome().startsWith("stored");
        String text = summary.read() + " records read: " + summary.imported() + " new, " + summary.replaced()
                + " changed, " + summary.unchanged() + " unchanged, " + summary.outdated() + " outdated, "
                + summary.malformed() + " malformed; KEV " + summary.kevAdded() + " added, " + summary.kevUpdated()
                + " updated" + (summary.epssOutcome() == null ? "" : "; EPSS " + summary.epssOutcome())
                + (summary.failedFiles().isEmpty()
                        ? ""
                        : "; FAILED files: "
                                + summary.failedFiles().stream()
                                        .map(f -> f.where() + ": " + f.reason())
                                        .limit(5)
                                        .toList());
        return new MonitorStore.FeedImport(
                0,
                folder.toString(),
                actor,
                started,
                now(),
                summary.failedFiles().isEmpty(),
                bySource(summary, "OSV"),
                bySource(summary, "NVD"),
                bySource(summary, "CSAF"),
                summary.kevAdded() + summary.kevUpdated(),
                epssStored ? summary.epssRead() : 0,
                summary.changedKeys().size(),
                text,
                Optional.empty());
    }

    private static long bySource(ImportSummary summary, String source) {
        String prefix = source.toUpperCase(Locale.ROOT) + "/";
        return summary.changedRecords().stream()
                .filter(k -> k.startsWith(prefix))
                .count();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
