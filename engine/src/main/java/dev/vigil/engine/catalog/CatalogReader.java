package dev.vigil.engine.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place that turns catalog files into records. Reads strictly (unknown keys, missing fields
 * and wrong types are problems) and collects every problem; {@link CatalogCheck} then checks the
 * references between the parts.
 */
final class CatalogReader {
    static final String INDEX = "catalog.yaml";
    private static final List<String> TYPES =
            List.of("boolean", "date", "integer", "text", "reference", "section", "enum");
    private static final List<String> DETAIL_KEYS =
            List.of("threats", "recommendations", "referenceStandards", "items");

    private final CatalogFiles files;
    private final List<String> problems = new ArrayList<>();

    CatalogReader(CatalogFiles files) {
        this.files = files;
    }

    /** Reads and checks the whole catalog, or throws listing every problem. */
    Catalog read() {
        YamlMap index = file(INDEX);
        index.allowOnly(List.of("catalog", "version", "themes", "phases", "evidence", "isaos", "frameworks"));
        if (!"1".equals(index.optionalText("catalog", null))) {
            index.problem("'catalog' must be 1 (the catalog file format)");
        }
        String version = index.text("version");
        List<Theme> themes = themes(file(index.text("themes")));
        List<Phase> phases = phases(file(index.text("phases")));
        EvidenceVocabulary vocabulary = vocabulary(file(index.text("evidence")));
        List<KnownIsao> isaos = isaos(file(index.text("isaos")));
        List<Framework> frameworks = new ArrayList<>();
        for (String name : index.texts("frameworks")) {
            frameworks.add(framework(file(name)));
        }
        Catalog catalog = new Catalog(version, frameworks, themes, phases, vocabulary, isaos);
        new CatalogCheck(catalog, problems).run();
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        return catalog;
    }

    private YamlMap file(String name) {
        InputStream in = name.isEmpty() ? null : files.open(name);
        if (in == null) {
            problems.add("catalog file not found: " + name);
            return YamlMap.empty(name, problems);
        }
        try {
            return YamlMap.parse(in, name, problems);
        } catch (IOException e) {
            problems.add(name + ": cannot be read: " + e.getMessage());
            return YamlMap.empty(name, problems);
        }
    }

    private static List<Theme> themes(YamlMap file) {
        file.allowOnly(List.of("themes"));
        List<Theme> themes = new ArrayList<>();
        for (YamlMap t : file.maps("themes", "theme")) {
            t.allowOnly(List.of("id", "title", "summary"));
            themes.add(new Theme(t.text("id"), t.text("title"), t.text("summary")));
        }
        return themes;
    }

    private static List<KnownIsao> isaos(YamlMap file) {
        file.allowOnly(List.of("isaos"));
        List<KnownIsao> isaos = new ArrayList<>();
        for (YamlMap i : file.maps("isaos", "isao")) {
            i.allowOnly(List.of("id", "name", "aliases", "url"));
            isaos.add(new KnownIsao(i.text("id"), i.text("name"), i.texts("aliases"), i.text("url")));
        }
        if (isaos.isEmpty()) {
            file.problem("lists no ISAO");
        }
        return isaos;
    }

    private static List<Phase> phases(YamlMap file) {
        file.allowOnly(List.of("phases"));
        List<Phase> phases = new ArrayList<>();
        for (YamlMap p : file.maps("phases", "phase")) {
            p.allowOnly(List.of("id", "title", "lifecycleKey", "summary", "mappedStages"));
            phases.add(new Phase(
                    p.text("id"), p.text("title"), p.text("lifecycleKey"), p.text("summary"), p.texts("mappedStages")));
        }
        return phases;
    }

    private static EvidenceVocabulary vocabulary(YamlMap file) {
        file.allowOnly(EvidenceVocabulary.KINDS);
        Map<String, Map<String, VocabularyTerm>> kinds = new LinkedHashMap<>();
        for (String kind : EvidenceVocabulary.KINDS) {
            Map<String, VocabularyTerm> terms = new LinkedHashMap<>();
            YamlMap section = file.map(kind);
            for (Map.Entry<String, Object> e : section.entries().entrySet()) {
                YamlMap term = section.child(e.getKey(), asMap(e.getValue(), section, e.getKey()));
                term.allowOnly(List.of("meaning", "type", "values", "fromSites"));
                // only facts read from the model have a type; controls, SBOM qualities and views do not
                boolean typed = kind.equals("lifecycle") || kind.equals("model");
                String type = typed ? term.text("type") : term.optionalText("type", "");
                if (typed != TYPES.contains(type)) {
                    term.problem("'type' must be one of " + TYPES + " for " + kind + " terms and absent otherwise");
                }
                List<String> values = term.texts("values");
                if (type.equals("enum") == values.isEmpty()) {
                    term.problem("'values' is needed exactly when the type is enum");
                }
                terms.put(
                        e.getKey(),
                        new VocabularyTerm(term.text("meaning"), type, values, term.bool("fromSites", false)));
            }
            kinds.put(kind, terms);
        }
        return new EvidenceVocabulary(kinds);
    }

