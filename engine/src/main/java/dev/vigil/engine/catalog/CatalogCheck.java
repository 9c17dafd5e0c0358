package dev.vigil.engine.catalog;

import dev.vigil.engine.load.ResourceCheck;
import dev.vigil.engine.model.RegulatoryStatus;
import dev.vigil.engine.model.SystemInfo;
import dev.vigil.engine.model.WireValue;
import dev.vigil.engine.source.Location;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The consistency rules between the parts of the catalog that its shapes cannot state: known vocabulary
 * terms, a citation and a theme for every requirement, ids under their framework's, used themes. (Ids,
 * their uniqueness and the references to themes, phases and requirements are checked with the shapes.)
 * Each problem is placed at the requirement, framework or theme it concerns.
 */
final class CatalogCheck {
    /** The model format's {@code system.kind} and {@code system.markets} values. */
    static final Set<String> KINDS = Set.of("product", "site");

    static final Set<String> MARKETS = Set.of("us", "eu", "ca", "au", "fr", "jp", "uk");

    private final Catalog catalog;
    private final Map<String, Location> places;
    private final ResourceCheck check;

    /** {@code places}: where "requirement ID", "framework ID" and "theme ID" are defined. */
    CatalogCheck(Catalog catalog, Map<String, Location> places, ResourceCheck check) {
        this.catalog = catalog;
        this.places = places;
        this.check = check;
    }

    void run() {
        Set<String> themes = catalog.themes().stream().map(Theme::id).collect(Collectors.toSet());
        Set<String> usedThemes = new HashSet<>();
        for (Framework f : catalog.frameworks()) {
            applicability("framework " + f.id(), f.applicability());
            for (Requirement r : f.requirements()) {
                String where = "requirement " + r.id();
                if (!r.id().startsWith(f.id() + "-")) {
                    problem(where, "id-prefix", "id must start with its framework's id '" + f.id() + "-'");
                }
                if (r.section().isEmpty()) {
                    problem(
                            where,
                            "no-citation",
                            "no citation: the source's own section number ('section') is missing");
                }
                if (r.themes().isEmpty()) {
                    problem(where, "no-theme", "maps to no theme; every requirement needs at least one");
                }
                usedThemes.addAll(r.themes());
                applicability(where, r.applicability());
                evidence(where, r, themes);
            }
        }
        for (String theme : themes) {
            if (!usedThemes.contains(theme)) {
                problem("theme " + theme, "unused-theme", "no requirement maps to it");
            }
        }
    }

    private void evidence(String where, Requirement r, Set<String> themes) {
        if (r.evidence().isEmpty() && r.needs().isEmpty()) {
            problem(where, "no-evidence", "declares no evidence; say what satisfies it, or what it needs in 'needs'");
        }
        EvidenceVocabulary vocabulary = catalog.evidenceVocabulary();
        for (Evidence e : r.evidence()) {
            term(where, vocabulary, e);
        }
        for (FindingSelector s : r.blockedBy()) {
            // themes are references, resolved with the shapes
            switch (s.tag()) {
                case "theme" -> {}
                case "fdaControl" -> known(where, vocabulary, "control", s.value());
                default -> known(where, vocabulary, "dittaPrinciple", s.value());
            }
        }
    }

    private void term(String where, EvidenceVocabulary vocabulary, Evidence e) {
        if (e instanceof Evidence.AnyOf any) {
            any.options().forEach(o -> term(where, vocabulary, o));
        } else if (e instanceof Evidence.ModelFact m) {
            modelFact(where, vocabulary, m);
            limits(where, vocabulary, m);
        } else {
            known(where, vocabulary, e.kind(), e.key());
            limits(where, vocabulary, e);
        }
    }

