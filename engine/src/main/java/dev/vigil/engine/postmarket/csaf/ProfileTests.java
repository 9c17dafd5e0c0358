package dev.vigil.engine.postmarket.csaf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** CSAF 2.0 mandatory profile tests 6.1.27.4 to 6.1.27.11 (security advisory and VEX profiles). */
final class ProfileTests {
    private ProfileTests() {}

    static void run(JsonNode doc, List<CsafProblem> out) {
        String category = doc.has("document") ? Doc.text(doc.get("document"), "category") : null;
        boolean advisory = "csaf_security_advisory".equals(category);
        boolean vex = "csaf_vex".equals(category);
        if (!advisory && !vex) {
            return;
        }
        if (!doc.has("product_tree")) {
            out.add(new CsafProblem("6.1.27.4", "", "a " + category + " document needs a product tree"));
        }
        if (!doc.has("vulnerabilities")) {
            out.add(new CsafProblem("6.1.27.11", "", "a " + category + " document needs vulnerabilities"));
        }
        Map<String, Set<String>> groups = groups(doc);
        Doc.each(doc.get("vulnerabilities"), "/vulnerabilities", (v, p) -> {
            if (!v.has("notes")) {
                out.add(new CsafProblem("6.1.27.5", p, "each vulnerability of a " + category + " needs notes"));
            }
            if (advisory && !v.has("product_status")) {
                out.add(new CsafProblem(
                        "6.1.27.6", p, "each vulnerability of a security advisory needs a product" + " status"));
            }
            if (vex) {
                vex(v, p, groups, out);
            }
        });
    }

    private static void vex(JsonNode v, String p, Map<String, Set<String>> groups, List<CsafProblem> out) {
        JsonNode status = v.get("product_status");
        if (status == null
                || !(status.has("fixed")
                        || status.has("known_affected")
                        || status.has("known_not_affected")
                        || status.has("under_investigation"))) {
            out.add(new CsafProblem(
                    "6.1.27.7",
                    p + (status == null ? "" : "/product_status"),
                    "a VEX vulnerability needs fixed, known_affected, known_not_affected or under_investigation"));
        }
        if (!v.has("cve") && !v.has("ids")) {
            out.add(new CsafProblem("6.1.27.8", p, "a VEX vulnerability needs a cve or ids"));
        }
        if (status == null) {
            return;
        }
        Set<String> explained = new HashSet<>();
        Doc.each(v.get("flags"), p + "/flags", (f, fp) -> covered(f, groups, explained));
        Doc.each(v.get("threats"), p + "/threats", (t, tp) -> {
            if ("impact".equals(Doc.text(t, "category"))) {
                covered(t, groups, explained);
            }
        });
        List<Doc.Ref> notAffected = new ArrayList<>();
        Doc.ids(status, "known_not_affected", p + "/product_status", notAffected);
        for (Doc.Ref r : notAffected) {
            if (!explained.contains(r.id())) {
                out.add(new CsafProblem(
                        "6.1.27.9",
                        r.path(),
                        "product '" + r.id() + "' is not affected but no flag" + " or impact statement says why"));
            }
        }
        Set<String> remedied = new HashSet<>();
        Doc.each(v.get("remediations"), p + "/remediations", (r, rp) -> covered(r, groups, remedied));
        List<Doc.Ref> affected = new ArrayList<>();
        Doc.ids(status, "known_affected", p + "/product_status", affected);
        for (Doc.Ref r : affected) {
            if (!remedied.contains(r.id())) {
                out.add(new CsafProblem(
                        "6.1.27.10",
                        r.path(),
                        "product '" + r.id() + "' is affected but has no" + " action statement (remediation)"));
            }
        }
    }

    private static void covered(JsonNode node, Map<String, Set<String>> groups, Set<String> into) {
        List<Doc.Ref> refs = new ArrayList<>();
        Doc.ids(node, "product_ids", "", refs);
        refs.forEach(r -> into.add(r.id()));
        List<Doc.Ref> gs = new ArrayList<>();
        Doc.ids(node, "group_ids", "", gs);
        gs.forEach(g -> into.addAll(groups.getOrDefault(g.id(), Set.of())));
    }

    private static Map<String, Set<String>> groups(JsonNode doc) {
        Map<String, Set<String>> groups = new HashMap<>();
        JsonNode tree = doc.get("product_tree");
        if (tree != null) {
            Doc.each(tree.get("product_groups"), "", (g, p) -> {
                List<Doc.Ref> ids = new ArrayList<>();
                Doc.ids(g, "product_ids", "", ids);
                Set<String> set = new HashSet<>();
                ids.forEach(r -> set.add(r.id()));
                groups.put(String.valueOf(Doc.text(g, "group_id")), set);
            });
        }
        return groups;
    }
}
