package dev.vigil.engine.compliance;

import dev.vigil.engine.catalog.Catalog;
import dev.vigil.engine.catalog.Evidence;
import dev.vigil.engine.catalog.KnownIsao;
import dev.vigil.engine.catalog.VocabularyTerm;
import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Lifecycle;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.model.WireValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides, for one model, how far each catalog evidence term holds (docs/catalog-authoring.md,
 * "Evidence vocabulary"). Many requirements share terms, so results are kept per term.
 */
final class EvidenceCheck {
    /** Facts listed as evidence per term; a large model would otherwise list every component. */
    static final int MAX_FACTS = 8;

    private static final String SBOM_NOT_CHECKED = "SBOM content not checked by this version";

    private final SystemModel model;
    private final Catalog catalog;
    private final LocalDate date;
    private final EvidenceFiles files;
    private final List<SiteEvidence.Site> sites;
    private final OpenFindings findings;
    private final Map<String, TermResult> results = new HashMap<>();

    /**
     * @param date the assessment date, against which evidence ages are judged
     * @param sites the sites that build the product, whose build and supply-chain evidence counts for it
     * @param findings the open findings, which decide whether a tracking list is needed at all
     */
    EvidenceCheck(
            SystemModel model,
            Catalog catalog,
            LocalDate date,
            EvidenceFiles files,
            List<SiteEvidence.Site> sites,
            OpenFindings findings) {
        this.model = model;
        this.findings = findings;
        this.catalog = catalog;
        this.date = date;
        this.files = files;
        this.sites = List.copyOf(sites);
    }

    /** Today, no file checks, no sites: for tests of single terms. */
    EvidenceCheck(SystemModel model, Catalog catalog, OpenFindings findings) {
        this(
                model,
                catalog,
                LocalDate.now(java.time.Clock.systemUTC()),
                EvidenceFiles.unchecked(model),
                List.of(),
                findings);
    }

    TermResult check(Evidence term) {
        // not computeIfAbsent: an anyOf term checks its options through this cache while it is computed
        TermResult known = results.get(term.term());
        if (known == null) {
            known = evaluate(term);
            results.put(term.term(), known);
        }
        return known;
    }

    private TermResult evaluate(Evidence term) {
        // Java 17 has no pattern switch; the sealed interface keeps this list complete
        if (term instanceof Evidence.Lifecycle l) {
            return lifecycle(l);
        }
        if (term instanceof Evidence.Control c) {
            return control(c.category());
        }
        if (term instanceof Evidence.ModelFact m) {
            return modelFact(m);
        }
        if (term instanceof Evidence.Sbom s) {
            return sbom(s.quality());
        }
        if (term instanceof Evidence.Test t) {
            return new ElementEvidence(model, files, date).check(t);
        }
        if (term instanceof Evidence.Document d) {
            return new ElementEvidence(model, files, date).check(d);
        }
        if (term instanceof Evidence.Isao i) {
            return isao(i.level());
        }
        if (term instanceof Evidence.AnyOf any) {
            return anyOf(any);
        }
        return ViewCheck.check(model, ((Evidence.View) term).view());
    }

    private boolean fromSites(Evidence term) {
        return catalog.evidenceVocabulary()
                .find(term.kind(), term.key())
                .map(VocabularyTerm::fromSites)
                .orElse(false);
    }

    private TermResult modelFact(Evidence.ModelFact term) {
        // tracking records decisions on findings: with none open there is nothing to decide
        if (term.path().equals("tracking")
                && term.operator() == Evidence.Operator.STATED
                && model.tracking().isEmpty()
                && findings.none()) {
            return TermResult.holdsBecause("no open findings to track");
        }
        List<ModelFactCheck.Source> sources = new ArrayList<>();
        sources.add(new ModelFactCheck.Source("", model));
        if (fromSites(term)) {
            sites.forEach(s -> sources.add(new ModelFactCheck.Source("site " + s.id() + ": ", s.model())));
        }
        return ModelFactCheck.check(sources, term, date);
    }

