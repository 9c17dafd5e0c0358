package dev.vigil.engine.assess;

import dev.vigil.engine.advisory.AdvisoryStore;
import dev.vigil.engine.assessment.Assessment;
import dev.vigil.engine.compliance.Compliance;
import dev.vigil.engine.compliance.ComplianceReport;
import dev.vigil.engine.diagram.Diagram;
import dev.vigil.engine.diagram.Diagrams;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.report.VulnerabilityCheck;
import dev.vigil.engine.scan.Scan;
import dev.vigil.engine.scan.ScanResult;
import dev.vigil.engine.source.InputException;
import dev.vigil.engine.support.SupportEnds;
import dev.vigil.engine.support.SupportOutlook;
import dev.vigil.engine.threat.RuleBook;
import dev.vigil.engine.threat.ThreatEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Assesses one loaded model: the threat rules run once, their findings are scored, and compliance judges
 * those same findings; the component SBOMs are scanned against the store the caller opened; diagrams are
 * drawn; the stated ends of support are checked against the date; the gates are decided. Thread-safe: it
 * holds only the rule book.
 *
 * <pre>{@code
 * AssessResult r = new Assessor().assess(model, AssessOptions.on(today).withOutputs(Output.COMPLIANCE));
 * }</pre>
 */
public final class Assessor {

    /** The message of a store that holds nothing: scanning it would claim "no vulnerabilities" falsely. */
    public static final String EMPTY_STORE =
            "the advisory store holds no advisories: vulnerabilities not checked (run vigil advisories import)";

    private final RuleBook rules;

    public Assessor(RuleBook rules) {
        this.rules = Objects.requireNonNull(rules, "rules == null");
    }

    public Assessor() {
        this(RuleBook.standard());
    }

    /**
     * Assesses {@code model} as {@code options} ask.
     *
     * @throws InputException when an option cannot be honoured (an unknown framework or phase) or an
     *     SBOM the model names cannot be read
     */
    public AssessResult assess(SystemModel model, AssessOptions options) {
        ModelIndex index = new ModelIndex(model, options.date());
        List<ThreatEngine.Detection> detections = new ThreatEngine(rules).run(index);
        Assessment assessment = Assessment.from(
                index, detections, Assessment.rulesFor(rules, model), options.date(), options.riskMatrix());
        Optional<ComplianceReport> compliance =
                options.wants(Output.COMPLIANCE) ? Optional.of(compliance(assessment, options)) : Optional.empty();
        VulnerabilityCheck vulnerabilities = options.wants(Output.VULNERABILITIES)
                ? vulnerabilities(model, options)
                : new VulnerabilityCheck.NotChecked(AssessResult.NOT_ASKED);
        List<Diagram> diagrams = options.wants(Output.DIAGRAMS) ? Diagrams.of(index) : List.of();
        Optional<SupportOutlook> support = options.wants(Output.SUPPORT)
                ? Optional.of(SupportOutlook.of(
                        SupportEnds.of(model, options.sources(), options.sbomReader()),
                        options.date(),
                        options.supportWarningDays()))
                : Optional.empty();
        Optional<String> findingGate = options.findingGate().flatMap(g -> g.why(assessment.findings()));
        Optional<String> vulnerabilityGate = options.vulnerabilityGate()
                .flatMap(g -> VulnerabilityGateVerdict.why(g, vulnerabilities, options.uncheckedAllowed()));
        List<String> reasons = new ArrayList<>();
        findingGate.ifPresent(w -> reasons.add(
                "--fail-on " + options.findingGate().get().name().toLowerCase(java.util.Locale.ROOT) + ": " + w));
        vulnerabilityGate.ifPresent(w -> reasons.add("--fail-on-vulnerability: " + w));
        GateVerdicts gates = new GateVerdicts(
                findingGate.isPresent(),
                vulnerabilityGate.isPresent(),
                options.complianceGate()
                        .map(s -> compliance.orElseThrow().anyAtOrWorse(s))
                        .orElse(false),
                reasons);
        return new AssessResult(assessment, compliance, vulnerabilities, diagrams, support, gates);
    }

