package dev.vigil.engine.catalog;

import dev.vigil.engine.load.ResourceCheck;
import dev.vigil.engine.load.Shape.ObjectShape;
import dev.vigil.engine.source.Diagnostic;
import dev.vigil.engine.source.Fields;
import dev.vigil.engine.source.Location;
import dev.vigil.engine.source.Node;
import dev.vigil.engine.source.Node.MapNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one place that turns catalog files into records. Every file is read through the located reader and
 * checked against its declared shape ({@link CatalogFormat}): unknown keys, missing keys, wrong types, bad
 * values, duplicate ids and references to themes, phases or requirements that no file defines are reported
 * together as {@code file:line:column: message}. When the shapes hold, {@link CatalogCheck} checks the
 * rules between the parts, placing each problem at the requirement or framework it concerns.
 */
final class CatalogReader {
    static final String INDEX = "catalog.yaml";

    private final CatalogFiles files;
    private final ResourceCheck check = new ResourceCheck();
    /** Where each framework, requirement and theme is defined, so later checks can point at it. */
    private final Map<String, Location> places = new java.util.HashMap<>();

    CatalogReader(CatalogFiles files) {
        this.files = files;
    }

    /** Reads and checks the whole catalog, or throws listing every problem with its place. */
    Catalog read() {
        Optional<Fields> index = file(INDEX, null, CatalogFormat.INDEX, "the catalog index");
        Fields root = index.orElse(null);
        if (root == null) {
            throw CatalogException.of(check.finish());
        }
        Optional<Fields> themes = part(root, "themes", CatalogFormat.THEMES, "the theme file");
        Optional<Fields> phases = part(root, "phases", CatalogFormat.PHASES, "the phase file");
        Optional<Fields> evidence = part(root, "evidence", CatalogFormat.EVIDENCE, "the evidence vocabulary");
        Optional<Fields> isaos = part(root, "isaos", CatalogFormat.ISAOS, "the ISAO file");
        List<Fields> frameworkFiles = new ArrayList<>();
        for (Node name : root.items("frameworks")) {
            if (name instanceof Node.ScalarNode scalar) {
                file(scalar.text().strip(), scalar.location(), CatalogFormat.FRAMEWORK, "the framework")
                        .ifPresent(frameworkFiles::add);
            }
        }
        if (check.failed()) {
            throw CatalogException.of(check.finish());
        }
        List<Framework> frameworks = new ArrayList<>();
        for (Fields f : frameworkFiles) {
            frameworks.add(framework(f));
        }
        Catalog catalog = new Catalog(
                root.text("version"),
                frameworks,
                themes(themes.orElseThrow()),
                phases(phases.orElseThrow()),
                vocabulary(evidence.orElseThrow()),
                isaos(isaos.orElseThrow()));
        new CatalogCheck(catalog, places, check).run();
        List<Diagnostic> problems = check.finish();
        if (!problems.isEmpty()) {
            throw CatalogException.of(problems);
        }
        return catalog;
    }

    /** The file the index names under {@code key}. */
    private Optional<Fields> part(Fields index, String key, ObjectShape shape, String where) {
        String name = index.text(key);
        return name.isEmpty() ? Optional.empty() : file(name, index.location(key), shape, where);
    }