    private TermResult anyOf(Evidence.AnyOf any) {
        List<TermResult> results = any.options().stream().map(this::check).toList();
        for (TermResult r : results) {
            if (r.outcome() == TermResult.Outcome.HOLDS) {
                return r;
            }
        }
        String shortfall =
                "one of: " + results.stream().map(TermResult::shortfall).collect(Collectors.joining("; or "));
        for (TermResult r : results) {
            if (r.outcome() == TermResult.Outcome.PARTLY) {
                return TermResult.partly(r.evidence(), shortfall);
            }
        }
        return TermResult.fails(shortfall);
    }

    private TermResult lifecycle(Evidence.Lifecycle term) {
        String key = term.key();
        String name = "lifecycle." + key;
        Optional<dev.vigil.engine.model.Evidence> value = lifecycleValue(model, key);
        String from = "";
        EvidenceFiles filesOfValue = files;
        if (value.isEmpty() && fromSites(term)) {
            for (SiteEvidence.Site site : sites) {
                value = lifecycleValue(site.model(), key);
                if (value.isPresent()) {
                    from = "site " + site.id() + ": ";
                    filesOfValue = files.of(site.model());
                    break;
                }
            }
        }
        if (value.isEmpty()) {
            return TermResult.fails(name + " not stated");
        }
        dev.vigil.engine.model.Evidence v = value.get();
        String shown = from + name + " = " + ModelPaths.text(v);
        if (!v.affirms()) {
            return TermResult.fails(name + " is " + ModelPaths.text(v));
        }
        Object judged = v;
        if (v instanceof dev.vigil.engine.model.Evidence.Reference r) {
            Optional<String> problem = filesOfValue.problem(r.text());
            if (problem.isPresent()) {
                return TermResult.fails(from + name + " names " + problem.get());
            }
            // a document id carries its own date, which an age limit judges
            Optional<LocalDate> documentDate = filesOfValue.document(r.text()).flatMap(d -> d.date());
            if (documentDate.isPresent()) {
                judged = documentDate.get();
                shown += " (document dated " + documentDate.get() + ")";
            }
        }
        Optional<String> outside = ModelFactCheck.outsideLimits(term.limits(), judged, date);
        if (outside.isPresent()) {
            return TermResult.fails(name + " = " + ModelPaths.text(v) + ": " + outside.get());
        }
        return TermResult.holds(List.of(shown));
    }

    static Optional<dev.vigil.engine.model.Evidence> lifecycleValue(SystemModel model, String key) {
        String[] parts = key.split("\\.");
        Optional<Lifecycle.Phase> phase = WireValue.parse(Lifecycle.Phase.class, parts[0]);
        Optional<dev.vigil.engine.model.Evidence> value =
                phase.flatMap(p -> model.lifecycle().find(p, parts[1]));
        for (int i = 2; i < parts.length && value.isPresent(); i++) {
            String field = parts[i];
            value = value.flatMap(
                    v -> v instanceof dev.vigil.engine.model.Evidence.Structured s ? s.field(field) : Optional.empty());
        }
        return value;
    }

