package dev.vigil.engine.postmarket.csaf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.engine.vex.ComponentRef;
import dev.vigil.engine.vex.ProductRelease;
import dev.vigil.engine.vex.VexStatement;
import dev.vigil.engine.vex.VexStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a CSAF 2.0 {@code csaf_vex} document for one product release from its VEX statements (a scan's
 * findings with the decisions of VEX files): the release as a product version, each component as a product
 * with its purl, a {@code default_component_of} relationship per component in the release, and per
 * vulnerability the product status, a flag (justification) or impact statement for each not-affected product,
 * and an action statement (remediation) for each affected one.
 */
public final class CsafVex {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern CVE = Pattern.compile("CVE-\\d{4}-\\d{4,}");

    private CsafVex() {}

    public static ObjectNode write(
            List<VexStatement> statements,
            ProductRelease release,
            String trackingId,
            LocalDate date,
            String namespace,
            String generator) {
        ObjectNode root = MAPPER.createObjectNode();
        String when = date + "T00:00:00.000Z";
        String releaseName =
                release.name() + release.version().map(v -> " " + v).orElse("");
        ObjectNode doc = root.putObject("document");
        doc.put("category", "csaf_vex");
        doc.put("csaf_version", "2.0");
        doc.putObject("distribution").putObject("tlp").put("label", "WHITE");
        doc.put("lang", "en");
        ObjectNode note = doc.putArray("notes").addObject();
        note.put("category", "summary");
        note.put("text", "The status of each known vulnerability of the components of " + releaseName + ".");
        note.put("title", "Summary");
        ObjectNode publisher = doc.putObject("publisher");
        publisher.put("category", "vendor");
        publisher.put("name", release.author());
        publisher.put("namespace", namespace);
        doc.put("title", "VEX for " + releaseName);
        ObjectNode tracking = doc.putObject("tracking");
        tracking.put("current_release_date", when);
        tracking.putObject("generator").putObject("engine").put("name", "Vigil").put("version", generator);
        tracking.put("id", trackingId);
        tracking.put("initial_release_date", when);
        ObjectNode rev = tracking.putArray("revision_history").addObject();
        rev.put("date", when);
        rev.put("number", "1");
        rev.put("summary", "Initial release.");
        tracking.put("status", "final");
        tracking.put("version", "1");

        ObjectNode tree = root.putObject("product_tree");
        ObjectNode vendor = tree.putArray("branches").addObject();
        vendor.put("category", "vendor");
        vendor.put("name", release.author());
        ObjectNode product = vendor.putArray("branches").addObject();
        product.put("category", "product_name");
        product.put("name", release.name());
        ObjectNode version = product.putArray("branches").addObject();
        version.put("category", "product_version");
        version.put("name", release.version().orElse("unversioned"));
        ObjectNode rel = version.putObject("product");
        rel.put("name", releaseName);
        rel.put("product_id", "CSAFPID-RELEASE");
        release.purl()
                .ifPresent(p -> rel.putObject("product_identification_helper").put("purl", p));

        Map<String, String> componentIds = new LinkedHashMap<>();
        ArrayNode components = MAPPER.createArrayNode();
        ArrayNode relationships = MAPPER.createArrayNode();
        Map<String, List<VexStatement>> byVulnerability = new LinkedHashMap<>();
        for (VexStatement s : statements) {
            byVulnerability
                    .computeIfAbsent(s.vulnerabilityId(), k -> new ArrayList<>())
                    .add(s);
            for (ComponentRef c : s.subjects()) {
                componentIds.computeIfAbsent(c.display(), k -> {
                    String id = "CSAFPID-C" + (componentIds.size() + 1);
                    ObjectNode fp = components.addObject();
                    fp.put("name", c.display());
                    fp.put("product_id", id);
                    if (c instanceof ComponentRef.Purl purl) {
                        fp.putObject("product_identification_helper").put("purl", purl.purl());
                    }
                    ObjectNode r = relationships.addObject();
                    r.put("category", "default_component_of");
                    ObjectNode full = r.putObject("full_product_name");
                    full.put("name", c.display() + " in " + releaseName);
                    full.put("product_id", id + ":RELEASE");
                    r.put("product_reference", id);
                    r.put("relates_to_product_reference", "CSAFPID-RELEASE");
                    return id;
                });
            }
        }
        if (!components.isEmpty()) {
            tree.set("full_product_names", components);
            tree.set("relationships", relationships);
        }

        ArrayNode vulns = root.putArray("vulnerabilities");
        for (var e : byVulnerability.entrySet()) {
            ObjectNode v = vulns.addObject();
            String cve = CVE.matcher(e.getKey()).matches()
                    ? e.getKey()
                    : e.getValue().get(0).aliases().stream()
                            .filter(a -> CVE.matcher(a).matches())
                            .sorted()
                            .findFirst()
                            .orElse(null);
            if (cve != null) {
                v.put("cve", cve);
            }
            if (cve == null || !cve.equals(e.getKey())) {
                ObjectNode id = v.putArray("ids").addObject();
                id.put(
                        "system_name",
                        e.getKey().contains("-")
                                ? e.getKey().substring(0, e.getKey().indexOf('-'))
                                : "vulnerability id");
                id.put("text", e.getKey());
            }
            ObjectNode n = v.putArray("notes").addObject();
            n.put("category", "description");
            n.put("text", "Status of " + e.getKey() + " in the components of " + releaseName + ".");
            n.put("title", "Status");
            ObjectNode status = v.putObject("product_status");
            ArrayNode flags = MAPPER.createArrayNode();
            ArrayNode threats = MAPPER.createArrayNode();
            ArrayNode remediations = MAPPER.createArrayNode();
            for (VexStatement s : e.getValue()) {
                for (ComponentRef c : s.subjects()) {
                    String pid = componentIds.get(c.display()) + ":RELEASE";
                    statusArray(status, s.status()).add(pid);
                    if (s.status() == VexStatus.NOT_AFFECTED) {
                        if (s.justification().flatMap(j -> j.category()).isPresent()) {
                            ObjectNode f = flags.addObject();
                            f.put(
                                    "label",
                                    s.justification().get().category().get().id());
                            f.putArray("product_ids").add(pid);
                        }
                        ObjectNode t = threats.addObject();
                        t.put("category", "impact");
                        t.put(
                                "details",
                                s.impactStatement()
                                        .or(() -> s.justification().map(j -> j.describe()))
                                        .orElse("Not affected, as stated by "
                                                + s.source().describe() + "; no reason was given."));
                        t.putArray("product_ids").add(pid);
                    } else if (s.status() == VexStatus.AFFECTED) {
                        ObjectNode r = remediations.addObject();
                        r.put("category", "none_available");
                        r.put("details", s.actionStatement().orElse("No action is stated yet."));
                        r.putArray("product_ids").add(pid);
                    }
                }
            }
            if (!flags.isEmpty()) {
                v.set("flags", flags);
            }
            if (!remediations.isEmpty()) {
                v.set("remediations", remediations);
            }
            if (!threats.isEmpty()) {
                v.set("threats", threats);
            }
        }
        return root;
    }

    private static ArrayNode statusArray(ObjectNode status, VexStatus s) {
        String field =
                switch (s) {
                    case AFFECTED -> "known_affected";
                    case NOT_AFFECTED -> "known_not_affected";
                    case FIXED -> "fixed";
                    case UNDER_INVESTIGATION -> "under_investigation";
                };
        return status.has(field) ? (ArrayNode) status.get(field) : status.putArray(field);
    }
}
