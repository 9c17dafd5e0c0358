package dev.vigil.engine.vex;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.packageurl.PackageURL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * CycloneDX 1.6 VEX: the release is {@code metadata.component}; every subject of a statement is a component
 * whose bom-ref is its purl or name@version, and each statement is one vulnerability whose
 * {@code affects} point to those components. A version range becomes {@code affects[].versions[].range}.
 */
final class CycloneDxVexWriter {

    private final ProductRelease product;
    private final Instant timestamp;
    private final Map<String, ObjectNode> components = new TreeMap<>();
    private final List<String> warnings = new ArrayList<>();

    CycloneDxVexWriter(ProductRelease product, Instant timestamp) {
        this.product = product;
        this.timestamp = timestamp;
    }

    VexOutput write(List<VexStatement> statements) {
        ObjectNode bom = VexWriter.MAPPER.createObjectNode();
        bom.put("bomFormat", "CycloneDX");
        bom.put("specVersion", "1.6");
        bom.put("version", 1);
        ObjectNode metadata = bom.putObject("metadata");
        metadata.put("timestamp", timestamp.toString());
        metadata.putArray("authors").addObject().put("name", product.author());
        ObjectNode release = metadata.putObject("component");
        release.put("type", "application");
        release.put("bom-ref", product.ref().display());
        release.put("name", product.name());
        product.version().ifPresent(v -> release.put("version", v));
        product.purl().ifPresent(p -> release.put("purl", p));

        ArrayNode vulnerabilities = VexWriter.MAPPER.createArrayNode();
        for (VexStatement statement : statements) {
            vulnerabilities.add(vulnerability(statement));
        }
        if (!components.isEmpty()) {
            bom.putArray("components").addAll(components.values());
        }
        bom.set("vulnerabilities", vulnerabilities);
        // The id names the content, so it is computed before it is added and moved to its usual place.
        String serial = "urn:uuid:" + VexWriter.contentId(bom);
        ObjectNode ordered = VexWriter.MAPPER.createObjectNode();
        ordered.put("bomFormat", "CycloneDX");
        ordered.put("specVersion", "1.6");
        ordered.put("serialNumber", serial);
        ordered.setAll(bom);
        return new VexOutput(VexWriter.text(ordered), warnings);
    }

    private ObjectNode vulnerability(VexStatement s) {
        ObjectNode v = VexWriter.MAPPER.createObjectNode();
        v.put("id", s.vulnerabilityId());
        if (!s.aliases().isEmpty()) {
            ArrayNode references = v.putArray("references");
            for (String alias : s.sortedAliases()) {
                ObjectNode reference = references.addObject();
                reference.put("id", alias);
                // CycloneDX requires a source; the alias' own prefix (CVE, GHSA, ...) is all we know of it.
                int dash = alias.indexOf('-');
                reference.putObject("source").put("name", dash > 0 ? alias.substring(0, dash) : alias);
            }
        }
        s.actionStatement().ifPresent(a -> v.put("recommendation", a));
        ObjectNode analysis = v.putObject("analysis");
        analysis.put("state", state(s.status()));
        s.justification().flatMap(CycloneDxVexWriter::justification).ifPresent(j -> analysis.put("justification", j));
        s.impactStatement().ifPresent(d -> analysis.put("detail", d));
        s.timestamp().ifPresent(t -> analysis.put("lastUpdated", t.toString()));
        ArrayNode affects = v.putArray("affects");
        for (ComponentRef subject : s.subjects()) {
            affect(affects, subject);
        }
        return v;
    }

    /** CycloneDX's own value when the statement came with one, else the nearest for the CISA label. */
    private static Optional<String> justification(Justification j) {
        if (VexJustification.fromCycloneDx(j.original()).isPresent()) {
            return Optional.of(j.original());
        }
        return j.category().map(VexJustification::toCycloneDx);
    }

    private void affect(ArrayNode affects, ComponentRef subject) {
        if (subject.equals(product.ref())) {
            affects.addObject().put("ref", product.ref().display());
        } else if (subject instanceof ComponentRef.BomRef b) {
            affects.addObject().put("ref", b.ref());
        } else if (subject instanceof ComponentRef.NamedRange r) {
            ObjectNode affect = affects.addObject();
            affect.put("ref", component(r.name(), c -> c.put("name", r.name())));
            affect.putArray("versions").addObject().put("range", r.range());
        } else {
            affects.addObject().put("ref", component(subject.display(), c -> describe(c, subject)));
        }
    }

    private String component(String ref, Consumer<ObjectNode> fill) {
        components.computeIfAbsent(ref, r -> {
            ObjectNode c = VexWriter.MAPPER.createObjectNode();
            c.put("type", "library");
            c.put("bom-ref", r);
            fill.accept(c);
            return c;
        });
        return ref;
    }

    private static void describe(ObjectNode c, ComponentRef subject) {
        if (subject instanceof ComponentRef.Purl p) {
            PackageURL purl = p.packageUrl();
            if (purl.getNamespace() != null) {
                c.put("group", purl.getNamespace());
            }
            c.put("name", purl.getName());
            if (purl.getVersion() != null) {
                c.put("version", purl.getVersion());
            }
            c.put("purl", p.purl());
        } else if (subject instanceof ComponentRef.Cpe cpe) {
            c.put("name", cpe.cpe());
            c.put("cpe", cpe.cpe());
        } else if (subject instanceof ComponentRef.Named n) {
            c.put("name", n.name());
            n.version().ifPresent(v -> c.put("version", v));
        }
    }

    private static String state(VexStatus status) {
        return switch (status) {
            case NOT_AFFECTED -> "not_affected";
            case AFFECTED -> "exploitable";
            case FIXED -> "resolved";
            case UNDER_INVESTIGATION -> "in_triage";
        };
    }
}
