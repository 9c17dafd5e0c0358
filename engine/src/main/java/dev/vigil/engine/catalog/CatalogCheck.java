package dev.vigil.engine.catalog;

import dev.vigil.engine.model.RegulatoryStatus;
import dev.vigil.engine.model.SystemInfo;
import dev.vigil.engine.model.WireValue;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The consistency rules between the parts of the catalog: unique ids, known themes, phases and
 * vocabulary terms, resolvable cross references, a citation and a theme for every requirement.
 */
final class CatalogCheck {
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** The model format's {@code system.kind} and {@code system.markets} values. */
    static final Set<String> KINDS = Set.of("product", "site");

    static final Set<String> MARKETS = Set.of("us", "eu", "ca", "au", "fr", "jp", "uk");

    private final Catalog catalog;
    private final List<String> problems;

    CatalogCheck(Catalog catalog, List<String> problems) {
        this.catalog = catalog;
        this.problems = problems;
    }

    void run() {
        Set<String> themes = ids(catalog.themes().stream().map(Theme::id).toList(), "theme");
        Set<String> phases = ids(catalog.phases().stream().map(Phase::id).toList(), "phase");
        ids(catalog.frameworks().stream().map(Framework::id).toList(), "framework");
        // from the frameworks, not catalog.requirements(): that index already dropped duplicates
        Set<String> requirements = ids(
                catalog.frameworks().stream()
                        .flatMap(f -> f.requirements().stream())
                        .map(Requirement::id)
                        .toList(),
                "requirement");
        Set<String> usedThemes = new HashSet<>();
        for (Framework f : catalog.frameworks()) {
            applicability("framework " + f.id(), f.applicability());
            for (Requirement r : f.requirements()) {
                String where = "requirement " + r.id();
                if (!r.id().startsWith(f.id() + "-")) {
                    problems.add(where + ": id must start with its framework's id '" + f.id() + "-'");
                }
                if (r.section().isEmpty()) {
                    problems.add(where + ": no citation: the source's own section number ('section') is missing");
                }
                if (r.themes().isEmpty()) {
                    problems.add(where + ": maps to no theme; every requirement needs at least one");
                }
                for (String theme : r.themes()) {
                    usedThemes.add(theme);
                    if (!themes.contains(theme)) {
                        problems.add(where + ": unknown theme '" + theme + "' (known: " + sorted(themes) + ")");
                    }
                }
                if (!phases.contains(r.phase())) {
                    problems.add(where + ": unknown phase '" + r.phase() + "' (known: " + sorted(phases) + ")");
                }
                for (String other : r.refersTo()) {
                    if (!requirements.contains(other)) {
                        problems.add(where + ": refersTo names no catalog requirement: '" + other + "'");
                    }
                }
                applicability(where, r.applicability());
                evidence(where, r, themes);
            }
        }
        for (String theme : themes) {
            if (!usedThemes.contains(theme)) {
                problems.add("theme " + theme + ": no requirement maps to it");
            }
        }
    }

    private void evidence(String where, Requirement r, Set<String> themes) {
        if (r.evidence().isEmpty() && r.needs().isEmpty()) {
            problems.add(where + ": declares no evidence; say what satisfies it, or what it needs in 'needs'");
        }
        EvidenceVocabulary vocabulary = catalog.evidenceVocabulary();
        for (Evidence e : r.evidence()) {
            term(where, vocabulary, e);
        }
        for (FindingSelector s : r.blockedBy()) {
            switch (s.tag()) {
                case "theme" -> {
                    if (!themes.contains(s.value())) {
                        problems.add(where + ": blockedBy names unknown theme '" + s.value() + "'");
                    }
                }
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
            problems.add(where + ": '" + e.term() + "' sets min/max on a term that is not an integer");
        }
        if (limits.maxAgeDays().isPresent() && !type.equals("date")) {
            problems.add(where + ": '" + e.term() + "' sets maxAgeDays on a term that is not a date");
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
                                problems.add(where + ": '" + m.term() + "' compares with a value " + m.path()
                                        + " cannot take"
                                        + (allowed.isEmpty() ? "" : " (allowed: " + String.join(", ", allowed) + ")"));
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
        problems.add(where + ": unknown " + kind + " term '" + term + "' (known: "
                + sorted(vocabulary.terms(kind).keySet()) + ")");
    }

    private void applicability(String where, Applicability a) {
        if (a.kinds().isEmpty() || !KINDS.containsAll(a.kinds())) {
            problems.add(where + ": applicability kinds must be product and/or site, not " + a.kinds());
        }
        if (!MARKETS.containsAll(a.markets())) {
            problems.add(where + ": unknown market in " + a.markets() + " (known: " + sorted(MARKETS) + ")");
        }
        values(where, "classes", a.classes(), SystemInfo.DeviceClass.class);
        values(where, "pathways", a.pathways(), SystemInfo.Pathway.class);
        for (String status : a.regulatoryStatus()) {
            if (WireValue.parse(RegulatoryStatus.class, status).isEmpty()) {
                problems.add(where + ": applicability regulatoryStatus names '" + status
                        + "', which the model format does not define");
            }
        }
    }

    /** Class and pathway conditions use the model format's markets and values (its declaration is their home). */
    private <E extends Enum<E> & WireValue> void values(
            String where, String key, Map<String, Set<String>> perMarket, Class<E> type) {
        perMarket.forEach((market, values) -> {
            if (!MARKETS.contains(market)) {
                problems.add(where + ": applicability " + key + " names unknown market '" + market + "'");
            }
            for (String value : values) {
                if (WireValue.parse(type, value).isEmpty()) {
                    problems.add(where + ": applicability " + key + "." + market + " names '" + value
                            + "', which the model format does not define");
                }
            }
        });
    }

    /** Reports duplicates and ids that are not kebab-case; returns the distinct ids. */
    private Set<String> ids(List<String> ids, String noun) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!KEBAB.matcher(id).matches()) {
                problems.add(noun + " id '" + id + "' is not lower-case kebab-case");
            }
            if (!seen.add(id)) {
                problems.add("duplicate " + noun + " id '" + id + "'");
            }
        }
        return seen;
    }

    private static String sorted(Set<String> ids) {
        return ids.stream().sorted().collect(Collectors.joining(", "));
    }
}