    private static Map<String, Object> asMap(Object value, YamlMap file, String where) {
        if (value instanceof Map<?, ?> map) {
            return YamlMap.stringKeys(map);
        }
        file.problem(where + " must be a mapping with its meaning");
        return Map.of();
    }

    private Framework framework(YamlMap f) {
        f.allowOnly(List.of(
                "id",
                "title",
                "issuer",
                "version",
                "document",
                "documentId",
                "url",
                "applicability",
                "verified",
                "note",
                "requirements"));
        String id = f.text("id");
        Citation base = new Citation(
                f.text("document"), f.text("documentId"), f.text("version"), "", f.optionalText("url", ""));
        Applicability applicability = applicability(f.map("applicability"), null);
        boolean verified = f.bool("verified", false);
        String note = f.optionalText("note", "");
        if (!verified && note.isEmpty()) {
            f.problem("an unverified framework needs a 'note' saying what is unchecked");
        }
        List<Requirement> requirements = new ArrayList<>();
        for (YamlMap r : f.maps("requirements", "requirement")) {
            requirements.add(requirement(r, id, base, applicability));
        }
        if (requirements.isEmpty()) {
            f.problem("a framework needs at least one requirement");
        }
        return new Framework(
                id,
                f.text("title"),
                f.text("issuer"),
                base.version(),
                base,
                applicability,
                verified,
                note,
                requirements);
    }

    private Requirement requirement(YamlMap r, String framework, Citation base, Applicability inherited) {
        r.allowOnly(List.of(
                "id",
                "section",
                "title",
                "summary",
                "applicability",
                "phase",
                "themes",
                "verified",
                "note",
                "details",
                "evidence",
                "blockedBy",
                "refersTo",
                "needs"));
        if (!r.has("verified")) {
            r.problem("missing 'verified' (true only when checked against the official text)");
        }
        boolean verified = r.bool("verified", false);
        String note = r.optionalText("note", "");
        if (!verified && note.isEmpty()) {
            r.problem("an unverified requirement needs a 'note' saying what is unchecked");
        }
        String section = r.optionalText("section", "");
        Citation citation = new Citation(base.document(), base.documentId(), base.version(), section, base.url());
        Map<String, List<String>> details = new LinkedHashMap<>();
        YamlMap d = r.map("details");
        d.allowOnly(DETAIL_KEYS);
        for (String key : DETAIL_KEYS) {
            if (d.has(key)) {
                details.put(key, d.texts(key));
            }
        }
        return new Requirement(
                r.text("id"),
                framework,
                section,
                r.text("title"),
                r.text("summary"),
                r.has("applicability") ? applicability(r.map("applicability"), inherited) : inherited,
                r.text("phase"),
                r.texts("themes"),
                citation,
                verified,
                note,
                details,
                EvidenceTerms.evidence(r),
                EvidenceTerms.blockers(r),
                r.texts("refersTo"),
                r.optionalText("needs", ""));
    }

    /** Reads applicability; fields left out inherit from the framework's ({@code inherited}). */
    private static Applicability applicability(YamlMap a, Applicability inherited) {
        a.allowOnly(List.of("kinds", "markets", "cyberDeviceOnly", "ivd", "classes", "pathways", "regulatoryStatus"));
        Set<String> kinds = new LinkedHashSet<>(a.texts("kinds"));
        if (kinds.isEmpty()) {
            kinds = inherited == null ? Set.of() : inherited.kinds();
        }
        Set<String> markets = a.has("markets")
                ? new LinkedHashSet<>(a.texts("markets"))
                : inherited == null ? Set.of() : inherited.markets();
        boolean cyber = a.bool("cyberDeviceOnly", inherited != null && inherited.cyberDeviceOnly());
        java.util.Optional<Boolean> ivd = a.has("ivd")
                ? java.util.Optional.of(a.bool("ivd", false))
                : inherited == null ? java.util.Optional.empty() : inherited.ivd();
        Map<String, Set<String>> classes =
                a.has("classes") ? perMarket(a.map("classes")) : inherited == null ? Map.of() : inherited.classes();
        Map<String, Set<String>> pathways =
                a.has("pathways") ? perMarket(a.map("pathways")) : inherited == null ? Map.of() : inherited.pathways();
        Set<String> status = a.has("regulatoryStatus")
                ? new LinkedHashSet<>(a.texts("regulatoryStatus"))
                : inherited == null ? Set.of() : inherited.regulatoryStatus();
        return new Applicability(kinds, markets, cyber, ivd, classes, pathways, status);
    }

    /** {@code {us: [II, III]}}: market to the values that select the requirement. */
    private static Map<String, Set<String>> perMarket(YamlMap map) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String market : map.entries().keySet()) {
            List<String> values = map.texts(market);
            if (values.isEmpty()) {
                map.problem("'" + market + "' must list at least one value");
            }
            out.put(market, new LinkedHashSet<>(values));
        }
        return out;
    }
}
