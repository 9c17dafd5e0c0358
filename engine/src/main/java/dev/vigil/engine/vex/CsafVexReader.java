package dev.vigil.engine.vex;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * CSAF 2.0 with the VEX profile: the product tree gives each product id an identity (purl or CPE from its
 * identification helper, else the product name and version from its branch path), and each
 * {@code product_status} entry becomes one statement per product, so the flag, threat and remediation
 * that name that product stay with it.
 */
final class CsafVexReader {

    private static final Map<String, VexStatus> STATUSES = statuses();

    private final JsonFields fields;
    private final Map<String, ComponentRef> products = new HashMap<>();
    private final Map<String, List<String>> groups = new HashMap<>();

    CsafVexReader(JsonFields fields) {
        this.fields = fields;
    }

    private static Map<String, VexStatus> statuses() {
        Map<String, VexStatus> statuses = new LinkedHashMap<>();
        statuses.put("known_not_affected", VexStatus.NOT_AFFECTED);
        statuses.put("known_affected", VexStatus.AFFECTED);
        statuses.put("first_affected", VexStatus.AFFECTED);
        statuses.put("last_affected", VexStatus.AFFECTED);
        statuses.put("fixed", VexStatus.FIXED);
        statuses.put("first_fixed", VexStatus.FIXED);
        statuses.put("under_investigation", VexStatus.UNDER_INVESTIGATION);
        // "recommended" says which version to use, not how one is affected: no statement.
        return statuses;
    }

    VexDocument read(JsonNode root) throws VexException {
        JsonNode document = fields.object(root, "document", "").orElseThrow();
        Optional<JsonNode> tracking = fields.object(document, "tracking", "/document");
        Optional<String> id = Optional.empty();
        Optional<Instant> timestamp = Optional.empty();
        if (tracking.isPresent()) {
            id = fields.text(tracking.get(), "id", "/document/tracking");
            timestamp = fields.timestamp(tracking.get(), "current_release_date", "/document/tracking");
        }
        Optional<String> author = Optional.empty();
        Optional<JsonNode> publisher = fields.object(document, "publisher", "/document");
        if (publisher.isPresent()) {
            author = fields.text(publisher.get(), "name", "/document/publisher");
        }
        Optional<JsonNode> tree = fields.object(root, "product_tree", "");
        if (tree.isPresent()) {
            productTree(tree.get());
        }
        List<VexStatement> statements = new ArrayList<>();
        List<JsonNode> vulnerabilities = fields.array(root, "vulnerabilities", "");
        for (int i = 0; i < vulnerabilities.size(); i++) {
            vulnerability(vulnerabilities.get(i), "/vulnerabilities/" + i, id, timestamp, statements);
        }
        return new VexDocument(VexFormat.CSAF, fields.origin(), id, author, timestamp, statements);
    }

    private void productTree(JsonNode tree) throws VexException {
        List<JsonNode> branches = fields.array(tree, "branches", "/product_tree");
        for (int i = 0; i < branches.size(); i++) {
            branch(branches.get(i), "/product_tree/branches/" + i, null, null, null);
        }
        List<JsonNode> full = fields.array(tree, "full_product_names", "/product_tree");
        for (int i = 0; i < full.size(); i++) {
            product(full.get(i), "/product_tree/full_product_names/" + i, null, null, null);
        }
        List<JsonNode> relationships = fields.array(tree, "relationships", "/product_tree");
        for (int i = 0; i < relationships.size(); i++) {
            relationship(relationships.get(i), "/product_tree/relationships/" + i);
        }
        List<JsonNode> productGroups = fields.array(tree, "product_groups", "/product_tree");
        for (int i = 0; i < productGroups.size(); i++) {
            String at = "/product_tree/product_groups/" + i;
            groups.put(
                    fields.requiredText(productGroups.get(i), "group_id", at),
                    fields.texts(productGroups.get(i), "product_ids", at));
        }
    }

    /** Walks a branch, remembering the product name and version or range the path has named so far. */
    private void branch(JsonNode branch, String pointer, String productName, String version, String range)
            throws VexException {
        String category = fields.text(branch, "category", pointer).orElse("");
        String name = fields.text(branch, "name", pointer).orElse(null);
        switch (category) {
            case "product_name" -> productName = name;
            case "product_version" -> version = name;
            case "product_version_range" -> range = name;
            default -> {
                // vendor, product_family, architecture, ... do not change the identity we match on.
            }
        }
        Optional<JsonNode> product = fields.object(branch, "product", pointer);
        if (product.isPresent()) {
            product(product.get(), pointer + "/product", productName, version, range);
        }
        List<JsonNode> children = fields.array(branch, "branches", pointer);
        for (int i = 0; i < children.size(); i++) {
            branch(children.get(i), pointer + "/branches/" + i, productName, version, range);
        }
    }

    private void product(JsonNode product, String pointer, String productName, String version, String range)
            throws VexException {
        String productId = fields.requiredText(product, "product_id", pointer);
        String fullName = fields.text(product, "name", pointer).orElse(productId);
        products.put(productId, identity(product, pointer, productName, version, range, fullName));
    }

