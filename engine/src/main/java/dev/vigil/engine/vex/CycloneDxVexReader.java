package dev.vigil.engine.vex;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * CycloneDX VEX (1.4 and later, JSON): each {@code vulnerabilities[]} entry with an {@code analysis.state}
 * is one statement about the components its {@code affects[].ref} point to. A vulnerability without an
 * analysis is a disclosure (VDR), not a VEX statement, and is skipped.
 */
final class CycloneDxVexReader {

    private final JsonFields fields;
    private final Map<String, ComponentRef> components = new HashMap<>();

    CycloneDxVexReader(JsonFields fields) {
        this.fields = fields;
    }

    VexDocument read(JsonNode root) throws VexException {
        Optional<JsonNode> metadata = fields.object(root, "metadata", "");
        Optional<Instant> timestamp = Optional.empty();
        Optional<String> author = Optional.empty();
        if (metadata.isPresent()) {
            timestamp = fields.timestamp(metadata.get(), "timestamp", "/metadata");
            author = author(metadata.get());
            Optional<JsonNode> product = fields.object(metadata.get(), "component", "/metadata");
            if (product.isPresent()) {
                collect(product.get(), "/metadata/component");
            }
        }
        List<JsonNode> list = fields.array(root, "components", "");
        for (int i = 0; i < list.size(); i++) {
            collect(list.get(i), "/components/" + i);
        }
        Optional<String> id = fields.text(root, "serialNumber", "");
        List<VexStatement> statements = new ArrayList<>();
        List<JsonNode> vulnerabilities = fields.array(root, "vulnerabilities", "");
        for (int i = 0; i < vulnerabilities.size(); i++) {
            statement(vulnerabilities.get(i), "/vulnerabilities/" + i, id, timestamp)
                    .ifPresent(statements::add);
        }
        return new VexDocument(VexFormat.CYCLONEDX, fields.origin(), id, author, timestamp, statements);
    }

    private Optional<String> author(JsonNode metadata) throws VexException {
        List<JsonNode> authors = fields.array(metadata, "authors", "/metadata");
        if (!authors.isEmpty() && authors.get(0).isObject()) {
            Optional<String> name = fields.text(authors.get(0), "name", "/metadata/authors/0");
            if (name.isPresent()) {
                return name;
            }
        }
        // "manufacture" is the pre-1.6 spelling CycloneDX still accepts.
        for (String party : List.of("manufacturer", "supplier", "manufacture")) {
            Optional<JsonNode> entity = fields.object(metadata, party, "/metadata");
            if (entity.isPresent()) {
                Optional<String> name = fields.text(entity.get(), "name", "/metadata/" + party);
                if (name.isPresent()) {
                    return name;
                }
            }
        }
        return Optional.empty();
    }

    /** Indexes a component and its nested components by bom-ref. */
    private void collect(JsonNode component, String pointer) throws VexException {
        if (!component.isObject()) {
            throw fields.fail(pointer, "expected a component object");
        }
        Optional<String> ref = fields.text(component, "bom-ref", pointer);
        if (ref.isPresent()) {
            components.put(ref.get(), identify(component, pointer).orElse(new ComponentRef.BomRef(ref.get())));
        }
        List<JsonNode> nested = fields.array(component, "components", pointer);
        for (int i = 0; i < nested.size(); i++) {
            collect(nested.get(i), pointer + "/components/" + i);
        }
    }

    /** The most specific identity a component has: purl, then CPE, then name and version. */
    private Optional<ComponentRef> identify(JsonNode component, String pointer) throws VexException {
        Optional<String> purl = fields.text(component, "purl", pointer);
        if (purl.isPresent()) {
            try {
                return Optional.of(ComponentRef.Purl.parse(purl.get()));
            } catch (IllegalArgumentException e) {
                throw fields.fail(pointer + "/purl", e.getMessage());
            }
        }
        Optional<String> cpe = fields.text(component, "cpe", pointer);
        if (cpe.isPresent() && cpe.get().toLowerCase(Locale.ROOT).startsWith("cpe:")) {
            return Optional.of(new ComponentRef.Cpe(cpe.get()));
        }
        Optional<String> name = fields.text(component, "name", pointer);
        if (name.isPresent()) {
            Optional<String> group = fields.text(component, "group", pointer);
            String full = group.map(g -> g + "/" + name.get()).orElse(name.get());
            return Optional.of(new ComponentRef.Named(full, fields.text(component, "version", pointer)));
        }
        return Optional.empty();
    }

