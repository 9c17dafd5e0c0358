package dev.vigil.engine.vex;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * OpenVEX 0.2.0: a statement about components of the release names the release as its product and the
 * components as subcomponents, which is how OpenVEX says "X as shipped in our product". OpenVEX has no
 * version ranges; a statement on a range is left out with a warning rather than widened to all versions.
 */
final class OpenVexWriter {

    static final String CONTEXT = "https://openvex.dev/ns/v0.2.0";

    private final ProductRelease product;
    private final Instant timestamp;
    private final List<String> warnings = new ArrayList<>();

    OpenVexWriter(ProductRelease product, Instant timestamp) {
        this.product = product;
        this.timestamp = timestamp;
    }

    VexOutput write(List<VexStatement> statements) {
        ObjectNode body = VexWriter.MAPPER.createObjectNode();
        body.put("author", product.author());
        body.put("timestamp", timestamp.toString());
        body.put("version", 1);
        body.put("tooling", "Vigil");
        ArrayNode list = body.putArray("statements");
        for (VexStatement statement : statements) {
            statement(statement, list);
        }
        ObjectNode doc = VexWriter.MAPPER.createObjectNode();
        doc.put("@context", CONTEXT);
        doc.put("@id", "urn:uuid:" + VexWriter.contentId(body));
        doc.setAll(body);
        return new VexOutput(VexWriter.text(doc), warnings);
    }

    private void statement(VexStatement s, ArrayNode list) {
        List<ComponentRef> subjects = new ArrayList<>();
        for (ComponentRef subject : s.subjects()) {
            if (subject instanceof ComponentRef.NamedRange r) {
                warnings.add("OpenVEX has no version ranges: left out " + r.display() + " from "
                        + s.source().describe());
            } else {
                subjects.add(subject);
            }
        }
        if (subjects.isEmpty()) {
            warnings.add("left out " + s.source().describe() + ": no product OpenVEX can name");
            return;
        }
        ObjectNode o = list.addObject();
        ObjectNode vulnerability = o.putObject("vulnerability");
        vulnerability.put("name", s.vulnerabilityId());
        if (!s.aliases().isEmpty()) {
            ArrayNode aliases = vulnerability.putArray("aliases");
            s.sortedAliases().forEach(aliases::add);
        }
        s.timestamp().ifPresent(t -> o.put("timestamp", t.toString()));
        ArrayNode products = o.putArray("products");
        if (s.subcomponents().isEmpty() && subjects.equals(List.of(product.ref()))) {
            products.addObject().put("@id", id(product.ref()));
        } else if (s.subcomponents().isEmpty()) {
            ObjectNode release = products.addObject();
            release.put("@id", id(product.ref()));
            ArrayNode subcomponents = release.putArray("subcomponents");
            subjects.forEach(c -> subcomponents.addObject().put("@id", id(c)));
        } else {
            for (ComponentRef p : s.products()) {
                ObjectNode item = products.addObject();
                item.put("@id", id(p));
                ArrayNode subcomponents = item.putArray("subcomponents");
                subjects.forEach(c -> subcomponents.addObject().put("@id", id(c)));
            }
        }
        o.put("status", s.status().id());
        s.justification().flatMap(Justification::category).ifPresent(j -> o.put("justification", j.id()));
        String source = s.source().describe();
        if (s.status() == VexStatus.NOT_AFFECTED
                && s.justification().flatMap(Justification::category).isEmpty()
                && s.impactStatement().isEmpty()) {
            // OpenVEX requires a justification or an impact statement for not_affected; say truthfully what
            // the source gave rather than invent a justification.
            o.put(
                    "impact_statement",
                    s.justification()
                            .map(j -> "Justification in " + source + ": " + j.original())
                            .orElse("No justification was given in " + source));
        } else {
            s.impactStatement().ifPresent(i -> o.put("impact_statement", i));
        }
        if (s.status() == VexStatus.AFFECTED && s.actionStatement().isEmpty()) {
            o.put("action_statement", "No action statement was given in " + source);
        } else {
            s.actionStatement().ifPresent(a -> o.put("action_statement", a));
        }
    }

    /** The {@code @id} of a product: its purl or CPE, a bom-ref as written, or name@version. */
    private static String id(ComponentRef ref) {
        if (ref instanceof ComponentRef.BomRef b) {
            return b.ref();
        }
        return ref.display();
    }
}
