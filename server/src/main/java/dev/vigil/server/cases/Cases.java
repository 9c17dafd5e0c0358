package dev.vigil.server.cases;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.engine.assess.Assessor;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.postmarket.CaseCheck;
import dev.vigil.engine.postmarket.CaseReport;
import dev.vigil.engine.postmarket.PostmarketMetrics;
import dev.vigil.engine.postmarket.casefile.CaseFile;
import dev.vigil.engine.postmarket.casefile.CaseReader;
import dev.vigil.engine.postmarket.casefile.Milestones;
import dev.vigil.engine.postmarket.csaf.CsafAdvisory;
import dev.vigil.engine.postmarket.csaf.CsafProblem;
import dev.vigil.engine.postmarket.csaf.CsafValidator;
import dev.vigil.engine.postmarket.letter.CustomerLetter;
import dev.vigil.engine.source.Diagnostic;
import dev.vigil.engine.source.InputException;
import dev.vigil.server.api.ApiProblem;
import dev.vigil.server.audit.AuditTrail;
import dev.vigil.server.audit.Sha256;
import dev.vigil.server.products.StoredReleases;
import dev.vigil.server.security.Access;
import dev.vigil.server.security.Account;
import dev.vigil.server.security.Permission;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cases: what the API and the pages both call. Every method checks the caller's grant on the product first;
 * every change lands in the audit trail in the same transaction. The decision, the clocks, the letter and the
 * CSAF advisory are the engine's, computed from the stored case document and the model of its release.
 */
@Service
class Cases {

    /** The triage states, in their usual order. */
    static final List<String> STATES = List.of("new", "triage", "assessed", "remediating", "monitoring", "closed");

    static final Pattern CASE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    static final String GENERATOR = Optional.ofNullable(
                    Assessor.class.getPackage().getImplementationVersion())
            .orElse("development");

    private final CaseStore store;
    private final StoredReleases releases;
    private final Access access;
    private final Signatures signatures;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String namespace;
    private final CaseCheck engine = new CaseCheck();

    Cases(
            CaseStore store,
            StoredReleases releases,
            Access access,
            Signatures signatures,
            AuditTrail audit,
            TransactionTemplate transaction,
            Clock clock,
            @Value("${vigil.csaf.namespace:${vigil.public-url:http://127.0.0.1:${server.port:8080}}}")
                    String namespace) {
        this.store = store;
        this.releases = releases;
        this.access = access;
        this.signatures = signatures;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.namespace = namespace;
    }

    /** A case with the engine's check of it on today's date; {@code problem} says why there is no check. */
    record Checked(
            CaseStore.StoredCase stored,
            Optional<CaseReport> report,
            Optional<String> problem,
            Optional<StoredReleases.StoredRelease> release,
            List<CaseStore.CaseRelease> releases,
            List<CaseStore.Publication> publications) {

        // Public: the templates call them, and SpEL reaches only public methods.
        public boolean overdue() {
            return report.map(CaseReport::anyOverdue).orElse(false);
        }

        /** The versions of the releases the case concerns, its own release first: each has a VEX to publish. */
        public List<String> versions() {
            java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
            release.ifPresent(r -> out.add(r.version()));
            releases.forEach(r -> out.add(r.version()));
            return List.copyOf(out);
        }

        /** The earliest due date of a clock still open or overdue. */
        public Optional<LocalDate> nextDue() {
            return report.flatMap(r -> r.clocks().stream()
                    .filter(c -> c.state() == dev.vigil.engine.postmarket.clocks.Clock.State.OPEN
                            || c.state() == dev.vigil.engine.postmarket.clocks.Clock.State.OVERDUE)
                    .flatMap(c -> c.due().stream())
                    .min(LocalDate::compareTo));
        }
    }

    /** What the intake form asks. */
    record Intake(
            String caseId,
            String title,
            String source,
            String aware,
            String release,
            String vulnerabilityTitle,
            String description,
            String cve,
            String cwe,
            String cvss,
            String elements,
            String affected,
            String fixed,
            Boolean exploited) {}

    // ---- reading

    List<Checked> list(Optional<String> product) {
        Account me = access.current();
        product.ifPresent(p -> access.require(Permission.READ, p));
        return store.list(product).stream()
                .filter(c -> access.may(me, Permission.READ, c.product()))
                .map(this::checked)
                .toList();
    }

    Checked get(String product, String caseId) {
        access.require(Permission.READ, product);
        return checked(stored(product, caseId));
    }

