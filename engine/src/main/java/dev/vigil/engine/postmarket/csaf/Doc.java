package dev.vigil.engine.postmarket.csaf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** Small walks over a CSAF document with JSON pointers, shared by the mandatory tests. */
final class Doc {
    private Doc() {}

    /** The items of an array at {@code node} (none when absent or not an array), each with its pointer. */
    static void each(JsonNode node, String path, BiConsumer<JsonNode, String> visit) {
        if (node != null && node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                visit.accept(node.get(i), path + "/" + i);
            }
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }

    /** A product id defined in the product tree, or referenced elsewhere, with where. */
    record Ref(String id, String path) {}

    /** Every product id definition: branches (recursively), full product names, relationships. */
    static List<Ref> productDefinitions(JsonNode doc) {
        List<Ref> out = new ArrayList<>();
        JsonNode tree = doc.get("product_tree");
        if (tree == null) {
            return out;
        }
        branches(tree.get("branches"), "/product_tree/branches", out);
        each(tree.get("full_product_names"), "/product_tree/full_product_names", (n, p) -> id(n, p, out));
        each(tree.get("relationships"), "/product_tree/relationships", (n, p) -> {
            JsonNode full = n.get("full_product_name");
            if (full != null) {
                id(full, p + "/full_product_name", out);
            }
        });
        return out;
    }

    private static void branches(JsonNode list, String path, List<Ref> out) {
        each(list, path, (b, p) -> {
            JsonNode product = b.get("product");
            if (product != null) {
                id(product, p + "/product", out);
            }
            branches(b.get("branches"), p + "/branches", out);
        });
    }

    private static void id(JsonNode fullProductName, String path, List<Ref> out) {
        String id = text(fullProductName, "product_id");
        if (id != null) {
            out.add(new Ref(id, path + "/product_id"));
        }
    }

    /** Every product id reference outside its definitions (CSAF 2.0 section 6.1.1's list). */
    static List<Ref> productReferences(JsonNode doc) {
        List<Ref> out = new ArrayList<>();
        JsonNode tree = doc.get("product_tree");
        if (tree != null) {
            each(tree.get("product_groups"), "/product_tree/product_groups", (g, p) -> ids(g, "product_ids", p, out));
            each(tree.get("relationships"), "/product_tree/relationships", (r, p) -> {
                single(r, "product_reference", p, out);
                single(r, "relates_to_product_reference", p, out);
            });
        }
        each(doc.get("vulnerabilities"), "/vulnerabilities", (v, p) -> {
            JsonNode status = v.get("product_status");
            if (status != null) {
                status.fieldNames().forEachRemaining(f -> ids(status, f, p + "/product_status", out));
            }
            each(v.get("remediations"), p + "/remediations", (r, rp) -> ids(r, "product_ids", rp, out));
            each(v.get("scores"), p + "/scores", (s, sp) -> ids(s, "products", sp, out));
            each(v.get("threats"), p + "/threats", (t, tp) -> ids(t, "product_ids", tp, out));
            each(v.get("flags"), p + "/flags", (f, fp) -> ids(f, "product_ids", fp, out));
        });
        return out;
    }

    /** Every product group id reference (remediations, threats, flags). */
    static List<Ref> groupReferences(JsonNode doc) {
        List<Ref> out = new ArrayList<>();
        each(doc.get("vulnerabilities"), "/vulnerabilities", (v, p) -> {
            each(v.get("remediations"), p + "/remediations", (r, rp) -> ids(r, "group_ids", rp, out));
            each(v.get("threats"), p + "/threats", (t, tp) -> ids(t, "group_ids", tp, out));
            each(v.get("flags"), p + "/flags", (f, fp) -> ids(f, "group_ids", fp, out));
        });
        return out;
    }

    static void ids(JsonNode node, String field, String path, List<Ref> out) {
        each(node.get(field), path + "/" + field, (id, p) -> {
            if (id.isTextual()) {
                out.add(new Ref(id.asText(), p));
            }
        });
    }

    private static void single(JsonNode node, String field, String path, List<Ref> out) {
        String id = text(node, field);
        if (id != null) {
            out.add(new Ref(id, path + "/" + field));
        }
    }
}
