package dev.vigil.engine.postmarket.csaf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.engine.cvss.Cvss;
import dev.vigil.engine.cvss.CvssScore;
import dev.vigil.engine.cvss.InvalidCvssVectorException;
import dev.vigil.engine.postmarket.CaseReport;
import dev.vigil.engine.postmarket.RiskDecision;
import dev.vigil.engine.postmarket.casefile.CaseVulnerability;
import dev.vigil.engine.postmarket.casefile.Remediation;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a CSAF 2.0 {@code csaf_security_advisory} for the manufacturer's own product from a checked case: the
 * product tree (vendor, product, the affected range and the fixed version), each vulnerability with its CVE,
 * CVSS v3 score, notes, product status, remediations and a threat note with the patient-safety impact, and the
 * tracking block with its revision history. The CWE goes into a note: CSAF asks for the weakness's name too,
 * which the case does not state.
 */
public final class CsafAdvisory {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CsafAdvisory() {}

    /**
     * @param namespace the publisher's namespace URI (CSAF requires one)
     * @param generator the generating tool's version, for {@code tracking.generator}
     */
    public static ObjectNode write(CaseReport r, String namespace, String generator) {
        ObjectNode root = MAPPER.createObjectNode();
        var system = r.system();
        String vendor = system.manufacturer().orElse(system.name());
        String date = r.on() + "T00:00:00.000Z";
        ObjectNode doc = root.putObject("document");
        doc.put("category", "csaf_security_advisory");
        doc.put("csaf_version", "2.0");
        doc.putObject("distribution").putObject("tlp").put("label", "WHITE");
        doc.put("lang", "en");
        ArrayNode notes = doc.putArray("notes");
        note(
                notes,
                "summary",
                "Summary",
                r.caseFile().title() + ". Risk to patients: " + r.verdict().wire() + ".");
        note(notes, "legal_disclaimer", "Terms", "Provided as is, to help customers assess and protect their systems.");
        ObjectNode publisher = doc.putObject("publisher");
        publisher.put("category", "vendor");
        publisher.put("name", vendor);
        publisher.put("namespace", namespace);
        r.psirtContact().ifPresent(c -> publisher.put("contact_details", c));
        doc.put("title", system.name() + ": " + r.caseFile().title());
        ObjectNode tracking = doc.putObject("tracking");
        tracking.put("current_release_date", date);
        tracking.putObject("generator").putObject("engine").put("name", "Vigil").put("version", generator);
        tracking.put("id", r.caseFile().id());
        tracking.put("initial_release_date", date);
        ObjectNode rev = tracking.putArray("revision_history").addObject();
        rev.put("date", date);
        rev.put("number", "1");
        rev.put("summary", "Initial release.");
        tracking.put("status", "final");
        tracking.put("version", "1");

        Map<String, String> productIds = new LinkedHashMap<>();
        for (CaseVulnerability v : r.caseFile().vulnerabilities()) {
            productIds.computeIfAbsent("range:" + v.affected(), k -> "CSAFPID-" + (productIds.size() + 1));
            v.fixed()
                    .ifPresent(
                            f -> productIds.computeIfAbsent("version:" + f, k -> "CSAFPID-" + (productIds.size() + 1)));
        }
        ObjectNode vendorBranch =
                root.putObject("product_tree").putArray("branches").addObject();
        vendorBranch.put("category", "vendor");
        vendorBranch.put("name", vendor);
        ObjectNode productBranch = vendorBranch.putArray("branches").addObject();
        productBranch.put("category", "product_name");
        productBranch.put("name", system.name());
        ArrayNode versions = productBranch.putArray("branches");
        productIds.forEach((key, id) -> {
            boolean range = key.startsWith("range:");
            String value = key.substring(key.indexOf(':') + 1);
            ObjectNode b = versions.addObject();
            b.put("category", range ? "product_version_range" : "product_version");
            b.put("name", range ? vers(value) : value);
            ObjectNode p = b.putObject("product");
            p.put("name", system.name() + " " + (range ? value : value));
            p.put("product_id", id);
        });

        ArrayNode vulns = root.putArray("vulnerabilities");
        for (CaseVulnerability v : r.caseFile().vulnerabilities()) {
            RiskDecision d = r.decisions().stream()
                    .filter(x -> x.vulnerability().equals(v.id()))
                    .findFirst()
                    .orElseThrow();
            String affectedId = productIds.get("range:" + v.affected());
            String fixedId = v.fixed().map(f -> productIds.get("version:" + f)).orElse(null);
            ObjectNode o = vulns.addObject();
            v.cve().ifPresent(c -> o.put("cve", c));
            ObjectNode id = o.putArray("ids").addObject();
            id.put("system_name", vendor + " vulnerability id");
            id.put("text", v.id());
            ArrayNode vnotes = o.putArray("notes");
            note(vnotes, "description", "Description", v.description().orElse(v.title()));
            v.cwe().ifPresent(c -> note(vnotes, "details", "Weakness", c));
            note(vnotes, "summary", "Risk to patients", impact(d));
            ObjectNode status = o.putObject("product_status");
            status.putArray("known_affected").add(affectedId);
            if (fixedId != null) {
                status.putArray("fixed").add(fixedId);
            }
            ArrayNode rems = o.putArray("remediations");
            for (Remediation x : v.remediations()) {
                ObjectNode ro = rems.addObject();
                ro.put("category", x.category().wire());
                x.date().ifPresent(dt -> ro.put("date", dt + "T00:00:00.000Z"));
                ro.put("details", x.details());
                ro.putArray("product_ids").add(affectedId);
                x.url().ifPresent(u -> ro.put("url", u));
            }
            if (v.remediations().isEmpty()) {
                ObjectNode ro = rems.addObject();
                ro.put("category", "none_available");
                ro.put("details", "No fix or mitigation is available yet; this advisory will be updated.");
                ro.putArray("product_ids").add(affectedId);
            }
            score(o, d, affectedId);
            ObjectNode threat = o.putArray("threats").addObject();
            threat.put("category", "impact");
            threat.put("details", impact(d));
            threat.putArray("product_ids").add(affectedId);
            o.put("title", v.title());
        }
        return root;
    }