    /** FDA's postmarket figures over the closed cases the caller may read (of one product, or all). */
    PostmarketMetrics.Metrics metrics(Optional<String> product) {
        Account me = access.current();
        product.ifPresent(p -> access.require(Permission.READ, p));
        List<CaseFile> files = store.list(product).stream()
                .filter(c -> access.may(me, Permission.READ, c.product()))
                .flatMap(c -> {
                    try {
                        return java.util.stream.Stream.of(parse(c));
                    } catch (InputException e) {
                        return java.util.stream.Stream.empty(); // shown as not assessable on the case itself
                    }
                })
                .toList();
        return PostmarketMetrics.of(files, today());
    }

    String letter(String product, String caseId) {
        return CustomerLetter.markdown(report(get(product, caseId)));
    }

    /** The advisory as it would be published today; nothing is stored. */
    String advisory(String product, String caseId) {
        return CsafAdvisory.text(CsafAdvisory.write(report(get(product, caseId)), namespace, GENERATOR));
    }

    // ---- changing

    Checked intake(String product, Intake form) {
        Account me = access.require(Permission.DECIDE, product);
        StoredReleases.StoredRelease release = releases.release(product, blankToNull(form.release()))
                .orElseThrow(() -> ApiProblem.badRequest(
                        "name the release of " + product + " the case concerns (its model decides the risk)"));
        String caseId = form.caseId() == null || form.caseId().isBlank()
                ? nextId(product)
                : form.caseId().strip();
        if (!CASE_ID.matcher(caseId).matches()) {
            throw ApiProblem.badRequest("case id must be letters, digits, '.', '_' or '-' (got '" + caseId + "')");
        }
        String source = form.source() == null ? "" : form.source().strip();
        if (!List.of("researcher", "customer", "feed", "internal", "regulator", "isao")
                .contains(source)) {
            throw ApiProblem.badRequest("source must be researcher, customer, feed, internal, regulator or isao");
        }
        LocalDate aware = form.aware() == null || form.aware().isBlank() ? today() : date(form.aware());
        List<String> elements = form.elements() == null
                ? List.of()
                : Arrays.stream(form.elements().split("[,\\s]+"))
                        .filter(s -> !s.isBlank())
                        .toList();
        String text = CaseYaml.draft(
                caseId,
                required(form.title(), "title"),
                product,
                aware,
                source,
                List.of(new CaseYaml.NewVulnerability(
                        caseId + "-1",
                        optional(form.cve()),
                        optional(form.cwe()),
                        optional(form.vulnerabilityTitle()).orElse(form.title().strip()),
                        optional(form.description()),
                        elements,
                        optional(form.cvss()),
                        optional(form.affected()).orElse("= " + release.version()),
                        optional(form.fixed()),
                        Boolean.TRUE.equals(form.exploited()))));
        CaseFile parsed = validated(text, release);
        Instant now = now();
        CaseStore.StoredCase c = new CaseStore.StoredCase(
                0,
                product,
                caseId,
                parsed.title(),
                source,
                "new",
                false,
                Optional.empty(),
                parsed.vulnerabilities().get(0).cve(),
                Optional.of(release.id()),
                text,
                me.username(),
                now,
                now);
        try {
            transaction.executeWithoutResult(s -> {
                long ref = store.insert(c);
                for (String element : elements) {
                    store.insertRelease(ref, release.id(), element, "model element");
                }
                audit.record(
                        me.username(),
                        "case.opened",
                        Optional.of(product),
                        "case " + product + " " + caseId,
                        source + " report on release " + release.version() + ": " + parsed.title());
            });
        } catch (DuplicateKeyException e) {
            throw new ApiProblem(HttpStatus.CONFLICT, "Case exists", "case " + caseId + " of " + product + " exists");
        }
        return get(product, caseId);
    }

    /** Moves a case to another triage state and (re)assigns it; a closed case gets its {@code closed} date. */
    Checked triage(String product, String caseId, String state, String assignee) {
        Account me = access.require(Permission.DECIDE, product);
        CaseStore.StoredCase c = stored(product, caseId);
        String to = state == null || state.isBlank() ? c.state() : state.strip();
        if (!STATES.contains(to)) {
            throw ApiProblem.badRequest("state must be one of " + STATES);
        }
        Optional<String> who = assignee == null ? c.assignee() : optional(assignee);
        String text = c.text();
        if (to.equals("closed") && !c.state().equals("closed")) {
            CaseFile parsed = parse(c);
            if (parsed.milestones().date(Milestones.Step.CLOSED).isEmpty()) {
                text = CaseYaml.with(parsed, Optional.of(Milestones.Step.CLOSED), today(), Optional.empty());
            }
        }
        String newText = text;
        boolean draft = c.draft() && to.equals("new");
        transaction.executeWithoutResult(s -> {
            store.update(c.ref(), to, draft, who, newText, now());
            audit.record(
                    me.username(),
                    "case.triaged",
                    Optional.of(product),
                    "case " + product + " " + caseId,
                    c.state() + " -> " + to + ", assignee " + who.orElse("none"));
        });
        return get(product, caseId);
    }

