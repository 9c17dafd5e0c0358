package dev.vigil.engine.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The catalog's JSON shape (issue 4): one place, so the CLI and the server's API print the same
 * fields. Each method returns the top-level object, e.g. {@code {"frameworks": [...]}}.
 */
public final class CatalogJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CatalogJson() {}

    /** Frameworks with the number of the given requirements that belong to each. */
    public static ObjectNode frameworks(Catalog catalog, List<Framework> frameworks, List<Requirement> counted) {
        ObjectNode root = root(catalog);
        ArrayNode out = root.putArray("frameworks");
        for (Framework f : frameworks) {
            List<Requirement> own =
                    counted.stream().filter(r -> r.framework().equals(f.id())).toList();
            ObjectNode n = out.addObject()
                    .put("id", f.id())
                    .put("title", f.title())
                    .put("issuer", f.issuer())
                    .put("version", f.version())
                    .put("requirements", own.size())
                    .put(
                            "unverifiedRequirements",
                            own.stream().filter(r -> !r.verified()).count())
                    .put("verified", f.verified())
                    .put("note", f.note());
            citation(n.putObject("citation"), f.citation());
            applicability(n.putObject("applicability"), f.applicability());
        }
        return root;
    }

    public static ObjectNode requirements(Catalog catalog, List<Requirement> requirements) {
        ObjectNode root = root(catalog);
        ArrayNode out = root.putArray("requirements");
        for (Requirement r : requirements) {
            ObjectNode n = out.addObject()
                    .put("id", r.id())
                    .put("framework", r.framework())
                    .put("section", r.section())
                    .put("title", r.title())
                    .put("summary", r.summary());
            strings(n.putArray("themes"), r.themes());
            n.put("phase", r.phase());
            citation(n.putObject("citation"), r.citation());
            n.put("verified", r.verified()).put("note", r.note());
            applicability(n.putObject("applicability"), r.applicability());
            ObjectNode details = n.putObject("details");
            r.details().forEach((k, v) -> strings(details.putArray(k), v));
            strings(
                    n.putArray("evidence"),
                    r.evidence().stream().map(Evidence::term).toList());
            strings(
                    n.putArray("blockedBy"),
                    r.blockedBy().stream().map(FindingSelector::term).toList());
            strings(n.putArray("refersTo"), r.refersTo());
            if (!r.needs().isEmpty()) {
                n.put("needs", r.needs());
            }
        }
        return root;
    }

    /** The crosswalk: each theme with its requirement ids per framework, for the given requirements. */
    public static ObjectNode themes(Catalog catalog, List<Theme> themes, List<Requirement> requirements) {
        ObjectNode root = root(catalog);
        ArrayNode out = root.putArray("themes");
        java.util.Set<String> included =
                requirements.stream().map(Requirement::id).collect(java.util.stream.Collectors.toSet());
        for (Theme t : themes) {
            ObjectNode n =
                    out.addObject().put("id", t.id()).put("title", t.title()).put("summary", t.summary());
            ObjectNode row = n.putObject("requirements");
            for (Map.Entry<String, List<Requirement>> e :
                    catalog.crosswalk(t.id()).entrySet()) {
                List<String> ids = e.getValue().stream()
                        .map(Requirement::id)
                        .filter(included::contains)
                        .toList();
                if (!ids.isEmpty()) {
                    strings(row.putArray(e.getKey()), ids);
                }
            }
        }
        return root;
    }

    private static ObjectNode root(Catalog catalog) {
        return MAPPER.createObjectNode().put("catalogVersion", catalog.version());
    }

    private static void citation(ObjectNode n, Citation c) {
        n.put("document", c.document()).put("documentId", c.documentId()).put("version", c.version());
        if (!c.section().isEmpty()) {
            n.put("section", c.section()).put("text", c.text());
        }
        if (!c.url().isEmpty()) {
            n.put("url", c.url());
        }
    }

    private static void applicability(ObjectNode n, Applicability a) {
        strings(n.putArray("kinds"), a.kinds().stream().sorted().toList());
        strings(n.putArray("markets"), a.markets().stream().sorted().toList());
        n.put("cyberDeviceOnly", a.cyberDeviceOnly());
        a.ivd().ifPresent(ivd -> n.put("ivd", ivd));
        perMarket(n, "classes", a.classes());
        perMarket(n, "pathways", a.pathways());
        if (!a.regulatoryStatus().isEmpty()) {
            strings(
                    n.putArray("regulatoryStatus"),
                    a.regulatoryStatus().stream().sorted().toList());
        }
    }

    private static void perMarket(ObjectNode n, String key, Map<String, java.util.Set<String>> values) {
        if (!values.isEmpty()) {
            ObjectNode out = n.putObject(key);
            values.forEach((market, v) ->
                    strings(out.putArray(market), v.stream().sorted().toList()));
        }
    }

    private static void strings(ArrayNode array, Collection<String> values) {
        values.forEach(array::add);
    }
}
