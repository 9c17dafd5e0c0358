package dev.vigil.engine.advisory.feed;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.engine.advisory.Advisory;
import dev.vigil.engine.advisory.AdvisorySource;
import dev.vigil.engine.advisory.CsafProduct;
import dev.vigil.engine.advisory.CsafVulnerability;
import dev.vigil.engine.advisory.Reference;
import dev.vigil.engine.advisory.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one CSAF 2.0 document into an {@link Advisory}: the product tree flattened into products
 * (vendor, product name, version or range, identification helpers), relationships resolved, and each
 * vulnerability with its product status, scores and remediations.
 */
final class CsafParser {
    private CsafParser() {}

    static Advisory parse(JsonNode csaf) throws MalformedRecordException {
        JsonNode document = csaf.path("document");
        JsonNode tracking = document.path("tracking");
        String id = Nodes.required(tracking, "id", "'document/tracking/id'");
        try {
            var modified = Nodes.instant(tracking, "current_release_date");
            if (modified == null) {
                throw new MalformedRecordException("missing 'document/tracking/current_release_date'");
            }
            Map<String, CsafProduct> products = products(csaf.path("product_tree"));
            List<CsafVulnerability> vulnerabilities = new ArrayList<>();
            Set<String> cwes = new LinkedHashSet<>();
            List<Reference> references = references(document);
            for (JsonNode vulnerability : Nodes.array(csaf, "vulnerabilities")) {
                CsafVulnerability parsed = vulnerability(vulnerability, products.keySet());
                vulnerabilities.add(parsed);
                cwes.addAll(parsed.cwes());
                for (Reference ref : references(vulnerability)) {
                    if (!references.contains(ref)) {
                        references.add(ref);
                    }
                }
            }
            return new Advisory(
                    id,
                    AdvisorySource.CSAF,
                    List.of(),
                    Nodes.instant(tracking, "initial_release_date"),
                    modified,
                    null,
                    Nodes.text(document, "title"),
                    summaryNotes(document),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.copyOf(products.values()),
                    vulnerabilities,
                    references,
                    List.copyOf(cwes));
        } catch (MalformedRecordException e) {
            throw new MalformedRecordException(id + ": " + e.getMessage());
        }
    }

    private static String summaryNotes(JsonNode document) throws MalformedRecordException {
        StringBuilder text = new StringBuilder();
        for (JsonNode note : Nodes.array(document, "notes")) {
            String category = Nodes.text(note, "category");
            if ("summary".equals(category) || "description".equals(category)) {
                if (text.length() > 0) {
                    text.append("\n\n");
                }
                text.append(Nodes.text(note, "text"));
            }
        }
        return text.length() == 0 ? null : text.toString();
    }

    private static List<Reference> references(JsonNode node) throws MalformedRecordException {
        List<Reference> references = new ArrayList<>();
        for (JsonNode ref : Nodes.array(node, "references")) {
            if (Nodes.text(ref, "url") != null) {
                references.add(new Reference(Nodes.text(ref, "category"), Nodes.text(ref, "url")));
            }
        }
        return references;
    }

    /** Product id to product; a product id defined twice is malformed (the vulnerabilities would be ambiguous). */
    private static Map<String, CsafProduct> products(JsonNode tree) throws MalformedRecordException {
        Map<String, CsafProduct> products = new LinkedHashMap<>();
        for (JsonNode branch : Nodes.array(tree, "branches")) {
            walk(branch, new Path(null, null, null, null, null), products, 0);
        }
        for (JsonNode full : Nodes.array(tree, "full_product_names")) {
            add(products, product(full, new Path(null, Nodes.text(full, "name"), null, null, null)));
        }
        for (JsonNode relationship : Nodes.array(tree, "relationships")) {
            JsonNode full = relationship.path("full_product_name");
            String productId = Nodes.required(full, "product_id", "relationship product_id");
            String component = Nodes.text(relationship, "product_reference");
            CsafProduct base = products.get(component);
            if (base == null) {
                throw new MalformedRecordException(
                        "relationship " + productId + " refers to unknown product " + component);
            }
            add(
                    products,
                    new CsafProduct(
                            productId,
                            base.vendor(),
                            base.productName(),
                            base.family(),
                            base.version(),
                            base.versionRange(),
                            Nodes.text(full, "name"),
                            Nodes.text(relationship, "relates_to_product_reference"),
                            base.identifiers()));
        }
        return products;
    }

    private record Path(String vendor, String productName, String family, String version, String range) {}