    /** Records a dated step (customers notified, fix validated, ...) or a report filed under a clock rule. */
    Checked milestone(String product, String caseId, String step, String date, String reportRule) {
        Account me = access.require(Permission.DECIDE, product);
        CaseStore.StoredCase c = stored(product, caseId);
        LocalDate on = date == null || date.isBlank() ? today() : date(date);
        Optional<Milestones.Step> s = optional(step).map(w -> Milestones.Step.of(w)
                .orElseThrow(() -> ApiProblem.badRequest("milestone must be one of "
                        + Arrays.stream(Milestones.Step.values())
                                .map(Milestones.Step::wire)
                                .toList())));
        Optional<String> rule = optional(reportRule);
        if (s.isEmpty() && rule.isEmpty()) {
            throw ApiProblem.badRequest("give a milestone or the clock rule a report was filed under");
        }
        String text = CaseYaml.with(parse(c), s, on, rule);
        StoredReleases.StoredRelease release = release(c);
        validated(text, release);
        transaction.executeWithoutResult(x -> {
            store.update(c.ref(), c.state(), c.draft(), c.assignee(), text, now());
            audit.record(
                    me.username(),
                    "case.milestone",
                    Optional.of(product),
                    "case " + product + " " + caseId,
                    s.map(Milestones.Step::wire).orElse("report " + rule.orElse("")) + " on " + on);
        });
        return get(product, caseId);
    }

    /** Replaces the case document (full edit); it must keep its id and product and fit the release's model. */
    Checked replaceDocument(String product, String caseId, String text) {
        Account me = access.require(Permission.DECIDE, product);
        CaseStore.StoredCase c = stored(product, caseId);
        if (text == null || text.isBlank()) {
            throw ApiProblem.badRequest("give the case document (vigil-case: 1)");
        }
        CaseFile parsed = validated(text, release(c));
        if (!parsed.id().equals(caseId)) {
            throw ApiProblem.badRequest("the document's id is '" + parsed.id() + "', not '" + caseId + "'");
        }
        transaction.executeWithoutResult(x -> {
            store.update(c.ref(), c.state(), c.draft(), c.assignee(), text, now());
            audit.record(
                    me.username(),
                    "case.edited",
                    Optional.of(product),
                    "case " + product + " " + caseId,
                    "document " + Sha256.hex(text));
        });
        return get(product, caseId);
    }

    /**
     * Publishes the case's CSAF advisory after an electronic signature: the signer re-enters their password, and
     * the signature (printed name, meaning, time) is bound to the SHA-256 of the exact document published. A
     * document that fails the CSAF validator is not published.
     */
    CaseStore.Publication publish(String product, String caseId, String meaning, String password) {
        Account me = access.require(Permission.APPROVE, product);
        Checked checked = get(product, caseId);
        Signatures.requireMeaning(meaning);
        ObjectNode doc = CsafAdvisory.write(report(checked), namespace, GENERATOR);
        List<CsafProblem> problems = new CsafValidator().validate(doc);
        if (!problems.isEmpty()) {
            throw notValidCsaf("Advisory not valid CSAF", problems);
        }
        signatures.requirePassword(me, password);
        String text = CsafAdvisory.text(doc);
        String fileName = CsafAdvisory.fileName(
                doc.path("document").path("tracking").path("id").asText());
        int year = Integer.parseInt(doc.path("document")
                .path("tracking")
                .path("initial_release_date")
                .asText()
                .substring(0, 4));
        store.published(year, fileName)
                .filter(p -> !p.caseRef().equals(Optional.of(checked.stored().ref())))
                .ifPresent(p -> {
                    throw new ApiProblem(
                            HttpStatus.CONFLICT,
                            "File name taken",
                            fileName + " is published for another case (" + p.product() + "); give this case another"
                                    + " id");
                });
        CaseStore.Publication publication = new CaseStore.Publication(
                0,
                Optional.of(checked.stored().ref()),
                Optional.empty(),
                product,
                fileName,
                year,
                "csaf_security_advisory",
                text,
                Sha256.hex(text),
                me.username(),
                me.displayName(),
                meaning,
                now());
        CaseFile parsed = parse(checked.stored());
        String withPublished =
                parsed.milestones().date(Milestones.Step.PUBLISHED).isPresent()
                        ? checked.stored().text()
                        : CaseYaml.with(parsed, Optional.of(Milestones.Step.PUBLISHED), today(), Optional.empty());
        transaction.executeWithoutResult(s -> {
            store.insertPublication(publication);
            CaseStore.StoredCase c = checked.stored();
            store.update(c.ref(), c.state(), false, c.assignee(), withPublished, now());
            audit.record(
                    me.username(),
                    "case.published",
                    Optional.of(product),
                    "case " + product + " " + caseId,
                    meaning + " by " + me.displayName() + ": " + year + "/" + fileName + " sha256 "
                            + publication.sha256());
        });
        return publication;
    }

