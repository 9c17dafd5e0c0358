package dev.vigil.engine.compliance;

import dev.vigil.engine.assessment.Assessment;
import dev.vigil.engine.catalog.Catalog;
import dev.vigil.engine.catalog.Evidence;
import dev.vigil.engine.catalog.Framework;
import dev.vigil.engine.catalog.Phase;
import dev.vigil.engine.catalog.Requirement;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.model.WireValue;
import dev.vigil.engine.source.SourceResolver;
import dev.vigil.engine.threat.ThreatEngine;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Computes compliance from evidence: for each requirement of the selected frameworks, whether the
 * model's facts, claimed controls, lifecycle evidence, tests, documents, SBOMs and open threat findings meet
 * it (docs/catalog-authoring.md, "Evidence vocabulary"). All terms hold and no blocking finding is open:
 * met; some hold, or all hold but a blocking finding is open: partial; none hold: gap. A requirement whose
 * subject the model cannot state ({@code needs}) is not assessable, never met or a gap.
 */
public final class Compliance {

    private Compliance() {}

    /**
     * Judges an assessed model against the bundled catalog, blocked by the assessment's open findings: the
     * rules are not run again. Evidence ages are judged on {@code date}; evidence files are looked up through
     * {@code sources} (unless the options turn file checks off), and so are the site models of
     * {@code system.builtAt}.
     */
    public static ComplianceReport evaluate(
            Assessment assessment, ComplianceOptions options, LocalDate date, SourceResolver sources) {
        return evaluate(
                assessment.model(), OpenFindings.of(assessment.findings()), options, Catalog.load(), date, sources);
    }

    /** As above, today (UTC), files from the file system. */
    public static ComplianceReport evaluate(Assessment assessment, ComplianceOptions options) {
        return evaluate(assessment, options, today(), SourceResolver.fileSystem());
    }

    /** Judges an assessed model against a catalog, blocked by the assessment's open findings. */
    public static ComplianceReport evaluate(Assessment assessment, ComplianceOptions options, Catalog catalog) {
        return evaluate(
                assessment.model(),
                OpenFindings.of(assessment.findings()),
                options,
                catalog,
                today(),
                SourceResolver.fileSystem());
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
        return evaluate(
                model, new OpenFindings(model, detections), options, catalog, today(), SourceResolver.fileSystem());
    }

    private static LocalDate today() {
        return LocalDate.now(Clock.systemUTC());
    }

    private static ComplianceReport evaluate(
            SystemModel model,
            OpenFindings findings,
            ComplianceOptions options,
            Catalog catalog,
            LocalDate date,
            SourceResolver sources) {
        List<Framework> frameworks = select(catalog, options);
        options.phase()
                .ifPresent(p -> check(
                        "phase", p, catalog.phases().stream().map(Phase::id).toList()));
        SiteEvidence.Loaded sites = SiteEvidence.load(model, sources);
        EvidenceFiles files = new EvidenceFiles(model, options.fileChecks() ? Optional.of(sources) : Optional.empty());
        EvidenceCheck evidence = new EvidenceCheck(model, catalog, date, files, sites.sites(), findings);
        List<ComplianceRow> rows = new ArrayList<>();
        for (Framework f : frameworks) {
            for (Requirement r : f.requirements()) {
                if (options.phase().map(r.phase()::equals).orElse(true)) {
                    rows.add(judge(model, r, evidence, findings));
                }
            }
        }
        List<String> warnings = new ArrayList<>(uncoveredMarkets(model, catalog));
        warnings.addAll(sites.warnings());
        return new ComplianceReport(
                model.system(), catalog.version(), frameworks, catalog.phases(), catalog.themes(), rows, warnings);
    }

    /**
     * Markets of the model that no framework for its kind (product or site) is specific to: only international
     * ones judge them.
     */
    static List<String> uncoveredMarkets(SystemModel model, Catalog catalog) {
        String kind = model.system().kind().wire();
        Set<String> covered = catalog.frameworks().stream()
                .filter(f -> f.applicability().kinds().contains(kind))
                .flatMap(f -> f.applicability().markets().stream())
                .collect(Collectors.toSet());
        List<String> uncovered = model.system().markets().stream()
                .map(WireValue::wire)
                .filter(m -> !covered.contains(m))
                .toList();
        if (uncovered.isEmpty()) {
            return List.of();
        }
        return List.of("system.markets names " + String.join(", ", uncovered)
                + ", for which the catalog has no " + kind + " framework of its own: only the international frameworks"
                + " were judged for " + (uncovered.size() == 1 ? "it" : "them") + ".");
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

    static ComplianceRow judge(SystemModel model, Requirement r, EvidenceCheck check, OpenFindings findings) {
        Optional<Scope.Outside> outside = Scope.of(model, r.applicability());
        if (outside.isPresent()) {
            return new ComplianceRow(
                    r, outside.get().status(), outside.get().reason(), List.of(), List.of(), List.of());
        }
        List<String> evidence = new ArrayList<>();
        List<String> shortfalls = new ArrayList<>();
        List<ComplianceRow.Missing> missing = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int holding = 0;
        int failing = 0;
        for (Evidence term : r.evidence()) {
            TermResult result = check.check(term);
            evidence.addAll(result.evidence());
            if (!result.note().isEmpty()) {
                notes.add(result.note());
            }
            switch (result.outcome()) {
                case HOLDS -> holding++;
                case FAILS -> failing++;
                case PARTLY -> {}
            }
            if (result.outcome() != TermResult.Outcome.HOLDS) {
                shortfalls.add(result.shortfall());
                missing.add(new ComplianceRow.Missing(term.term(), result.shortfall()));
            }
        }
        List<String> blocking = findings.blocking(r.blockedBy());
        List<String> facts = new ArrayList<>(new LinkedHashSet<>(evidence));
        if (!r.needs().isEmpty()) {
            String reason = "Not assessable from the model: it needs " + r.needs()
                    + ", which the model format cannot state; judge it from the documentation.";
            return new ComplianceRow(r, ComplianceStatus.NOT_ASSESSABLE, reason, facts, blocking, List.of());
        }
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
        if (!notes.isEmpty()) {
            reason += " " + capitalized(String.join("; ", notes)) + ".";
        }
        List<String> subjects = Scope.subjects(model, r.applicability());
        if (!subjects.isEmpty()) {
            reason += " Applies to " + String.join(", ", subjects) + " (regulatoryStatus "
                    + String.join(
                            ", ",
                            r.applicability().regulatoryStatus().stream()
                                    .sorted()
                                    .toList()) + ").";
        }
        if (model.system().cyberDevice().isEmpty() && r.applicability().cyberDeviceOnly()) {
            reason += " system.cyberDevice is not stated, so the system was judged as a cyber device.";
        }
        return new ComplianceRow(r, status, reason, facts, blocking, missing);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String terms(Requirement r) {
        return r.evidence().stream()
                .map(e -> e instanceof Evidence.Lifecycle
                        ? "lifecycle." + e.key() + e.limits().text()
                        : e.term().replace(": ", ":"))
                .collect(Collectors.joining(", "));
    }
}
