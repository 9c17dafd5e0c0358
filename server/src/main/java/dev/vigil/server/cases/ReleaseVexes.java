package dev.vigil.server.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.engine.assess.AssessOptions;
import dev.vigil.engine.assess.AssessResult;
import dev.vigil.engine.assess.Assessor;
import dev.vigil.engine.assess.Output;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.postmarket.CaseReport;
import dev.vigil.engine.postmarket.RiskDecision;
import dev.vigil.engine.postmarket.casefile.CaseFile;
import dev.vigil.engine.postmarket.casefile.CaseReader;
import dev.vigil.engine.postmarket.casefile.CaseVulnerability;
import dev.vigil.engine.postmarket.csaf.CsafAdvisory;
import dev.vigil.engine.postmarket.csaf.CsafProblem;
import dev.vigil.engine.postmarket.csaf.CsafValidator;
import dev.vigil.engine.postmarket.csaf.CsafVex;
import dev.vigil.engine.report.VulnerabilityCheck;
import dev.vigil.engine.scan.ReleaseVex;
import dev.vigil.engine.scan.ScanResult;
import dev.vigil.engine.source.InputException;
import dev.vigil.engine.vex.ProductRelease;
import dev.vigil.engine.vex.VexStatement;
import dev.vigil.server.api.ApiProblem;
import dev.vigil.server.audit.AuditTrail;
import dev.vigil.server.audit.Sha256;
import dev.vigil.server.products.StoredReleases;
import dev.vigil.server.security.Access;
import dev.vigil.server.security.Account;
import dev.vigil.server.security.Permission;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A release's CSAF VEX (issue 13, item 7): the release's model scanned against the instance's advisory store as
 * {@code vigil csaf vex} scans it (the engine's assessor, {@link ReleaseVex}, {@link CsafVex}), with the product's
 * cases deciding the status of the vulnerabilities they speak of ({@link CaseDecisions}). Publishing needs an
 * approver's e-signature, validates the document and puts it in the provider directory next to the advisories;
 * a later publication of the same release is the next revision of the same file.
 */
@Service
class ReleaseVexes {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final CaseStore store;
    private final Cases cases;
    private final StoredReleases releases;
    private final Access access;
    private final Signatures signatures;
    private final AdvisoryStoreLender advisories;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String namespace;

    ReleaseVexes(
            CaseStore store,
            Cases cases,
            StoredReleases releases,
            Access access,
            Signatures signatures,
            AdvisoryStoreLender advisories,
            AuditTrail audit,
            TransactionTemplate transaction,
            Clock clock,
            @Value("${vigil.csaf.namespace:${vigil.public-url:http://127.0.0.1:${server.port:8080}}}")
                    String namespace) {
        this.store = store;
        this.cases = cases;
        this.releases = releases;
        this.access = access;
        this.signatures = signatures;
        this.advisories = advisories;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.namespace = namespace;
    }

    /** The VEX as it would be published now, with the revision it would be and the cases that decided it. */
    record Prepared(
            StoredReleases.StoredRelease release,
            ObjectNode document,
            String fileName,
            int year,
            List<String> casesApplied,
            Optional<CaseStore.Publication> previous) {}

    /** The VEX as it would be published now; nothing is stored. */
    String preview(String product, String version) {
        access.require(Permission.READ, product);
        return CsafAdvisory.text(prepare(product, version).document());
    }

    /** The release's VEX publications, oldest first. */
    List<CaseStore.Publication> publications(String product, String version) {
        access.require(Permission.READ, product);
        return store.releasePublications(release(product, version).id());
    }

    /**
     * Publishes the release's VEX after an electronic signature bound to the SHA-256 of the exact document. A
     * document that fails the CSAF validator is not published, nor one that says nothing new since the last
     * publication of the release.
     */
    CaseStore.Publication publish(String product, String version, String meaning, String password) {
        Account me = access.require(Permission.APPROVE, product);
        Signatures.requireMeaning(meaning);
        Prepared prepared = prepare(product, version);
        ObjectNode doc = prepared.document();
        List<CsafProblem> problems = new CsafValidator().validate(doc);
        if (!problems.isEmpty()) {
            throw Cases.notValidCsaf("VEX not valid CSAF", problems);
        }
        prepared.previous().filter(p -> sameContent(read(p.document()), doc)).ifPresent(p -> {
            throw new ApiProblem(
                    HttpStatus.CONFLICT,
                    "VEX unchanged",
                    "the VEX of " + product + " " + version + " says what the publication of " + p.publishedAt()
                            + " says; nothing was published");
        });
        signatures.requirePassword(me, password);
        store.published(prepared.year(), prepared.fileName())
                .filter(p ->
                        !p.releaseId().equals(Optional.of(prepared.release().id())))
                .ifPresent(p -> {
                    throw new ApiProblem(
                            HttpStatus.CONFLICT,
                            "File name taken",
                            prepared.fileName() + " is published for another document of " + p.product());
                });
        String text = CsafAdvisory.text(doc);
        CaseStore.Publication publication = new CaseStore.Publication(
                0,
                Optional.empty(),
                Optional.of(prepared.release().id()),
                product,
                prepared.fileName(),
                prepared.year(),
                "csaf_vex",
                text,
                Sha256.hex(text),
                me.username(),
                me.displayName(),
                meaning,
                now());
        String revision = doc.path("document").path("tracking").path("version").asText();
        transaction.executeWithoutResult(s -> {
            store.insertPublication(publication);
            audit.record(
                    me.username(),
                    "vex.published",
                    Optional.of(product),
                    "release " + product + " " + version,
                    meaning + " by " + me.displayName() + ": " + prepared.year() + "/" + prepared.fileName()
                            + " revision " + revision + " sha256 " + publication.sha256() + "; decided by cases "
                            + (prepared.casesApplied().isEmpty()
                                    ? "none"
                                    : String.join(", ", prepared.casesApplied())));
        });
        return publication;
    }

    private Prepared prepare(String product, String version) {
        StoredReleases.StoredRelease release = release(product, version);
        StoredReleases.LoadedRelease loaded = releases.load(release.id())
                .orElseThrow(() -> new ApiProblem(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "Release not assessable",
                        "the model of release " + version + " does not load"));
        SystemModel model = loaded.model();
        ScanResult scan = advisories.read(opened -> {
            if (opened.isEmpty()) {
                throw new ApiProblem(
                        HttpStatus.CONFLICT,
                        "No advisory store",
                        "no feed was imported yet: a VEX states the status of the vulnerabilities a scan finds");
            }
            AssessResult assessed = new Assessor()
                    .assess(
                            model,
                            AssessOptions.on(cases.today())
                                    .withSources(loaded.sources())
                                    .withStore(opened)
                                    .withOutputs(Output.VULNERABILITIES));
            if (assessed.vulnerabilities() instanceof VulnerabilityCheck.NotChecked n) {
                throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "Release not scanned", n.reason());
            }
            return ((VulnerabilityCheck.Checked) assessed.vulnerabilities()).result();
        });
        ProductRelease subject = new ProductRelease(
                model.system().name(),
                Optional.of(version),
                Optional.empty(),
                model.system().manufacturer().orElse(model.system().name()));
        List<VexStatement> scanned = ReleaseVex.statements(scan, subject, "Vigil's scan of " + product + " " + version);
        if (scanned.isEmpty()) {
            throw new ApiProblem(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "Nothing to state",
                    "the scan of " + product + " " + version
                            + " found no vulnerability: a CSAF VEX document needs at least one");
        }
        CaseDecisions decisions = new CaseDecisions(decided(product), version);
        List<VexStatement> statements = scanned.stream().map(decisions::apply).toList();
        String trackingId = model.system().id() + "-" + version + "-vex";
        ObjectNode doc = CsafVex.write(statements, subject, trackingId, cases.today(), namespace, Cases.GENERATOR);
        decisions.remediations(doc);
        String fileName = CsafAdvisory.fileName(trackingId);
        List<CaseStore.Publication> earlier = store.releasePublications(release.id()).stream()
                .filter(p -> p.fileName().equals(fileName))
                .toList();
        Optional<CaseStore.Publication> previous =
                earlier.isEmpty() ? Optional.empty() : Optional.of(earlier.get(earlier.size() - 1));
        previous.ifPresent(p -> revise(doc, read(p.document())));
        int year = Integer.parseInt(doc.path("document")
                .path("tracking")
                .path("initial_release_date")
                .asText()
                .substring(0, 4));
        return new Prepared(release, doc, fileName, year, decisions.casesApplied(), previous);
    }

    /**
     * The product's case vulnerabilities, oldest case change first, each with its case's verdict when the case
     * can be checked against the model of its release. A case that no longer reads decides nothing here; its
     * own page says why.
     */
    private List<CaseDecisions.Decided> decided(String product) {
        List<CaseDecisions.Decided> out = new ArrayList<>();
        List<CaseStore.StoredCase> all = new ArrayList<>(store.list(Optional.of(product)));
        all.sort(Comparator.comparing(CaseStore.StoredCase::updatedAt).thenComparing(CaseStore.StoredCase::ref));
        for (CaseStore.StoredCase c : all) {
            CaseFile parsed;
            try {
                parsed = new CaseReader().parse(Path.of(c.caseId() + ".yaml"), c.text());
            } catch (InputException e) {
                continue;
            }
            Optional<CaseReport> report = c.state().equals("new")
                    ? Optional.empty()
                    : cases.checked(c).report();
            for (CaseVulnerability v : parsed.vulnerabilities()) {
                Optional<RiskDecision.Verdict> verdict = report.flatMap(r -> r.decisions().stream()
                        .filter(d -> d.vulnerability().equals(v.id()))
                        .map(RiskDecision::verdict)
                        .findFirst());
                out.add(new CaseDecisions.Decided(c.caseId(), c.state(), v, verdict));
            }
        }
        return out;
    }

    /**
     * Makes {@code doc} the next revision of {@code previous}: the same initial release date (so the same
     * directory year), the earlier revisions kept, one more with today's time (CSAF 2.0 section 3.2.1.12.6).
     */
    private void revise(ObjectNode doc, JsonNode previous) {
        ObjectNode tracking = (ObjectNode) doc.path("document").path("tracking");
        JsonNode before = previous.path("document").path("tracking");
        int next = before.path("revision_history").size() + 1;
        String at = DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.MILLIS));
        tracking.put("current_release_date", at);
        tracking.put("initial_release_date", before.path("initial_release_date").asText());
        ArrayNode history = tracking.putArray("revision_history");
        before.path("revision_history").forEach(r -> history.add(r.deepCopy()));
        ObjectNode revision = history.addObject();
        revision.put("date", at);
        revision.put("number", String.valueOf(next));
        revision.put("summary", "Revised: the scan or the case decisions changed.");
        tracking.put("version", String.valueOf(next));
    }

    /** Equal but for the tracking (dates, revisions): a new publication would say nothing new. */
    private static boolean sameContent(JsonNode published, ObjectNode now) {
        ObjectNode a = published.deepCopy();
        ObjectNode b = now.deepCopy();
        ((ObjectNode) a.path("document")).remove("tracking");
        ((ObjectNode) b.path("document")).remove("tracking");
        return a.equals(b);
    }

    private StoredReleases.StoredRelease release(String product, String version) {
        return releases.release(product, version)
                .orElseThrow(() -> ApiProblem.notFound("release " + version + " of " + product));
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("a published document is not JSON", e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