    // ---- helpers

    Checked checked(CaseStore.StoredCase c) {
        Optional<StoredReleases.StoredRelease> release = c.releaseId().flatMap(releases::release);
        Optional<CaseReport> report = Optional.empty();
        Optional<String> problem = Optional.empty();
        try {
            CaseFile parsed = parse(c);
            Optional<SystemModel> model =
                    release.flatMap(r -> releases.load(r.id())).map(StoredReleases.LoadedRelease::model);
            if (model.isEmpty()) {
                problem = Optional.of("the model of the case's release does not load: no decision or clocks");
            } else {
                report = Optional.of(engine.check(parsed, model.get(), today()));
            }
        } catch (InputException e) {
            problem = Optional.of(e.diagnostics().stream()
                    .map(Diagnostic::toString)
                    .reduce((a, b) -> a + "; " + b)
                    .orElse(e.getMessage()));
        }
        return new Checked(c, report, problem, release, store.releases(c.ref()), store.publications(c.ref()));
    }

    private CaseReport report(Checked c) {
        return c.report()
                .orElseThrow(() -> new ApiProblem(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "Case not assessable",
                        c.problem().orElse("no check")));
    }

    private CaseFile validated(String text, StoredReleases.StoredRelease release) {
        try {
            CaseFile parsed = new CaseReader().parse(Path.of("case.yaml"), text);
            SystemModel model = releases.load(release.id())
                    .orElseThrow(
                            () -> ApiProblem.badRequest("the model of release " + release.version() + " does not load"))
                    .model();
            engine.check(parsed, model, today());
            return parsed;
        } catch (InputException e) {
            throw invalid(e.diagnostics());
        }
    }

    private static CaseFile parse(CaseStore.StoredCase c) {
        return new CaseReader().parse(Path.of(c.caseId() + ".yaml"), c.text());
    }

    private StoredReleases.StoredRelease release(CaseStore.StoredCase c) {
        return c.releaseId()
                .flatMap(releases::release)
                .orElseThrow(() -> ApiProblem.badRequest("the case names no release"));
    }

    private CaseStore.StoredCase stored(String product, String caseId) {
        return store.find(product, caseId).orElseThrow(() -> ApiProblem.notFound("case " + caseId + " of " + product));
    }

    private String nextId(String product) {
        int year = today().getYear();
        int n = store.list(Optional.of(product)).size() + 1;
        String id;
        do {
            id = "case-" + year + "-" + String.format("%03d", n++);
        } while (store.find(product, id).isPresent());
        return id;
    }

    /** A document Vigil wrote that fails the CSAF validator: 422, one entry per failure with its JSON path. */
    static ApiProblem notValidCsaf(String title, List<CsafProblem> problems) {
        return new ApiProblem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                title,
                problems.size() + " problems; nothing was published",
                problems.stream()
                        .map(p -> {
                            Map<String, Object> e = new LinkedHashMap<>();
                            e.put("file", p.path());
                            e.put("line", 0);
                            e.put("column", 0);
                            e.put("code", p.test());
                            e.put("message", p.message());
                            return e;
                        })
                        .toList());
    }

    static ApiProblem invalid(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        return ApiProblem.invalid("Invalid case", errors + " problems in the case", diagnostics);
    }

    private static String required(String value, String what) {
        return optional(value).orElseThrow(() -> ApiProblem.badRequest("give the case's " + what));
    }

    static Optional<String> optional(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static String blankToNull(String s) {
        return s == null ? "" : s.strip();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiProblem.badRequest("dates are YYYY-MM-DD (got '" + text + "')");
        }
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