    /**
     * {@code named}: the ISAO is one the catalog knows ({@code catalog/isaos.yaml}); {@code member}: also a
     * membership stated by a start date or an agreement, and information sharing not denied.
     */
    private TermResult isao(String level) {
        Optional<dev.vigil.engine.model.Evidence> value = lifecycleValue(model, "monitoring.isao");
        if (value.isEmpty()) {
            return TermResult.fails("lifecycle.monitoring.isao not stated");
        }
        String name = value.get() instanceof dev.vigil.engine.model.Evidence.Structured s
                ? s.field("name").map(ModelPaths::text).orElse("")
                : ModelPaths.text(value.get());
        Optional<KnownIsao> known = catalog.findIsao(name);
        if (known.isEmpty()) {
            return TermResult.fails("lifecycle.monitoring.isao names '" + name + "', which is not a known ISAO (known: "
                    + catalog.isaos().stream().map(KnownIsao::name).collect(Collectors.joining(", ")) + ")");
        }
        String fact = "lifecycle.monitoring.isao = " + known.get().name();
        if (level.equals("named")) {
            return TermResult.holds(List.of(fact));
        }
        if (!(value.get() instanceof dev.vigil.engine.model.Evidence.Structured s)) {
            return TermResult.partly(
                    List.of(fact),
                    "lifecycle.monitoring.isao names " + known.get().name()
                            + " but states no membership (memberSince or agreement)");
        }
        if (s.field("sharesInformation").filter(e -> !e.affirms()).isPresent()) {
            return TermResult.partly(List.of(fact), "lifecycle.monitoring.isao.sharesInformation is false");
        }
        Optional<String> since = s.field("memberSince").map(ModelPaths::text);
        Optional<String> agreement = s.field("agreement").map(ModelPaths::text);
        if (since.isEmpty() && agreement.isEmpty()) {
            return TermResult.partly(
                    List.of(fact), "lifecycle.monitoring.isao states no membership (memberSince or agreement)");
        }
        Optional<String> problem = agreement.flatMap(files::problem);
        if (problem.isPresent() && since.isEmpty()) {
            return TermResult.partly(List.of(fact), "lifecycle.monitoring.isao.agreement names " + problem.get());
        }
        return TermResult.holds(List.of(fact
                + since.map(d -> ", member since " + d).orElse("")
                + agreement.map(a -> ", agreement " + a).orElse("")));
    }

    /** Claimed controls of the category; one whose evidence files are missing does not count fully. */
    private TermResult control(String category) {
        List<String> claimed = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        model.controls().stream()
                .filter(c -> c.category().wire().equals(category))
                .forEach(c -> {
                    List<String> missing = c.evidence().stream()
                            .map(files::problem)
                            .flatMap(Optional::stream)
                            .toList();
                    if (missing.isEmpty()) {
                        claimed.add("controls." + c.id() + " (" + category + ")");
                    } else {
                        problems.add("controls." + c.id() + " names evidence " + missing.get(0));
                    }
                });
        if (claimed.isEmpty()) {
            return TermResult.fails(
                    problems.isEmpty() ? "no control of category " + category + " in controls" : listed(problems));
        }
        return problems.isEmpty() ? TermResult.holds(claimed) : TermResult.partly(claimed, listed(problems));
    }

    /**
     * {@code present} is judged from the components' {@code sbom} paths (the loader has checked the
     * files exist); the quality levels need the SBOM contents, which this version does not read.
     */
    private TermResult sbom(String quality) {
        List<String> present = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Component c : model.components()) {
            if (c.sbom().isPresent()) {
                present.add("components." + c.id() + ".sbom = " + c.sbom().get());
            } else if (c.software().isPresent()
                    && c.owner().map(o -> o != Component.Owner.THIRD_PARTY).orElse(true)) {
                // a third party's component is its supplier's to describe; software the manufacturer ships
                // is its own to describe even where the hospital or the patient operates it
                missing.add(c.id());
            }
        }
        if (!quality.equals("present")) {
            return present.isEmpty()
                    ? TermResult.fails("no SBOM to check for sbom: " + quality)
                    : TermResult.partly(cap(present), SBOM_NOT_CHECKED + " (sbom: " + quality + ")");
        }
        if (present.isEmpty()) {
            return TermResult.fails(
                    missing.isEmpty()
                            ? "no component points to an SBOM (components[].sbom)"
                            : "no SBOM for " + listed(missing) + " (components with software, components[].sbom)");
        }
        if (!missing.isEmpty()) {
            return TermResult.partly(
                    cap(present),
                    "no SBOM for " + listed(missing) + " (components with software that are not a third party's)");
        }
        return TermResult.holds(cap(present));
    }

    static List<String> cap(List<String> facts) {
        if (facts.size() <= MAX_FACTS) {
            return facts;
        }
        List<String> shown = new ArrayList<>(facts.subList(0, MAX_FACTS));
        shown.add("... and " + (facts.size() - MAX_FACTS) + " more");
        return shown;
    }

    /** Up to three items and how many more, for reasons that stay one line. */
    static String listed(List<String> items) {
        if (items.size() <= 3) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, 3)) + " and " + (items.size() - 3) + " more";
    }
}
