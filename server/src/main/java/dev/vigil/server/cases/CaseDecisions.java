package dev.vigil.server.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.engine.postmarket.RiskDecision;
import dev.vigil.engine.postmarket.casefile.CaseVulnerability;
import dev.vigil.engine.postmarket.casefile.Remediation;
import dev.vigil.engine.postmarket.csaf.CsafAdvisory;
import dev.vigil.engine.version.InvalidRangeException;
import dev.vigil.engine.version.InvalidVersionException;
import dev.vigil.engine.version.VersRange;
import dev.vigil.engine.vex.VexFormat;
import dev.vigil.engine.vex.VexSource;
import dev.vigil.engine.vex.VexStatement;
import dev.vigil.engine.vex.VexStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a product's cases decided about each vulnerability, laid over one release's VEX statements (the scan
 * says which components match; the cases say what that means for the release). A case in state {@code new}
 * has decided nothing, so the scan's "not analysed yet" stands; {@code triage} means under investigation; from
 * {@code assessed} on, the case's affected versions and fixed version decide: at or above the fixed version is
 * {@code fixed}, outside the affected versions {@code not_affected} (with the case as its impact statement),
 * otherwise {@code affected} with the case's remediations and risk decision. When a version cannot be compared
 * with the case's range, the release stays {@code affected}: a VEX must not claim safety it cannot show.
 */
final class CaseDecisions {

    /** One case vulnerability with the state of its case and, when the case could be checked, its verdict. */
    record Decided(
            String caseId, String state, CaseVulnerability vulnerability, Optional<RiskDecision.Verdict> verdict) {}

    private final Map<String, Decided> byId = new HashMap<>();
    private final String version;
    /** The decision applied to each vulnerability id of the VEX, for the remediations pass. */
    private final Map<String, Decided> applied = new HashMap<>();

    /** @param decided oldest first: a later case about the same vulnerability overrides an earlier one */
    CaseDecisions(List<Decided> decided, String version) {
        this.version = version;
        for (Decided d : decided) {
            byId.put(key(d.vulnerability().id()), d);
            d.vulnerability().cve().ifPresent(cve -> byId.put(key(cve), d));
        }
    }