    private Optional<VexStatement> statement(
            JsonNode vulnerability, String pointer, Optional<String> documentId, Optional<Instant> documentTime)
            throws VexException {
        if (!vulnerability.isObject()) {
            throw fields.fail(pointer, "expected a vulnerability object");
        }
        Optional<JsonNode> analysis = fields.object(vulnerability, "analysis", pointer);
        String analysisPointer = pointer + "/analysis";
        Optional<String> state =
                analysis.isPresent() ? fields.text(analysis.get(), "state", analysisPointer) : Optional.empty();
        if (state.isEmpty()) {
            return Optional.empty();
        }
        String id = fields.requiredText(vulnerability, "id", pointer);
        VexStatus status = status(state.get(), analysisPointer + "/state");
        JsonNode a = analysis.get();
        Optional<Justification> justification = fields.text(a, "justification", analysisPointer)
                .map(j -> new Justification(VexJustification.fromCycloneDx(j), j));
        Optional<String> impact = fields.text(a, "detail", analysisPointer);
        if (impact.isEmpty() && state.get().equals("false_positive")) {
            impact = Optional.of("false positive (CycloneDX analysis state)");
        }
        Optional<String> action = fields.text(vulnerability, "recommendation", pointer);
        if (action.isEmpty()) {
            action = fields.text(vulnerability, "workaround", pointer);
        }
        List<String> responses = fields.texts(a, "response", analysisPointer);
        if (action.isEmpty() && !responses.isEmpty()) {
            action = Optional.of("response: " + String.join(", ", responses));
        }
        Optional<Instant> time = fields.timestamp(a, "lastUpdated", analysisPointer);
        if (time.isEmpty()) {
            time = fields.timestamp(a, "firstIssued", analysisPointer);
        }
        return Optional.of(new VexStatement(
                id,
                aliases(vulnerability, pointer, id),
                products(vulnerability, pointer),
                List.of(),
                status,
                justification,
                impact,
                action,
                time.or(() -> documentTime),
                new VexSource(VexFormat.CYCLONEDX, fields.origin(), documentId, pointer)));
    }

    private Set<String> aliases(JsonNode vulnerability, String pointer, String id) throws VexException {
        Set<String> aliases = new LinkedHashSet<>();
        List<JsonNode> references = fields.array(vulnerability, "references", pointer);
        for (int i = 0; i < references.size(); i++) {
            JsonNode reference = references.get(i);
            if (reference.isObject()) {
                fields.text(reference, "id", pointer + "/references/" + i)
                        .filter(r -> !r.equals(id))
                        .ifPresent(aliases::add);
            }
        }
        return aliases;
    }

    private List<ComponentRef> products(JsonNode vulnerability, String pointer) throws VexException {
        List<ComponentRef> products = new ArrayList<>();
        List<JsonNode> affects = fields.array(vulnerability, "affects", pointer);
        for (int i = 0; i < affects.size(); i++) {
            String at = pointer + "/affects/" + i;
            if (!affects.get(i).isObject()) {
                throw fields.fail(at, "expected an object with a 'ref'");
            }
            String ref = fields.requiredText(affects.get(i), "ref", at);
            ComponentRef resolved = components.get(ref);
            if (resolved == null) {
                // A BOM-Link points into the SBOM this VEX accompanies; its fragment may still be ours.
                resolved =
                        components.getOrDefault(new ComponentRef.BomRef(ref).localRef(), new ComponentRef.BomRef(ref));
            }
            List<JsonNode> versions = fields.array(affects.get(i), "versions", at);
            if (versions.isEmpty()) {
                addOnce(products, resolved);
            }
            for (int v = 0; v < versions.size(); v++) {
                String vat = at + "/versions/" + v;
                Optional<String> version = fields.text(versions.get(v), "version", vat);
                Optional<String> range = fields.text(versions.get(v), "range", vat);
                if (version.isEmpty() && range.isEmpty()) {
                    throw fields.fail(vat, "a version entry needs a 'version' or a 'range'");
                }
                addOnce(products, versioned(resolved, version, range));
            }
        }
        return products;
    }

    /**
     * The affected thing narrowed to the listed version or range (CISA use case 8), so that a statement
     * about some versions of a product never covers the others. Its {@code versions[].status} is not read:
     * the analysis state is the statement's status.
     */
    private static ComponentRef versioned(ComponentRef thing, Optional<String> version, Optional<String> range) {
        String name;
        if (thing instanceof ComponentRef.Purl p) {
            PackageURL purl = p.packageUrl();
            if (version.isPresent()) {
                return ComponentRef.Purl.parse(withVersion(purl, version.get()));
            }
            name = withVersion(purl, null);
        } else if (thing instanceof ComponentRef.Named n) {
            name = n.name();
        } else if (thing instanceof ComponentRef.BomRef b) {
            // An external product known only by its ref: the ref is the only name a caller can use.
            name = b.localRef();
        } else {
            return thing;
        }
        return version.<ComponentRef>map(v -> ComponentRef.Named.of(name, v))
                .orElseGet(() -> new ComponentRef.NamedRange(name, range.orElseThrow()));
    }

    private static String withVersion(PackageURL purl, String version) {
        try {
            return new PackageURL(
                            purl.getType(),
                            purl.getNamespace(),
                            purl.getName(),
                            version,
                            purl.getQualifiers() == null ? null : new TreeMap<>(purl.getQualifiers()),
                            purl.getSubpath())
                    .canonicalize();
        } catch (MalformedPackageURLException e) {
            throw new IllegalStateException("a parsed purl no longer builds: " + purl, e);
        }
    }

    private static void addOnce(List<ComponentRef> list, ComponentRef ref) {
        if (!list.contains(ref)) {
            list.add(ref);
        }
    }

    private VexStatus status(String state, String pointer) throws VexException {
        return switch (state) {
            case "not_affected", "false_positive" -> VexStatus.NOT_AFFECTED;
            case "exploitable" -> VexStatus.AFFECTED;
            case "in_triage" -> VexStatus.UNDER_INVESTIGATION;
            case "resolved", "resolved_with_pedigree" -> VexStatus.FIXED;
            default -> throw fields.fail(
                    pointer,
                    "unknown analysis state '" + state + "'; expected not_affected, exploitable, in_triage,"
                            + " resolved, resolved_with_pedigree or false_positive");
        };
    }
}