    private static void walk(JsonNode branch, Path path, Map<String, CsafProduct> products, int depth)
            throws MalformedRecordException {
        if (depth > 30) {
            throw new MalformedRecordException("product tree deeper than 30 branches");
        }
        String name = Nodes.text(branch, "name");
        String category = String.valueOf(Nodes.text(branch, "category"));
        Path here =
                switch (category) {
                    case "vendor" -> new Path(name, path.productName, path.family, path.version, path.range);
                    case "product_name" -> new Path(path.vendor, name, path.family, path.version, path.range);
                    case "product_family" -> new Path(path.vendor, path.productName, name, path.version, path.range);
                    case "product_version" -> new Path(path.vendor, path.productName, path.family, name, null);
                    case "product_version_range" -> new Path(path.vendor, path.productName, path.family, null, name);
                    default -> path; // service_pack, architecture, language ...: kept in the full name only
                };
        if (branch.has("product")) {
            add(products, product(branch.get("product"), here));
        }
        for (JsonNode child : Nodes.array(branch, "branches")) {
            walk(child, here, products, depth + 1);
        }
    }

    private static CsafProduct product(JsonNode product, Path path) throws MalformedRecordException {
        String productId = Nodes.required(product, "product_id", "'product_id'");
        String fullName = Nodes.text(product, "name");
        JsonNode helper = product.path("product_identification_helper");
        List<String> cpes = new ArrayList<>();
        if (Nodes.text(helper, "cpe") != null) {
            cpes.add(Nodes.text(helper, "cpe"));
        }
        List<String> purls = new ArrayList<>();
        if (Nodes.text(helper, "purl") != null) {
            purls.add(Nodes.text(helper, "purl"));
        }
        purls.addAll(Nodes.texts(helper, "purls")); // CSAF 2.1 spelling
        var identifiers = new CsafProduct.Identifiers(
                cpes,
                purls,
                Nodes.texts(helper, "model_numbers"),
                Nodes.texts(helper, "skus"),
                Nodes.texts(helper, "serial_numbers"));
        String productName = path.productName != null ? path.productName : path.family != null ? path.family : fullName;
        return new CsafProduct(
                productId,
                path.vendor,
                productName,
                path.family,
                path.version,
                path.range,
                fullName,
                null,
                identifiers);
    }

    private static void add(Map<String, CsafProduct> products, CsafProduct product) throws MalformedRecordException {
        if (products.putIfAbsent(product.productId(), product) != null) {
            throw new MalformedRecordException("product id " + product.productId() + " is defined twice");
        }
    }

    private static CsafVulnerability vulnerability(JsonNode vulnerability, Set<String> productIds)
            throws MalformedRecordException {
        List<String> ids = new ArrayList<>();
        for (JsonNode id : Nodes.array(vulnerability, "ids")) {
            ids.add(Nodes.text(id, "system_name") + ":" + Nodes.text(id, "text"));
        }
        List<String> cwes = new ArrayList<>();
        if (Nodes.text(vulnerability.path("cwe"), "id") != null) {
            cwes.add(Nodes.text(vulnerability.path("cwe"), "id"));
        }
        for (JsonNode cwe : Nodes.array(vulnerability, "cwes")) { // CSAF 2.1
            if (Nodes.text(cwe, "id") != null) {
                cwes.add(Nodes.text(cwe, "id"));
            }
        }
        Map<String, List<String>> status = new LinkedHashMap<>();
        for (var entry : vulnerability.path("product_status").properties()) {
            List<String> withStatus = new ArrayList<>();
            for (JsonNode productId : entry.getValue()) {
                withStatus.add(known(productId.asText(), productIds));
            }
            status.put(entry.getKey(), withStatus);
        }
        List<CsafVulnerability.Score> scores = new ArrayList<>();
        for (JsonNode score : Nodes.array(vulnerability, "scores")) {
            List<String> products = Nodes.texts(score, "products");
            for (String kind : List.of("cvss_v4", "cvss_v3", "cvss_v2")) {
                JsonNode cvss = score.get(kind);
                String vector = Nodes.text(cvss, "vectorString");
                if (vector != null) {
                    scores.add(new CsafVulnerability.Score(
                            new Severity(Severity.typeOfVector(vector), vector, Nodes.number(cvss, "baseScore"), null),
                            products));
                }
            }
        }
        List<CsafVulnerability.Remediation> remediations = new ArrayList<>();
        for (JsonNode remediation : Nodes.array(vulnerability, "remediations")) {
            remediations.add(new CsafVulnerability.Remediation(
                    Nodes.text(remediation, "category"),
                    Nodes.text(remediation, "details"),
                    Nodes.text(remediation, "url"),
                    Nodes.texts(remediation, "product_ids")));
        }
        return new CsafVulnerability(
                Nodes.text(vulnerability, "cve"),
                ids,
                Nodes.text(vulnerability, "title"),
                cwes,
                status,
                scores,
                remediations);
    }

    private static String known(String productId, Set<String> productIds) throws MalformedRecordException {
        if (!productIds.contains(productId)) {
            throw new MalformedRecordException("product status names unknown product " + productId);
        }
        return productId;
    }
}
