package dev.vigil.engine.postmarket.csaf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** CSAF 2.0 mandatory tests on product and group ids: 6.1.1, 6.1.2, 6.1.4, 6.1.5, 6.1.6, 6.1.7, 6.1.29, 6.1.32. */
final class ProductTests {
    private ProductTests() {}

    static void run(JsonNode doc, List<CsafProblem> out) {
        List<Doc.Ref> defined = Doc.productDefinitions(doc);
        Set<String> ids = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (Doc.Ref d : defined) {
            ids.add(d.id());
            if (!seen.add(d.id())) {
                out.add(new CsafProblem("6.1.2", d.path(), "product id '" + d.id() + "' is defined more than once"));
            }
        }
        for (Doc.Ref r : Doc.productReferences(doc)) {
            if (!ids.contains(r.id())) {
                out.add(new CsafProblem(
                        "6.1.1", r.path(), "product id '" + r.id() + "' is not defined in the" + " product tree"));
            }
        }
        Set<String> groups = new HashSet<>();
        JsonNode tree = doc.get("product_tree");
        if (tree != null) {
            Doc.each(tree.get("product_groups"), "/product_tree/product_groups", (g, p) -> {
                String id = Doc.text(g, "group_id");
                if (id != null && !groups.add(id)) {
                    out.add(new CsafProblem(
                            "6.1.5", p + "/group_id", "product group id '" + id + "' is defined more than once"));
                }
            });
        }
        for (Doc.Ref r : Doc.groupReferences(doc)) {
            if (!groups.contains(r.id())) {
                out.add(new CsafProblem(
                        "6.1.4",
                        r.path(),
                        "product group id '" + r.id() + "' is not defined in the" + " product tree"));
            }
        }
        Doc.each(doc.get("vulnerabilities"), "/vulnerabilities", (v, p) -> {
            contradictingStatus(v, p, out);
            scoresPerProduct(v, p, out);
            Doc.each(v.get("remediations"), p + "/remediations", (r, rp) -> {
                if (!hasItems(r, "product_ids") && !hasItems(r, "group_ids")) {
                    out.add(new CsafProblem("6.1.29", rp, "the remediation names no product and no product group"));
                }
            });
            Doc.each(v.get("flags"), p + "/flags", (f, fp) -> {
                if (!hasItems(f, "product_ids") && !hasItems(f, "group_ids")) {
                    out.add(new CsafProblem("6.1.32", fp, "the flag names no product and no product group"));
                }
            });
        });
    }

    private static boolean hasItems(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isArray() && !v.isEmpty();
    }

    /** A product may be in one status group only: affected, not affected, fixed or under investigation. */
    private static void contradictingStatus(JsonNode v, String path, List<CsafProblem> out) {
        JsonNode status = v.get("product_status");
        if (status == null) {
            return;
        }
        Map<String, String> groupOf = new HashMap<>();
        Map<String, String> group = Map.of(
                "first_affected", "affected",
                "known_affected", "affected",
                "last_affected", "affected",
                "known_not_affected", "not affected",
                "first_fixed", "fixed",
                "fixed", "fixed",
                "under_investigation", "under investigation");
        for (var entry :
                group.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            List<Doc.Ref> refs = new ArrayList<>();
            Doc.ids(status, entry.getKey(), path + "/product_status", refs);
            for (Doc.Ref r : refs) {
                String before = groupOf.putIfAbsent(r.id(), entry.getValue());
                if (before != null && !before.equals(entry.getValue())) {
                    out.add(new CsafProblem(
                            "6.1.6",
                            r.path(),
                            "product '" + r.id() + "' is both " + before + " and " + entry.getValue()));
                }
            }
        }
    }

    /** One CVSS score per version and product in one vulnerability. */
    private static void scoresPerProduct(JsonNode v, String path, List<CsafProblem> out) {
        Set<String> seen = new HashSet<>();
        Doc.each(v.get("scores"), path + "/scores", (s, sp) -> {
            List<String> versions = new ArrayList<>();
            if (s.has("cvss_v2")) {
                versions.add("2.0");
            }
            if (s.has("cvss_v3")) {
                versions.add(String.valueOf(Doc.text(s.get("cvss_v3"), "version")));
            }
            List<Doc.Ref> products = new ArrayList<>();
            Doc.ids(s, "products", sp, products);
            for (Doc.Ref r : products) {
                for (String version : versions) {
                    if (!seen.add(r.id() + " " + version)) {
                        out.add(new CsafProblem(
                                "6.1.7",
                                r.path(),
                                "product '" + r.id() + "' has more than one CVSS " + version + " score"));
                    }
                }
            }
        });
    }
}