    private ComponentRef identity(
            JsonNode product, String pointer, String productName, String version, String range, String fullName)
            throws VexException {
        Optional<JsonNode> helper = fields.object(product, "product_identification_helper", pointer);
        if (helper.isPresent()) {
            String at = pointer + "/product_identification_helper";
            Optional<String> purl = fields.text(helper.get(), "purl", at);
            if (purl.isPresent()) {
                try {
                    return ComponentRef.Purl.parse(purl.get());
                } catch (IllegalArgumentException e) {
                    throw fields.fail(at + "/purl", e.getMessage());
                }
            }
            Optional<String> cpe = fields.text(helper.get(), "cpe", at);
            if (cpe.isPresent()) {
                return new ComponentRef.Cpe(cpe.get());
            }
        }
        if (productName != null && range != null) {
            return new ComponentRef.NamedRange(productName, range);
        }
        if (productName != null && version != null) {
            return ComponentRef.Named.of(productName, version);
        }
        // No structure to go by: the full product name, as the advisory spells it, is all we have.
        return ComponentRef.Named.of(fullName, null);
    }

    /** A relationship names a component inside a product; a statement on it is about that component. */
    private void relationship(JsonNode relationship, String pointer) throws VexException {
        String reference = fields.requiredText(relationship, "product_reference", pointer);
        JsonNode full = fields.object(relationship, "full_product_name", pointer)
                .orElseThrow(() -> fields.fail(pointer + "/full_product_name", "required object is missing"));
        String productId = fields.requiredText(full, "product_id", pointer + "/full_product_name");
        ComponentRef component = products.get(reference);
        if (component == null) {
            throw fields.fail(pointer + "/product_reference", "unknown product id '" + reference + "'");
        }
        products.put(productId, component);
    }

    private void vulnerability(
            JsonNode vulnerability,
            String pointer,
            Optional<String> documentId,
            Optional<Instant> documentTime,
            List<VexStatement> into)
            throws VexException {
        Set<String> ids = new LinkedHashSet<>();
        fields.text(vulnerability, "cve", pointer).ifPresent(ids::add);
        List<JsonNode> otherIds = fields.array(vulnerability, "ids", pointer);
        for (int i = 0; i < otherIds.size(); i++) {
            fields.text(otherIds.get(i), "text", pointer + "/ids/" + i).ifPresent(ids::add);
        }
        if (ids.isEmpty()) {
            throw fields.fail(pointer, "a vulnerability needs a 'cve' or 'ids' to be named");
        }
        String id = ids.iterator().next();
        ids.remove(id);
        Map<String, Justification> justifications = new HashMap<>();
        Map<String, Instant> flagDates = new HashMap<>();
        List<JsonNode> flags = fields.array(vulnerability, "flags", pointer);
        for (int i = 0; i < flags.size(); i++) {
            String at = pointer + "/flags/" + i;
            String label = fields.requiredText(flags.get(i), "label", at);
            Justification justification = new Justification(VexJustification.fromId(label), label);
            Optional<Instant> date = fields.timestamp(flags.get(i), "date", at);
            for (String product : productIds(flags.get(i), at)) {
                justifications.put(product, justification);
                date.ifPresent(d -> flagDates.put(product, d));
            }
        }
        Map<String, String> impacts = texts(vulnerability, "threats", pointer, "impact");
        Map<String, String> actions = texts(vulnerability, "remediations", pointer, null);
        Optional<JsonNode> status = fields.object(vulnerability, "product_status", pointer);
        if (status.isEmpty()) {
            return;
        }
        for (Map.Entry<String, VexStatus> kind : STATUSES.entrySet()) {
            String at = pointer + "/product_status/" + kind.getKey();
            List<String> listed = fields.texts(status.get(), kind.getKey(), pointer + "/product_status");
            for (int k = 0; k < listed.size(); k++) {
                String productId = listed.get(k);
                ComponentRef product = products.get(productId);
                if (product == null) {
                    throw fields.fail(at + "/" + k, "unknown product id '" + productId + "'");
                }
                into.add(new VexStatement(
                        id,
                        ids,
                        List.of(product),
                        List.of(),
                        kind.getValue(),
                        Optional.ofNullable(justifications.get(productId)),
                        Optional.ofNullable(impacts.get(productId)),
                        Optional.ofNullable(actions.get(productId)),
                        Optional.ofNullable(flagDates.get(productId)).or(() -> documentTime),
                        new VexSource(VexFormat.CSAF, fields.origin(), documentId, at + "/" + k)));
            }
        }
    }

    /** The details of threats or remediations per product id; remediations prefixed by their category. */
    private Map<String, String> texts(JsonNode vulnerability, String field, String pointer, String onlyCategory)
            throws VexException {
        Map<String, String> byProduct = new HashMap<>();
        List<JsonNode> items = fields.array(vulnerability, field, pointer);
        for (int i = 0; i < items.size(); i++) {
            String at = pointer + "/" + field + "/" + i;
            String category = fields.text(items.get(i), "category", at).orElse("");
            if (onlyCategory != null && !onlyCategory.equals(category)) {
                continue;
            }
            Optional<String> details = fields.text(items.get(i), "details", at);
            if (details.isEmpty()) {
                continue;
            }
            String text = onlyCategory == null ? category + ": " + details.get() : details.get();
            for (String product : productIds(items.get(i), at)) {
                byProduct.merge(product, text, (a, b) -> a + "; " + b);
            }
        }
        return byProduct;
    }

    /** The product ids an item names directly and through its product groups. */
    private List<String> productIds(JsonNode item, String pointer) throws VexException {
        List<String> ids = new ArrayList<>(fields.texts(item, "product_ids", pointer));
        List<String> groupIds = fields.texts(item, "group_ids", pointer);
        for (int i = 0; i < groupIds.size(); i++) {
            List<String> members = groups.get(groupIds.get(i));
            if (members == null) {
                throw fields.fail(pointer + "/group_ids/" + i, "unknown product group '" + groupIds.get(i) + "'");
            }
            ids.addAll(members);
        }
        return ids;
    }
}