    /** Numbers bound integers and ages bound dates; tests and documents take an age (their date). */
    private void limits(String where, EvidenceVocabulary vocabulary, Evidence e) {
        Evidence.Limits limits = e.limits();
        if (limits.isEmpty()) {
            return;
        }
        boolean dated = e instanceof Evidence.Test || e instanceof Evidence.Document;
        String type = dated
                ? "date"
                : vocabulary.find(e.kind(), e.key()).map(VocabularyTerm::type).orElse("");
        if ((limits.min().isPresent() || limits.max().isPresent()) && !type.equals("integer")) {
            problem(where, "limit-type", "'" + e.term() + "' sets min/max on a term that is not an integer");
        }
        if (limits.maxAgeDays().isPresent() && !type.equals("date")) {
            problem(where, "limit-type", "'" + e.term() + "' sets maxAgeDays on a term that is not a date");
        }
    }

    private void modelFact(String where, EvidenceVocabulary vocabulary, Evidence.ModelFact m) {
        vocabulary
                .find("model", m.path())
                .ifPresentOrElse(
                        term -> {
                            if (m.operator() == Evidence.Operator.STATED) {
                                return;
                            }
                            List<String> allowed =
                                    term.type().equals("boolean") ? List.of("true", "false") : term.values();
                            if (!allowed.contains(m.value())) {
                                problem(
                                        where,
                                        "unknown-value",
                                        "'" + m.term() + "' compares with a value " + m.path() + " cannot take"
                                                + (allowed.isEmpty()
                                                        ? ""
                                                        : " (allowed: " + String.join(", ", allowed) + ")"));
                            }
                        },
                        () -> unknown(where, vocabulary, "model", m.path()));
    }

    private void known(String where, EvidenceVocabulary vocabulary, String kind, String term) {
        if (vocabulary.find(kind, term).isEmpty()) {
            unknown(where, vocabulary, kind, term);
        }
    }

    private void unknown(String where, EvidenceVocabulary vocabulary, String kind, String term) {
        String hint = ResourceCheck.nearest(term, vocabulary.terms(kind).keySet())
                .map(s -> "; did you mean '" + s + "'?")
                .orElse(" (known: " + sorted(vocabulary.terms(kind).keySet()) + ")");
        problem(where, "unknown-term", "unknown " + kind + " term '" + term + "'" + hint);
    }

    private void applicability(String where, Applicability a) {
        if (a.kinds().isEmpty() || !KINDS.containsAll(a.kinds())) {
            problem(where, "applicability", "applicability kinds must be product and/or site, not " + a.kinds());
        }
        if (!MARKETS.containsAll(a.markets())) {
            problem(where, "applicability", "unknown market in " + a.markets() + " (known: " + sorted(MARKETS) + ")");
        }
        values(where, "classes", a.classes(), SystemInfo.DeviceClass.class);
        values(where, "pathways", a.pathways(), SystemInfo.Pathway.class);
        for (String status : a.regulatoryStatus()) {
            if (WireValue.parse(RegulatoryStatus.class, status).isEmpty()) {
                problem(
                        where,
                        "applicability",
                        "applicability regulatoryStatus names '" + status
                                + "', which the model format does not define");
            }
        }
    }

    /** Class and pathway conditions use the model format's markets and values (its declaration is their home). */
    private <E extends Enum<E> & WireValue> void values(
            String where, String key, Map<String, Set<String>> perMarket, Class<E> type) {
        perMarket.forEach((market, values) -> {
            if (!MARKETS.contains(market)) {
                problem(where, "applicability", "applicability " + key + " names unknown market '" + market + "'");
            }
            for (String value : values) {
                if (WireValue.parse(type, value).isEmpty()) {
                    problem(
                            where,
                            "applicability",
                            "applicability " + key + "." + market + " names '" + value
                                    + "', which the model format does not define");
                }
            }
        });
    }

    /** A problem of the part named {@code where} ("requirement ID"), placed where that part is defined. */
    private void problem(String where, String code, String message) {
        Location at = places.getOrDefault(where, Location.ofFile(java.nio.file.Path.of(CatalogReader.INDEX)));
        check.error(at, code, where + ": " + message);
    }

    private static String sorted(Set<String> ids) {
        return ids.stream().sorted().collect(Collectors.joining(", "));
    }
}