    /** The file name CSAF 2.0 section 5.1 prescribes: the tracking id, lower-cased, other characters as '_'. */
    public static String fileName(String trackingId) {
        return trackingId.toLowerCase(Locale.ROOT).replaceAll("[^+\\-a-z0-9]+", "_") + ".json";
    }

    public static String text(ObjectNode doc) {
        try {
            return MAPPER.writeValueAsString(doc) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static void score(ObjectNode o, RiskDecision d, String product) {
        CvssScore score;
        try {
            score = Cvss.score(d.cvssVector());
        } catch (InvalidCvssVectorException e) {
            return;
        }
        ObjectNode s = o.putArray("scores").addObject();
        ObjectNode v3 = s.putObject("cvss_v3");
        v3.put("version", d.cvssVector().startsWith("CVSS:3.0/") ? "3.0" : "3.1");
        v3.put("vectorString", d.cvssVector());
        v3.put("baseScore", score.baseScore());
        v3.put("baseSeverity", score.baseSeverity().name());
        s.putArray("products").add(product);
    }

    private static String impact(RiskDecision d) {
        String harm = d.harm()
                .map(h -> "the worst patient harm it can lead to is rated " + h.wire() + " (ISO 14971)")
                .orElse("the patient harm it can lead to is not stated");
        return "Risk to patients assessed as " + d.verdict().wire() + ": exploitability band " + d.band() + " of 5, "
                + harm + ".";
    }

    /** A comparator list such as {@code < 2.4.1} as a vers range ({@code vers:generic/<2.4.1}). */
    public static String vers(String affected) {
        String a = affected.strip();
        if (a.startsWith("vers:")) {
            return a;
        }
        return "vers:generic/" + a.replaceAll("\\s+", "").replace(",", "|");
    }

    private static void note(ArrayNode notes, String category, String title, String text) {
        ObjectNode n = notes.addObject();
        n.put("category", category);
        n.put("text", text);
        n.put("title", title);
    }
}
