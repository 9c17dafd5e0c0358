package dev.vigil.engine.vex;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * OpenVEX JSON-LD, version 0.2.0 and the earlier 0.0.x shape (vulnerability and products as plain
 * strings, subcomponents on the statement). Subcomponents of several products are merged: the index
 * answers per component, not per product, so the pairing is not needed there.
 */
final class OpenVexReader {

    private final JsonFields fields;

    OpenVexReader(JsonFields fields) {
        this.fields = fields;
    }

    VexDocument read(JsonNode root) throws VexException {
        Optional<String> id = fields.text(root, "@id", "");
        Optional<String> author = fields.text(root, "author", "");
        Optional<Instant> timestamp = fields.timestamp(root, "timestamp", "");
        if (!root.has("statements")) {
            throw fields.fail("/statements", "an OpenVEX document needs a 'statements' array");
        }
        List<JsonNode> list = fields.array(root, "statements", "");
        List<VexStatement> statements = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            statements.add(statement(list.get(i), "/statements/" + i, id, timestamp));
        }
        return new VexDocument(VexFormat.OPENVEX, fields.origin(), id, author, timestamp, statements);
    }

    private VexStatement statement(
            JsonNode node, String pointer, Optional<String> documentId, Optional<Instant> docTime) throws VexException {
        if (!node.isObject()) {
            throw fields.fail(pointer, "expected a statement object");
        }
        Set<String> aliases = new LinkedHashSet<>();
        String vulnerability = vulnerability(node, pointer, aliases);
        String statusText = fields.requiredText(node, "status", pointer);
        VexStatus status = VexStatus.fromId(statusText)
                .orElseThrow(() -> fields.fail(
                        pointer + "/status",
                        "unknown status '" + statusText + "'; expected not_affected, affected, fixed or"
                                + " under_investigation"));
        Optional<Justification> justification =
                fields.text(node, "justification", pointer).map(j -> new Justification(VexJustification.fromId(j), j));
        Optional<String> impact = fields.text(node, "impact_statement", pointer);
        if (impact.isEmpty()) {
            impact = fields.text(node, "status_notes", pointer);
        }
        List<ComponentRef> products = new ArrayList<>();
        List<ComponentRef> subcomponents = new ArrayList<>();
        List<JsonNode> productNodes = fields.array(node, "products", pointer);
        for (int i = 0; i < productNodes.size(); i++) {
            String at = pointer + "/products/" + i;
            addOnce(products, product(productNodes.get(i), at));
            if (productNodes.get(i).isObject()) {
                components(productNodes.get(i), "subcomponents", at, subcomponents);
            }
        }
        components(node, "subcomponents", pointer, subcomponents);
        Optional<Instant> time = fields.timestamp(node, "last_updated", pointer);
        if (time.isEmpty()) {
            time = fields.timestamp(node, "timestamp", pointer);
        }
        return new VexStatement(
                vulnerability,
                aliases,
                products,
                subcomponents,
                status,
                justification,
                impact,
                fields.text(node, "action_statement", pointer),
                time.or(() -> docTime),
                new VexSource(VexFormat.OPENVEX, fields.origin(), documentId, pointer));
    }

    private String vulnerability(JsonNode node, String pointer, Set<String> aliases) throws VexException {
        JsonNode vulnerability = node.get("vulnerability");
        if (vulnerability != null && vulnerability.isTextual()) {
            return fields.requiredText(node, "vulnerability", pointer);
        }
        String at = pointer + "/vulnerability";
        JsonNode v = fields.object(node, "vulnerability", pointer)
                .orElseThrow(() -> fields.fail(at, "a statement needs a vulnerability"));
        Optional<String> name = fields.text(v, "name", at);
        Optional<String> iri = fields.text(v, "@id", at);
        String id = name.or(() -> iri).orElseThrow(() -> fields.fail(at + "/name", "a vulnerability needs a name"));
        for (String alias : fields.texts(v, "aliases", at)) {
            if (!alias.equals(id) && !alias.isEmpty()) {
                aliases.add(alias);
            }
        }
        return id;
    }

    private void components(JsonNode node, String field, String pointer, List<ComponentRef> into) throws VexException {
        List<JsonNode> list = fields.array(node, field, pointer);
        for (int i = 0; i < list.size(); i++) {
            addOnce(into, product(list.get(i), pointer + "/" + field + "/" + i));
        }
    }

    /** A product or subcomponent: its purl identifier when given, else its {@code @id} read as a reference. */
    private ComponentRef product(JsonNode node, String pointer) throws VexException {
        if (node.isTextual()) {
            return reference(node.textValue(), pointer);
        }
        if (!node.isObject()) {
            throw fields.fail(pointer, "expected a product object or string");
        }
        Optional<JsonNode> identifiers = fields.object(node, "identifiers", pointer);
        if (identifiers.isPresent()) {
            String at = pointer + "/identifiers";
            Optional<String> purl = fields.text(identifiers.get(), "purl", at);
            if (purl.isPresent()) {
                return reference(purl.get(), at + "/purl");
            }
            Optional<String> cpe = fields.text(identifiers.get(), "cpe23", at);
            if (cpe.isEmpty()) {
                cpe = fields.text(identifiers.get(), "cpe22", at);
            }
            if (cpe.isPresent()) {
                return reference(cpe.get(), at);
            }
        }
        return reference(fields.requiredText(node, "@id", pointer), pointer + "/@id");
    }

    private ComponentRef reference(String text, String pointer) throws VexException {
        String t = text.strip();
        try {
            if (t.startsWith("pkg:")) {
                return ComponentRef.Purl.parse(t);
            }
            if (t.toLowerCase(Locale.ROOT).startsWith("cpe:")) {
                return new ComponentRef.Cpe(t);
            }
            if (t.startsWith("urn:cdx:")) {
                return new ComponentRef.BomRef(t);
            }
            if (t.contains(":")) {
                // Any other IRI names the product; it matches only a caller that names it the same way.
                return ComponentRef.Named.of(t, null);
            }
            return ComponentRef.parse(t);
        } catch (IllegalArgumentException e) {
            throw fields.fail(pointer, e.getMessage());
        }
    }

    private static void addOnce(List<ComponentRef> list, ComponentRef ref) {
        if (!list.contains(ref)) {
            list.add(ref);
        }
    }
}
