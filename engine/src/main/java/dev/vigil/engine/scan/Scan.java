package dev.vigil.engine.scan;

import dev.vigil.engine.advisory.store.AdvisoryStore;
import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.sbom.Sbom;
import dev.vigil.engine.sbom.SbomComponent;
import dev.vigil.engine.sbom.SbomReader;
import dev.vigil.engine.source.SourceResolver;
import dev.vigil.engine.vex.VexIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Vulnerability scan of SBOMs against an advisory store (issue 5, points 4 and 6).
 *
 * <pre>{@code
 * ScanResult result = Scan.of(store).scan(sbom);
 * ScanResult forModel = Scan.of(store).withVex(vexIndex).scanModel(model);
 * }</pre>
 *
 * Immutable; configure with the {@code with...} methods.
 */
public final class Scan {
    /** Findings most urgent first; ties by id and component so the order never depends on timing. */
    static final Comparator<VulnerabilityFinding> ORDER = Comparator.comparingDouble(
                    (VulnerabilityFinding f) -> -f.priority().score())
            .thenComparing(f -> f.knownExploited().isEmpty())
            .thenComparing(VulnerabilityFinding::id)
            .thenComparing(VulnerabilityFinding::componentLabel);

    private final AdvisoryStore store;
    private final VexIndex vex;
    private final SbomReader reader;
    private final java.time.LocalDate date;

    private Scan(AdvisoryStore store, VexIndex vex, SbomReader reader, java.time.LocalDate date) {
        this.store = Objects.requireNonNull(store, "store == null");
        this.vex = Objects.requireNonNull(vex, "vex == null");
        this.reader = Objects.requireNonNull(reader, "reader == null");
        this.date = Objects.requireNonNull(date, "date == null");
    }

    public static Scan of(AdvisoryStore store) {
        return new Scan(
                store,
                VexIndex.ofStatements(List.of()),
                SbomReader.withDefaults(),
                java.time.LocalDate.now(java.time.ZoneOffset.UTC));
    }

    /** The same scan dated {@code day}: the ages of the store's sources are counted to it. */
    public Scan on(java.time.LocalDate day) {
        return new Scan(store, vex, reader, day);
    }

    /**
     * The same scan with the statements of VEX documents: {@code not_affected} and {@code fixed} suppress a
     * finding, {@code affected} and {@code under_investigation} annotate it.
     */
    public Scan withVex(VexIndex index) {
        return new Scan(store, index, reader, date);
    }

    /** The same scan reading a model's SBOM files with {@code sbomReader}. */
    public Scan withSbomReader(SbomReader sbomReader) {
        return new Scan(store, vex, sbomReader, date);
    }

    /** Scans an SBOM held in memory. */
    public ScanResult scan(Sbom sbom) {
        return scan(sbom, null);
    }

    /** Scans an SBOM read from {@code file} (named in the findings). */
    public ScanResult scan(Sbom sbom, Path file) {
        List<VulnerabilityFinding> findings = new ArrayList<>();
        scanInto(sbom, Optional.ofNullable(file), Optional.empty(), findings);
        findings.sort(ORDER);
        return new ScanResult(
                List.of(new ScanResult.ScannedSbom(
                        Optional.ofNullable(file),
                        Optional.empty(),
                        sbom.components().size(),
                        sbom.warnings())),
                findings,
                ScanCoverage.of(sbom.components(), store.stats(), date, List.of(), 1));
    }

    /**
     * Scans the SBOM of every model component that names one ({@code sbom}, relative to the model
     * file), with each component's place in the system feeding the priority.
     *
     * @throws dev.vigil.engine.sbom.SbomException when a named SBOM cannot be read
     */
    public ScanResult scanModel(SystemModel model) {
        return scanModel(model, SourceResolver.fileSystem());
    }

    /**
     * Scans the SBOM of every model component that names one, read through {@code sources} (relative to
     * the model's name).
     *
     * @throws dev.vigil.engine.sbom.SbomException when a named SBOM cannot be read
     */
    public ScanResult scanModel(SystemModel model, SourceResolver sources) {
        List<VulnerabilityFinding> findings = new ArrayList<>();
        List<ScanResult.ScannedSbom> sboms = new ArrayList<>();
        List<dev.vigil.engine.sbom.SbomComponent> read = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        for (Component component : model.components()) {
            if (component.sbom().isEmpty()) {
                // Running software without an SBOM: its vulnerabilities were not checked, not found absent.
                component.software().ifPresent(s -> unchecked.add(component.id()));
                continue;
            }
            Path file = SourceResolver.sibling(model.source(), component.sbom().get());
            Sbom sbom = reader.read(file, sources);
            SystemContext context = ModelContexts.of(model, component);
            scanInto(sbom, Optional.of(file), Optional.of(context), findings);
            read.addAll(sbom.components());
            sboms.add(new ScanResult.ScannedSbom(
                    Optional.of(file),
                    Optional.of(component.id()),
                    sbom.components().size(),
                    sbom.warnings()));
        }
        findings.sort(ORDER);
        unchecked.sort(java.util.Comparator.naturalOrder());
        return new ScanResult(sboms, findings, ScanCoverage.of(read, store.stats(), date, unchecked, sboms.size()));
    }

    /** Checks single components with this scan's store and VEX (see {@link ComponentCheck}). */
    public ComponentCheck componentCheck() {
        return new ComponentCheck(store, vex);
    }

    private void scanInto(
            Sbom sbom, Optional<Path> file, Optional<SystemContext> context, List<VulnerabilityFinding> findings) {
        // One thread: measured on 2 cores, a parallel stream cost a third more CPU and no wall time.
        ComponentCheck check = componentCheck();
        for (SbomComponent component : sbom.components()) {
            check.findingsInto(component, file, context, findings);
        }
    }
}