    /**
     * What a scan ({@link #scanSbom}, {@link #scanModel}) found and why its {@code --fail-on} gate failed
     * (empty when it passed or was not asked). What was not checked fails the gate unless the options allow
     * unchecked parts, so the caller only renders the verdict.
     */
    public record ScanVerdict(ScanResult result, Optional<String> gateFailure) {
        public ScanVerdict {
            Objects.requireNonNull(result, "result == null");
            Objects.requireNonNull(gateFailure, "gateFailure == null");
        }

        public boolean gateFailed() {
            return gateFailure.isPresent();
        }
    }

    /**
     * Scans one SBOM file ({@code vigil scan SBOM}): read with the options' SBOM reader, matched against the
     * options' store (which must be given) with their VEX statements, and judged by their vulnerability gate,
     * unchecked parts included.
     *
     * @throws InputException when the SBOM cannot be read, or when nothing matched because the store is empty
     *     (an empty store would pass for "no vulnerabilities")
     */
    public ScanVerdict scanSbom(Path sbom, AssessOptions options) {
        AdvisoryStore store = options.store().orElseThrow(() -> new IllegalArgumentException("no advisory store"));
        ScanResult result = Scan.of(store)
                .on(options.date())
                .withSbomReader(options.sbomReader())
                .withVex(options.vex())
                .scan(options.sbomReader().read(sbom), sbom);
        // Asked only when nothing matched: reading the statistics costs more than the check is worth.
        if (result.findings().isEmpty() && store.stats().records() == 0) {
            throw new InputException("the advisory store at " + store.directory()
                    + " holds no advisories: run 'vigil advisories import' first");
        }
        return verdict(result, options);
    }

    /**
     * Scans the SBOMs of a model's components ({@code vigil scan MODEL}) as {@link #assess} scans them, and
     * judges them by the options' vulnerability gate, unchecked parts included.
     *
     * @throws InputException when the options give no store or the store is empty: a scan that checked
     *     nothing would pass for "no vulnerabilities"
     */
    public ScanVerdict scanModel(SystemModel model, AssessOptions options) {
        if (options.store().isEmpty()) {
            throw new InputException("no advisory store to scan against: run 'vigil advisories import' first");
        }
        VulnerabilityCheck check = vulnerabilities(model, options);
        if (check instanceof VulnerabilityCheck.NotChecked n) {
            throw new InputException(n.reason());
        }
        return verdict(((VulnerabilityCheck.Checked) check).result(), options);
    }

    private static ScanVerdict verdict(ScanResult result, AssessOptions options) {
        return new ScanVerdict(
                result,
                options.vulnerabilityGate()
                        .flatMap(g -> VulnerabilityGateVerdict.why(
                                g, new VulnerabilityCheck.Checked(result), options.uncheckedAllowed())));
    }

    private static ComplianceReport compliance(Assessment assessment, AssessOptions options) {
        try {
            return Compliance.evaluate(assessment, options.compliance(), options.date(), options.sources());
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage(), e);
        }
    }

    /**
     * Scans the component SBOMs; not checked without a store, or when SBOMs were read but the store is empty
     * (an empty store would pass for "no vulnerabilities").
     */
    private static VulnerabilityCheck vulnerabilities(SystemModel model, AssessOptions options) {
        if (options.store().isEmpty()) {
            return VulnerabilityCheck.notChecked();
        }
        AdvisoryStore store = options.store().get();
        // Read SBOMs as vigil scan does, so that both commands accept the same files.
        ScanResult result = Scan.of(store)
                .on(options.date())
                .withVex(options.vex())
                .withSbomReader(options.sbomReader())
                .scanModel(model, options.sources());
        // Asked only when nothing matched: the statistics cost more than the scan.
        if (result.findings().isEmpty()
                && !result.sboms().isEmpty()
                && store.stats().records() == 0) {
            return new VulnerabilityCheck.NotChecked(EMPTY_STORE);
        }
        return new VulnerabilityCheck.Checked(result);
    }
}
