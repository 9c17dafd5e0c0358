package dev.vigil.engine.assess;

import dev.vigil.engine.advisory.store.AdvisoryStore;
import dev.vigil.engine.compliance.ComplianceOptions;
import dev.vigil.engine.compliance.ComplianceStatus;
import dev.vigil.engine.risk.RiskMatrix;
import dev.vigil.engine.sbom.SbomReader;
import dev.vigil.engine.scan.VulnerabilityGate;
import dev.vigil.engine.source.SourceResolver;
import dev.vigil.engine.support.SupportOutlook;
import dev.vigil.engine.vex.VexIndex;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one assessment is asked: its date, the risk matrix, the advisory store the caller opened (none: the
 * vulnerabilities are reported as not checked), VEX statements, which frameworks and phase compliance
 * judges, which optional outputs to make, where the model's SBOMs are read from, the gates to decide, and the
 * horizon of the "support ends within N days" warnings.
 * Immutable; start from {@link #on(LocalDate)} and change with the {@code with...} methods.
 */
public record AssessOptions(
        LocalDate date,
        RiskMatrix riskMatrix,
        Optional<AdvisoryStore> store,
        VexIndex vex,
        ComplianceOptions compliance,
        Set<Output> outputs,
        SourceResolver sources,
        Optional<FindingGate> findingGate,
        Optional<VulnerabilityGate> vulnerabilityGate,
        Optional<ComplianceStatus> complianceGate,
        SbomReader sbomReader,
        boolean uncheckedAllowed,
        int supportWarningDays) {

    public AssessOptions {
        Objects.requireNonNull(date, "date == null");
        Objects.requireNonNull(riskMatrix, "riskMatrix == null");
        Objects.requireNonNull(store, "store == null");
        Objects.requireNonNull(vex, "vex == null");
        Objects.requireNonNull(compliance, "compliance == null");
        outputs = outputs.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(outputs));
        Objects.requireNonNull(sources, "sources == null");
        Objects.requireNonNull(findingGate, "findingGate == null");
        Objects.requireNonNull(vulnerabilityGate, "vulnerabilityGate == null");
        Objects.requireNonNull(complianceGate, "complianceGate == null");
        Objects.requireNonNull(sbomReader, "sbomReader == null");
        if (supportWarningDays < 0 || supportWarningDays > SupportOutlook.MAX_DAYS) {
            throw new IllegalArgumentException("the support warning horizon must be 0 to " + SupportOutlook.MAX_DAYS
                    + " days, not " + supportWarningDays);
        }
    }

    /**
     * Findings only, on {@code date}, with the standard risk matrix, no store, no VEX, every framework,
     * SBOMs read from the file system and no gate.
     */
    public static AssessOptions on(LocalDate date) {
        return new AssessOptions(
                date,
                RiskMatrix.standard(),
                Optional.empty(),
                VexIndex.ofStatements(List.of()),
                ComplianceOptions.ALL,
                Set.of(),
                SourceResolver.fileSystem(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                DEFAULT_SBOM_READER,
                false,
                SupportOutlook.DEFAULT_DAYS);
    }

    /**
     * SBOMs a model names are read leniently, as {@code vigil scan} reads them by default: a schema violation
     * a reader can still read (element order, unknown properties) is a warning, never a refusal.
     */
    public static final SbomReader DEFAULT_SBOM_READER =
            SbomReader.withDefaults().lenient();

    /** Read the model's SBOMs with {@code reader} (e.g. strict, schema-validating). */
    public AssessOptions withSbomReader(SbomReader reader) {
        return with(copy -> copy.sbomReader = reader);
    }

    public AssessOptions withRiskMatrix(RiskMatrix matrix) {
        return with(copy -> copy.riskMatrix = matrix);
    }

    /** Scan against {@code advisories}; the caller opened it and closes it after the call. */
    public AssessOptions withStore(Optional<AdvisoryStore> advisories) {
        return with(copy -> copy.store = advisories);
    }

    public AssessOptions withVex(VexIndex statements) {
        return with(copy -> copy.vex = statements);
    }

    public AssessOptions withCompliance(ComplianceOptions options) {
        return with(copy -> copy.compliance = options);
    }

    public AssessOptions withOutputs(Output... wanted) {
        return with(copy -> copy.outputs = Set.of(wanted));
    }

    public AssessOptions withSources(SourceResolver resolver) {
        return with(copy -> copy.sources = resolver);
    }

    public AssessOptions withFindingGate(Optional<FindingGate> gate) {
        return with(copy -> copy.findingGate = gate);
    }

    /** Fail when a reported vulnerability reaches {@code gate}; makes the vulnerabilities an output. */
    public AssessOptions withVulnerabilityGate(Optional<VulnerabilityGate> gate) {
        return with(copy -> copy.vulnerabilityGate = gate);
    }

    /**
     * Let the vulnerability gate pass although parts were not checked (no store, no SBOM, components
     * running software without one): it then judges only what was checked.
     */
    public AssessOptions withUncheckedAllowed(boolean allowed) {
        return with(copy -> copy.uncheckedAllowed = allowed);
    }

    /** Fail when an applicable requirement is {@code status} or worse; makes compliance an output. */
    public AssessOptions withComplianceGate(Optional<ComplianceStatus> status) {
        return with(copy -> copy.complianceGate = status);
    }

    /**
     * Warn of ends of support within {@code days} of the date (0 to {@link SupportOutlook#MAX_DAYS}), when
     * {@link Output#SUPPORT} is asked for.
     */
    public AssessOptions withSupportWarningDays(int days) {
        return with(copy -> copy.supportWarningDays = days);
    }

    boolean wants(Output output) {
        return outputs.contains(output)
                || (output == Output.VULNERABILITIES && vulnerabilityGate.isPresent())
                || (output == Output.COMPLIANCE && complianceGate.isPresent());
    }

    /** One changed option, the others kept: each {@code with...} method names only what it changes. */
    private AssessOptions with(java.util.function.Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return copy.options();
    }

    /** A mutable copy, private to the withers; the record's constructor still checks every value. */
    private static final class Copy {
        LocalDate date;
        RiskMatrix riskMatrix;
        Optional<AdvisoryStore> store;
        VexIndex vex;
        ComplianceOptions compliance;
        Set<Output> outputs;
        SourceResolver sources;
        Optional<FindingGate> findingGate;
        Optional<VulnerabilityGate> vulnerabilityGate;
        Optional<ComplianceStatus> complianceGate;
        SbomReader sbomReader;
        boolean uncheckedAllowed;
        int supportWarningDays;

        Copy(AssessOptions o) {
            date = o.date;
            riskMatrix = o.riskMatrix;
            store = o.store;
            vex = o.vex;
            compliance = o.compliance;
            outputs = o.outputs;
            sources = o.sources;
            findingGate = o.findingGate;
            vulnerabilityGate = o.vulnerabilityGate;
            complianceGate = o.complianceGate;
            sbomReader = o.sbomReader;
            uncheckedAllowed = o.uncheckedAllowed;
            supportWarningDays = o.supportWarningDays;
        }

        AssessOptions options() {
            return new AssessOptions(
                    date,
                    riskMatrix,
                    store,
                    vex,
                    compliance,
                    outputs,
                    sources,
                    findingGate,
                    vulnerabilityGate,
                    complianceGate,
                    sbomReader,
                    uncheckedAllowed,
                    supportWarningDays);
        }
    }
}
