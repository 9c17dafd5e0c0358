package dev.vigil.server.products;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import dev.vigil.engine.model.Tracking;
import dev.vigil.engine.report.ReportDocument;
import dev.vigil.server.api.ApiProblem;
import dev.vigil.server.audit.AuditTrail;
import dev.vigil.server.security.Access;
import dev.vigil.server.security.Account;
import dev.vigil.server.security.Credentials;
import dev.vigil.server.security.Permission;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Products and their releases: what the API and the pages both call. Every method checks the caller's
 * grant on the product first, and every change lands in the audit trail in the same transaction.
 */
@Service
class Releases {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
    static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+~-]{0,99}");
    static final Set<String> MEANINGS = Set.of("review", "approval", "responsibility", "authorship");

    private final ReleaseStore store;
    private final ReleaseSummaries summaries;
    private final ModelAssessment engine;
    private final ReportRendering reports;
    private final Access access;
    private final Credentials credentials;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final SchedulerClient jobs;
    private final OneTimeTask<Long> renderTask;
    private final Clock clock;

    Releases(
            ReleaseStore store,
            ReleaseSummaries summaries,
            ModelAssessment engine,
            ReportRendering reports,
            Access access,
            Credentials credentials,
            AuditTrail audit,
            TransactionTemplate transaction,
            SchedulerClient jobs,
            OneTimeTask<Long> renderTask,
            Clock clock) {
        this.store = store;
        this.summaries = summaries;
        this.engine = engine;
        this.reports = reports;
        this.access = access;
        this.credentials = credentials;
        this.audit = audit;
        this.transaction = transaction;
        this.jobs = jobs;
        this.renderTask = renderTask;
        this.clock = clock;
    }

    // ---- products

    ReleaseStore.Product createProduct(String id, String name) {
        Account me = access.requireEverywhere(Permission.CREATE_PRODUCT);
        if (id == null || !ID.matcher(id).matches()) {
            throw ApiProblem.badRequest(
                    "product id must be 1 to 100 lower-case letters, digits or . _ - (as system.id)");
        }
        String title = name == null || name.isBlank() ? id : name.strip();
        if (title.length() > 200) {
            throw ApiProblem.badRequest("product name must have at most 200 characters");
        }
        ReleaseStore.Product product = new ReleaseStore.Product(id, title, me.username(), now());
        try {
            transaction.executeWithoutResult(s -> {
                store.insertProduct(product);
                audit.record(me.username(), "product.created", Optional.of(id), "product " + id, "name: " + title);
            });
        } catch (DuplicateKeyException e) {
            throw new ApiProblem(HttpStatus.CONFLICT, "Conflict", "product " + id + " exists already");
        }
        return product;
    }

    /** The products the caller may read. */
    List<ReleaseStore.Product> products() {
        Account me = access.current();
        return store.products().stream()
                .filter(p -> access.may(me, Permission.READ, p.id()))
                .toList();
    }

    ReleaseStore.Product product(String id) {
        access.require(Permission.READ, id);
        return store.product(id).orElseThrow(() -> ApiProblem.notFound("product " + id));
    }

    List<ReleaseStore.Release> releases(String product) {
        product(product);
        return store.releases(product);
    }

    // ---- releases

    /**
     * Stores a new release after assessing it. Nothing is overwritten: a version that exists is refused (409),
     * a model that does not load is refused (422) and nothing is stored.
     */
    ReleaseStore.Release upload(String productId, String version, String modelName, Map<String, String> files) {
        Account me = access.require(Permission.UPLOAD, productId);
        store.product(productId).orElseThrow(() -> ApiProblem.notFound("product " + productId));
        if (version == null || !VERSION.matcher(version).matches()) {
            throw ApiProblem.badRequest(
                    "version must be 1 to 100 letters, digits or . _ + ~ - (got '" + version + "')");
        }
        if (store.releaseExists(productId, version)) {
            throw conflict(productId, version);
        }
        ModelAssessment.Assessed assessed =
                engine.assess(modelName, files, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        if (!assessed.systemId().equals(productId)) {
            throw new ApiProblem(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "Model of another product",
                    "the model's system.id is '" + assessed.systemId() + "', not the product id '" + productId + "'");
        }
        ReleaseStore.Release release = new ReleaseStore.Release(
                0,
                productId,
                version,
                assessed.kind(),
                modelName,
                contentHash(files),
                me.username(),
                now(),
                assessed.reportJson());
        try {
            long id = transaction.execute(s -> {
                long newId = store.insertRelease(release, files);
                store.insertSupportEnds(newId, assessed.supportEnds());
                // The engine's document, not its JSON parsed back: the upload parses no report.
                int carried = carryDecisions(
                        productId,
                        newId,
                        assessed.report().findings().stream()
                                .map(ReportDocument.FindingEntry::id)
                                .toList());
                summaries.insert(
                        newId, ReleaseSummary.of(assessed.report(), store.decisions(newId), assessed.supportEnds()));
                // Joins this transaction (the scheduler's data source is transaction-aware): no release
                // without its job, no job without its release.
                jobs.scheduleIfNotExists(renderTask.instance("release-" + newId, newId), now());
                reports.handOver(newId, assessed.result()); // the job draws the diagrams, assesses nothing again
                // Last: the audit head stays locked until the commit, and every upload and decision waits
                // for it (under load the lock timeout of H2 was reached with the job inserted after it).
                audit.record(
                        me.username(),
                        "release.uploaded",
                        Optional.of(productId),
                        "release " + productId + " " + version,
                        "model " + modelName + ", " + (files.size() - 1) + " files, content " + release.contentHash()
                                + ", " + carried + " decisions carried forward");
                return newId;
            });
            return store.release(id).orElseThrow();
        } catch (DuplicateKeyException e) {
            throw conflict(productId, version); // uploaded meanwhile through another request
        }
    }

    ReleaseStore.Release release(String product, String version) {
        product(product);
        return store.release(product, version)
                .orElseThrow(() -> ApiProblem.notFound("release " + version + " of product " + product));
    }

    Map<String, ReleaseStore.Decision> decisions(ReleaseStore.Release release) {
        return store.decisions(release.id());
    }

    List<ReleaseStore.Approval> approvals(ReleaseStore.Release release) {
        return store.approvals(release.id());
    }

    List<String> fileNames(ReleaseStore.Release release) {
        return store.fileNames(release.id());
    }

    String reportHtml(ReleaseStore.Release release) {
        return reports.render(release.id());
    }

    ReleaseStore.Decision decide(
            String product, String version, String findingId, String status, String justification) {
        Account me = access.require(Permission.DECIDE, product);
        ReleaseStore.Release release = release(product, version);
        ReportView.Digest report = ReportView.digestOf(release.reportJson());
        if (report.findings().stream().noneMatch(f -> f.id().equals(findingId))) {
            throw ApiProblem.notFound("finding " + findingId + " in release " + version);
        }
        if (status == null
                || Arrays.stream(Tracking.Status.values())
                        .noneMatch(s -> s.wire().equals(status))) {
            throw ApiProblem.badRequest("status must be one of "
                    + Arrays.stream(Tracking.Status.values())
                            .map(Tracking.Status::wire)
                            .toList());
        }
        if (justification == null || justification.isBlank()) {
            throw ApiProblem.badRequest("give a justification: it is what an auditor reads");
        }
        ReleaseStore.Decision decision = new ReleaseStore.Decision(
                findingId, status, justification.strip(), me.username(), now(), Optional.empty());
        summaries.ensure(release.id()); // a release stored before V5: its row first, so the lock below holds it
        transaction.executeWithoutResult(s -> {
            summaries.lock(release.id());
            store.insertDecision(release.id(), decision);
            summaries.updateOpen(release.id(), report);
            audit.record(
                    me.username(),
                    "finding.decided",
                    Optional.of(product),
                    "finding " + findingId + " in release " + product + " " + version,
                    status + ": " + decision.justification());
        });
        return decision;
    }

    /**
     * An electronic signature (21 CFR 11.50): printed name, time and meaning, after the signer re-enters
     * their password, bound to the hash of the release content and its decisions at that moment.
     */
    ReleaseStore.Approval approve(String product, String version, String meaning, String password) {
        Account me = access.require(Permission.APPROVE, product);
        ReleaseStore.Release release = release(product, version);
        if (meaning == null || !MEANINGS.contains(meaning)) {
            throw ApiProblem.badRequest("meaning must be one of review, approval, responsibility, authorship");
        }
        Credentials.Outcome check = credentials.check(me.username(), password, "signature");
        if (check instanceof Credentials.Outcome.Throttled) {
            throw new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "Too many failed attempts", "wait before signing again");
        }
        if (!(check instanceof Credentials.Outcome.Accepted)) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "Signature refused", "the password re-entered is wrong");
        }
        ReleaseStore.Approval approval =
                new ReleaseStore.Approval(me.username(), me.displayName(), meaning, now(), signedHash(release));
        transaction.executeWithoutResult(s -> {
            store.insertApproval(release.id(), approval);
            audit.record(
                    me.username(),
                    "release.signed",
                    Optional.of(product),
                    "release " + product + " " + version,
                    meaning + " by " + me.displayName() + ", content " + approval.contentHash());
        });
        return approval;
    }

    /** What a signature covers: the release content and every decision in force, so either changing shows. */
    String signedHash(ReleaseStore.Release release) {
        StringBuilder canonical = new StringBuilder(release.contentHash()).append('\n');
        new TreeMap<>(store.decisions(release.id())).forEach((id, d) -> canonical
                .append(id)
                .append('\u001f')
                .append(d.status())
                .append('\u001f')
                .append(d.justification())
                .append('\n'));
        return sha256(canonical.toString());
    }

    /** Copies the previous release's decisions to the findings that recur, marked as carried. */
    private int carryDecisions(String product, long newId, List<String> findingIds) {
        Optional<ReleaseStore.Release> previous = store.previous(product, newId);
        if (previous.isEmpty()) {
            return 0;
        }
        Set<String> ids = Set.copyOf(findingIds);
        int carried = 0;
        for (ReleaseStore.Decision d : store.decisions(previous.get().id()).values()) {
            if (ids.contains(d.findingId())) {
                store.insertDecision(
                        newId,
                        new ReleaseStore.Decision(
                                d.findingId(),
                                d.status(),
                                d.justification(),
                                d.decidedBy(),
                                d.decidedAt(),
                                Optional.of(
                                        d.carriedFrom().orElse(previous.get().version()))));
                carried++;
            }
        }
        return carried;
    }

    /** SHA-256 over every file name and text, sorted by name: the exact content of a release. */
    static String contentHash(Map<String, String> files) {
        StringBuilder canonical = new StringBuilder();
        new TreeMap<>(files).forEach((name, text) -> canonical
                .append(name)
                .append('\u0000')
                .append(sha256(text))
                .append('\n'));
        return sha256(canonical.toString());
    }

    static ProductsJson.ReleaseSummary summary(ReleaseStore.Release r, Map<String, ReleaseStore.Decision> decisions) {
        return ProductsJson.ReleaseSummary.of(r, ReportView.document(r.reportJson()), decisions);
    }

    private static ApiProblem conflict(String product, String version) {
        return new ApiProblem(
                HttpStatus.CONFLICT,
                "Release exists",
                "release " + version + " of " + product + " exists already; releases are never replaced: upload"
                        + " a new version");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