    /** The statement as the cases decide it, or unchanged when no case has decided about its vulnerability. */
    VexStatement apply(VexStatement s) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(s.vulnerabilityId());
        ids.addAll(s.aliases());
        Optional<Decided> found =
                ids.stream().map(id -> byId.get(key(id))).filter(d -> d != null).findFirst();
        if (found.isEmpty() || found.get().state().equals("new")) {
            return s;
        }
        Decided d = found.get();
        applied.put(s.vulnerabilityId(), d);
        CaseVulnerability v = d.vulnerability();
        VexSource source = new VexSource(VexFormat.CSAF, "Vigil case " + d.caseId(), Optional.of(d.caseId()), "");
        if (d.state().equals("triage")) {
            return with(
                    s,
                    VexStatus.UNDER_INVESTIGATION,
                    Optional.empty(),
                    Optional.of("Under investigation in case " + d.caseId() + "."),
                    source);
        }
        Optional<Boolean> fixed = v.fixed().flatMap(f -> contains("vers:generic/>=" + f.strip()));
        Optional<Boolean> affected = contains(CsafAdvisory.vers(v.affected()));
        if (fixed.orElse(false)) {
            return with(
                    s,
                    VexStatus.FIXED,
                    Optional.empty(),
                    Optional.of("Fixed in " + v.fixed().get() + " (case " + d.caseId() + ")."),
                    source);
        }
        if (affected.isPresent() && !affected.get()) {
            return with(
                    s,
                    VexStatus.NOT_AFFECTED,
                    Optional.of("Case " + d.caseId() + " (" + d.state() + ") states the affected versions as '"
                            + v.affected() + "'; release " + version + " is not among them."),
                    Optional.empty(),
                    source);
        }
        String why = affected.isEmpty()
                ? " Release " + version + " could not be compared with the case's affected versions '" + v.affected()
                        + "'; it is listed as affected."
                : "";
        return with(s, VexStatus.AFFECTED, Optional.empty(), Optional.of(action(d) + why), source);
    }

    /**
     * The engine writes one placeholder remediation ({@code none_available} with the action statement) per
     * affected product; where a case states remediations, they replace it with their own categories, details,
     * dates and URLs, and the case's risk decision is added as an impact threat for those products.
     */
    void remediations(ObjectNode document) {
        for (JsonNode node : document.path("vulnerabilities")) {
            ObjectNode vulnerability = (ObjectNode) node;
            Optional<Decided> decided = ids(vulnerability).stream()
                    .map(applied::get)
                    .filter(d -> d != null)
                    .findFirst();
            if (decided.isEmpty()) {
                continue;
            }
            Decided d = decided.get();
            JsonNode affected = vulnerability.path("product_status").path("known_affected");
            if (affected.isEmpty()) {
                continue;
            }
            if (!d.vulnerability().remediations().isEmpty()) {
                ArrayNode kept = vulnerability.arrayNode();
                for (JsonNode r : vulnerability.path("remediations")) {
                    if (!"none_available".equals(r.path("category").asText())) {
                        kept.add(r);
                    }
                }
                for (Remediation r : d.vulnerability().remediations()) {
                    ObjectNode out = kept.addObject();
                    out.put("category", r.category().wire());
                    r.date().ifPresent(day -> out.put("date", day + "T00:00:00.000Z"));
                    out.put("details", r.details());
                    out.set("product_ids", affected.deepCopy());
                    r.url().ifPresent(u -> out.put("url", u));
                }
                vulnerability.set("remediations", kept);
            }
            d.verdict().ifPresent(verdict -> {
                ArrayNode threats = vulnerability.has("threats")
                        ? (ArrayNode) vulnerability.get("threats")
                        : vulnerability.putArray("threats");
                ObjectNode t = threats.addObject();
                t.put("category", "impact");
                t.put(
                        "details",
                        "Risk to patients assessed as " + verdict.wire() + " in case " + d.caseId()
                                + " (FDA postmarket guidance: controlled or uncontrolled risk).");
                t.set("product_ids", affected.deepCopy());
            });
        }
    }

    /** Whether any statement was decided by a case (for the publication's audit entry). */
    List<String> casesApplied() {
        return applied.values().stream()
                .map(Decided::caseId)
                .distinct()
                .sorted()
                .toList();
    }

    private static String action(Decided d) {
        String verdict = d.verdict()
                .map(v -> " Risk to patients assessed as " + v.wire() + ".")
                .orElse("");
        List<Remediation> remediations = d.vulnerability().remediations();
        if (remediations.isEmpty()) {
            return "Case " + d.caseId() + " (" + d.state() + "): no remediation stated yet." + verdict;
        }
        return "Case " + d.caseId() + " (" + d.state() + "): "
                + remediations.stream()
                        .map(r -> r.category().wire() + ": " + r.details()
                                + r.date().map(day -> " (" + day + ")").orElse(""))
                        .collect(Collectors.joining("; "))
                + "." + verdict;
    }

    /**
     * Whether the release version is in {@code vers}. A product's versions are compared in the vers {@code generic}
     * sense through Maven's ordering: the engine knows no {@code generic} scheme, and Maven's compares any dotted
     * version numerically ({@code 2.10 > 2.9}) and orders qualifiers ({@code 2.4.1-rc1 < 2.4.1}) without refusing
     * a version string.
     */
    private Optional<Boolean> contains(String vers) {
        String comparable =
                vers.startsWith("vers:generic/") ? "vers:maven/" + vers.substring("vers:generic/".length()) : vers;
        try {
            return Optional.of(VersRange.parseLenient(comparable).contains(version));
        } catch (InvalidRangeException | InvalidVersionException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<String> ids(ObjectNode vulnerability) {
        List<String> ids = new ArrayList<>();
        if (vulnerability.hasNonNull("cve")) {
            ids.add(vulnerability.get("cve").asText());
        }
        vulnerability.path("ids").forEach(id -> ids.add(id.path("text").asText()));
        return ids;
    }

    private static VexStatement with(
            VexStatement s, VexStatus status, Optional<String> impact, Optional<String> action, VexSource source) {
        return new VexStatement(
                s.vulnerabilityId(),
                s.aliases(),
                s.products(),
                s.subcomponents(),
                status,
                Optional.empty(),
                impact,
                action,
                s.timestamp(),
                source);
    }

    private static String key(String id) {
        return id.strip().toUpperCase(Locale.ROOT);
    }
}
