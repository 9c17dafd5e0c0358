package dev.vigil.engine.compliance;

import dev.vigil.engine.assessment.Assessment;
import dev.vigil.engine.catalog.Applicability;
import dev.vigil.engine.catalog.Catalog;
import dev.vigil.engine.catalog.Evidence;
import dev.vigil.engine.catalog.Framework;
import dev.vigil.engine.catalog.Phase;
import dev.vigil.engine.catalog.Requirement;
import dev.vigil.engine.model.SystemInfo;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.model.WireValue;
import dev.vigil.engine.threat.ThreatEngine;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Computes compliance from evidence: for each requirement of the selected frameworks, whether the
 * model's facts, claimed controls, lifecycle evidence, SBOMs and open threat findings meet it
 * (docs/catalog-authoring.md, "Evidence vocabulary"). All terms hold and no blocking finding is open:
 * met; some hold, or all hold but a blocking finding is open: partial; none hold: gap.
 */
public final class Compliance {

    private Compliance() {}

    /**
     * Judges an assessed model against the bundled catalog, blocked by the assessment's open findings: the
     * rules are not run again.
     */
    public static ComplianceReport evaluate(Assessment assessment, ComplianceOptions options) {
        return evaluate(assessment, options, Catalog.load());
    }

    /** Judges an assessed model against a catalog, blocked by the assessment's open findings. */
    public static ComplianceReport evaluate(Assessment assessment, ComplianceOptions options, Catalog catalog) {
        return evaluate(assessment.model(), OpenFindings.of(assessment.findings()), options, catalog);
    }

    /** Judges the model against the bundled catalog (runs no rules: the detections are given). */
    public static ComplianceReport evaluate(
            SystemModel model, List<ThreatEngine.Detection> detections, ComplianceOptions options) {
        return evaluate(model, detections, options, Catalog.load());
    }

    /**
     * Judges the model against a catalog. Throws {@link IllegalArgumentException} naming the valid ids
     * when the options name an unknown framework or phase.
     */
    public static ComplianceReport evaluate(
            SystemModel model, List<ThreatEngine.Detection> detections, ComplianceOptions options, Catalog catalog) {
        return evaluate(model, new OpenFindings(model, detections), options, catalog);
    }

    private static ComplianceReport evaluate(
            SystemModel model, OpenFindings findings, ComplianceOptions options, Catalog catalog) {
        List<Framework> frameworks = select(catalog, options);
        options.phase()
                .ifPresent(p -> check(
                        "phase", p, catalog.phases().stream().map(Phase::id).toList()));
        EvidenceCheck evidence = new EvidenceCheck(model, catalog.evidenceVocabulary());
        List<ComplianceRow> rows = new ArrayList<>();
        for (Framework f : frameworks) {
            for (Requirement r : f.requirements()) {
                if (options.phase().map(r.phase()::equals).orElse(true)) {
                    rows.add(judge(model.system(), r, evidence, findings));
                }
            }
        }
        return new ComplianceReport(model.system(), catalog.version(), frameworks, catalog.phases(), rows);
    }

    private static List<Framework> select(Catalog catalog, ComplianceOptions options) {
        List<String> valid = catalog.frameworks().stream().map(Framework::id).toList();
        options.frameworks().forEach(id -> check("framework", id, valid));
        return catalog.frameworks().stream()
                .filter(f ->
                        options.frameworks().isEmpty() || options.frameworks().contains(f.id()))
                .toList();
    }

    private static void check(String what, String id, List<String> valid) {
        if (!valid.contains(id)) {
            throw new IllegalArgumentException(
                    "unknown " + what + " '" + id + "' (valid: " + String.join(", ", valid) + ")");
        }
    }

    static ComplianceRow judge(SystemInfo system, Requirement r, EvidenceCheck check, OpenFindings findings) {
        String outOfScope = outOfScope(system, r.applicability());
        if (!outOfScope.isEmpty()) {
            return new ComplianceRow(r, ComplianceStatus.NOT_APPLICABLE, outOfScope, List.of(), List.of());
        }
        List<String> evidence = new ArrayList<>();
        List<String> shortfalls = new ArrayList<>();
        int holding = 0;
        int failing = 0;
        for (Evidence term : r.evidence()) {
            TermResult result = check.check(term);
            evidence.addAll(result.evidence());
            switch (result.outcome()) {
                case HOLDS -> holding++;
                case FAILS -> failing++;
                case PARTLY -> {}
            }
            if (!result.shortfall().isEmpty()) {
                shortfalls.add(result.shortfall());
            }
        }
        List<String> blocking = findings.blocking(r.blockedBy());
        ComplianceStatus status;
        String reason;
        if (holding == r.evidence().size()) {
            status = blocking.isEmpty() ? ComplianceStatus.MET : ComplianceStatus.PARTIAL;
            reason = blocking.isEmpty()
                    ? "All evidence is present: " + terms(r) + "."
                    : "The evidence is present (" + terms(r) + "), but open findings block it: "
                            + EvidenceCheck.listed(blocking) + ".";
        } else {
            status = failing == r.evidence().size() ? ComplianceStatus.GAP : ComplianceStatus.PARTIAL;
            reason = (status == ComplianceStatus.GAP ? "None of the evidence is present: " : "Missing: ")
                    + String.join("; ", shortfalls) + "."
                    + (blocking.isEmpty() ? "" : " Open findings block it: " + EvidenceCheck.listed(blocking) + ".");
        }
        if (system.cyberDevice().isEmpty() && r.applicability().cyberDeviceOnly()) {
            reason += " system.cyberDevice is not stated, so the system was judged as a cyber device.";
        }
        return new ComplianceRow(r, status, reason, new ArrayList<>(new LinkedHashSet<>(evidence)), blocking);
    }

    /**
     * Why the requirement does not apply, or empty when it does. An unstated {@code cyberDevice} is
     * treated as a cyber device: leaving 524B out on an unknown would assume the safer answer.
     */
    static String outOfScope(SystemInfo system, Applicability a) {
        String kind = system.kind().wire();
        if (!a.kinds().contains(kind)) {
            return kind + " model; this requirement applies to " + plural(a.kinds()) + ".";
        }
        Set<String> markets =
                system.markets().stream().map(WireValue::wire).collect(Collectors.toCollection(LinkedHashSet::new));
        if (!a.markets().isEmpty() && markets.stream().noneMatch(a.markets()::contains)) {
            return "system.markets is " + (markets.isEmpty() ? "empty" : String.join(", ", markets))
                    + "; this requirement applies to the "
                    + String.join(", ", a.markets().stream().sorted().toList())
                    + " market" + (a.markets().size() == 1 ? "" : "s") + ".";
        }
        if (a.cyberDeviceOnly() && !system.cyberDevice().orElse(true)) {
            return "system.cyberDevice is false; this requirement applies to cyber devices only (FD&C Act 524B).";
        }
        return "";
    }

    private static String plural(Set<String> kinds) {
        return kinds.stream().sorted().map(k -> k + "s").collect(Collectors.joining(" and "));
    }

    private static String terms(Requirement r) {
        return r.evidence().stream()
                .map(e -> e instanceof Evidence.Lifecycle
                        ? "lifecycle." + e.key()
                        : e.term().replace(": ", ":"))
                .collect(Collectors.joining(", "));
    }
}