    /** Reads one file; {@code namedAt} is where the index names it (null for the index itself). */
    private Optional<Fields> file(String name, Location namedAt, ObjectShape shape, String where) {
        Path path = files.path(name);
        String text;
        try (InputStream in = files.open(name)) {
            if (in == null) {
                check.error(
                        namedAt == null ? Location.ofFile(path) : namedAt,
                        "missing-file",
                        "catalog file '" + name + "' not found");
                return Optional.empty();
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            check.error(Location.ofFile(path), "unreadable-file", "cannot read the catalog file: " + e.getMessage());
            return Optional.empty();
        }
        String article = shape.label().matches("[aeiouAEIOU].*") ? "an " : "a ";
        return check.read(path, text, shape, where, article + shape.label() + " must be a map")
                .filter(MapNode.class::isInstance)
                .map(n -> new Fields((MapNode) n));
    }

    private List<Theme> themes(Fields file) {
        List<Theme> themes = new ArrayList<>();
        for (Fields t : file.objects("themes")) {
            places.putIfAbsent("theme " + t.text("id"), t.location());
            themes.add(new Theme(t.text("id"), t.text("title"), t.text("summary")));
        }
        return themes;
    }

    private List<KnownIsao> isaos(Fields file) {
        List<KnownIsao> isaos = new ArrayList<>();
        for (Fields i : file.objects("isaos")) {
            isaos.add(new KnownIsao(i.text("id"), i.text("name"), i.texts("aliases"), i.text("url")));
        }
        if (isaos.isEmpty()) {
            check.error(file.location("isaos"), "no-isao", "the ISAO file lists no ISAO");
        }
        return isaos;
    }

    private static List<Phase> phases(Fields file) {
        List<Phase> phases = new ArrayList<>();
        for (Fields p : file.objects("phases")) {
            phases.add(new Phase(
                    p.text("id"), p.text("title"), p.text("lifecycleKey"), p.text("summary"), p.texts("mappedStages")));
        }
        return phases;
    }

    private EvidenceVocabulary vocabulary(Fields file) {
        Map<String, Map<String, VocabularyTerm>> kinds = new LinkedHashMap<>();
        for (String kind : EvidenceVocabulary.KINDS) {
            Map<String, VocabularyTerm> terms = new LinkedHashMap<>();
            Optional<MapNode> section =
                    file.map().get(kind).filter(MapNode.class::isInstance).map(MapNode.class::cast);
            for (Node.Entry e : section.map(MapNode::entries).orElse(List.of())) {
                Fields term = new Fields((MapNode) e.value());
                // only facts read from the model have a type; controls, SBOM qualities and views do not
                boolean typed = kind.equals("lifecycle") || kind.equals("model");
                String type = term.text("type");
                String where = kind + " term '" + e.key() + "'";
                if (typed != CatalogFormat.TYPES.contains(type)) {
                    check.error(
                            term.location(),
                            "term-type",
                            where + ": 'type' must be one of " + CatalogFormat.TYPES + " for " + kind
                                    + " terms and absent otherwise");
                }
                List<String> values = term.texts("values");
                if (type.equals("enum") == values.isEmpty()) {
                    check.error(
                            term.location(),
                            "term-values",
                            where + ": 'values' is needed exactly when the type is enum");
                }
                terms.put(
                        e.key(),
                        new VocabularyTerm(
                                term.text("meaning"),
                                type,
                                values,
                                term.bool("fromSites").orElse(false)));
            }
            kinds.put(kind, terms);
        }
        return new EvidenceVocabulary(kinds);
    }

    private Framework framework(Fields f) {
        String id = f.text("id");
        places.putIfAbsent("framework " + id, f.location());
        Citation base = new Citation(f.text("document"), f.text("documentId"), f.text("version"), "", f.text("url"));
        Applicability applicability = applicability(f.object("applicability"), null);
        boolean verified = f.bool("verified").orElse(false);
        String note = f.text("note");
        if (!verified && note.isEmpty()) {
            check.error(
                    f.location(),
                    "unverified-without-note",
                    "framework " + id + ": an unverified framework needs a 'note' saying what is unchecked");
        }
        List<Requirement> requirements = new ArrayList<>();
        for (Fields r : f.objects("requirements")) {
            requirements.add(requirement(r, id, base, applicability));
        }
        if (requirements.isEmpty()) {
            check.error(
                    f.location("requirements"),
                    "no-requirements",
                    "framework " + id + ": a framework needs at least one requirement");
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

    private Requirement requirement(Fields r, String framework, Citation base, Applicability inherited) {
        String id = r.text("id");
        places.putIfAbsent("requirement " + id, r.location());
        boolean verified = r.bool("verified").orElse(false);
        String note = r.text("note");
        if (!verified && note.isEmpty()) {
            check.error(
                    r.location(),
                    "unverified-without-note",
                    "requirement " + id + ": an unverified requirement needs a 'note' saying what is unchecked");
        }
        String section = r.text("section");
        Citation citation = new Citation(base.document(), base.documentId(), base.version(), section, base.url());
        Map<String, List<String>> details = new LinkedHashMap<>();
        r.object("details").ifPresent(d -> {
            for (String key : CatalogFormat.DETAIL_KEYS) {
                if (d.has(key)) {
                    details.put(key, d.texts(key));
                }
            }
        });
        EvidenceTerms terms = new EvidenceTerms(check, "requirement " + id);
        return new Requirement(
                id,
                framework,
                section,
                r.text("title"),
                r.text("summary"),
                r.has("applicability") ? applicability(r.object("applicability"), inherited) : inherited,
                r.text("phase"),
                r.texts("themes"),
                citation,
                verified,
                note,
                details,
                terms.evidence(r),
                terms.blockers(r),
                r.texts("refersTo"),
                r.text("needs"));
    }

    /** Reads applicability; fields left out inherit from the framework's ({@code inherited}). */
    private Applicability applicability(Optional<Fields> given, Applicability inherited) {
        Fields a = given.orElse(new Fields(new MapNode(Location.ofFile(Path.of(INDEX)), List.of())));
        Set<String> kinds = new LinkedHashSet<>(a.texts("kinds"));
        if (kinds.isEmpty()) {
            kinds = inherited == null ? Set.of() : inherited.kinds();
        }
        Set<String> markets = a.has("markets")
                ? new LinkedHashSet<>(a.texts("markets"))
                : inherited == null ? Set.of() : inherited.markets();
        boolean cyber = a.bool("cyberDeviceOnly").orElse(inherited != null && inherited.cyberDeviceOnly());
        Optional<Boolean> ivd = a.has("ivd")
                ? Optional.of(a.bool("ivd").orElse(false))
                : inherited == null ? Optional.empty() : inherited.ivd();
        Map<String, Set<String>> classes = a.has("classes")
                ? perMarket(a.map().get("classes").orElseThrow())
                : inherited == null ? Map.of() : inherited.classes();
        Map<String, Set<String>> pathways = a.has("pathways")
                ? perMarket(a.map().get("pathways").orElseThrow())
                : inherited == null ? Map.of() : inherited.pathways();
        Set<String> status = a.has("regulatoryStatus")
                ? new LinkedHashSet<>(a.texts("regulatoryStatus"))
                : inherited == null ? Set.of() : inherited.regulatoryStatus();
        return new Applicability(kinds, markets, cyber, ivd, classes, pathways, status);
    }

    /** {@code {us: [II, III]}}: market to the values that select the requirement. */
    private Map<String, Set<String>> perMarket(Node node) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        if (node instanceof MapNode map) {
            Fields fields = new Fields(map);
            for (Node.Entry e : map.entries()) {
                List<String> values = fields.texts(e.key());
                if (values.isEmpty()) {
                    check.error(e.keyLocation(), "no-values", "'" + e.key() + "' must list at least one value");
                }
                out.put(e.key(), new LinkedHashSet<>(values));
            }
        }
        return out;
    }
}
