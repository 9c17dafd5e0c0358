package dev.vigil.engine.assess;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.postmarket.csaf.CsafPublication;
import dev.vigil.engine.postmarket.csaf.CsafVex;
import dev.vigil.engine.report.VulnerabilityCheck;
import dev.vigil.engine.scan.ReleaseVex;
import dev.vigil.engine.scan.ScanResult;
import dev.vigil.engine.source.InputException;
import dev.vigil.engine.vex.ProductRelease;
import dev.vigil.engine.vex.VexStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The CSAF VEX use case ({@code vigil csaf vex}): a release's model is scanned as {@link Assessor} scans it,
 * each vulnerability found becomes a VEX statement for the release (known affected unless the options' VEX
 * decides otherwise), and the statements are written as a CSAF 2.0 {@code csaf_vex} document and validated.
 * The caller renders the document; a document that fails validation is Vigil's fault, not the user's, so it
 * comes back with its problems ({@link CsafPublication}) rather than as an input error.
 */
public final class ReleaseCsafVex {

    /** What the caller decides about the document: the release, publisher, dates and provenance. */
    public record Request(
            Optional<String> release, String namespace, LocalDate releaseDate, String generator, String origin) {
        public Request {
            Objects.requireNonNull(release, "release == null");
            Objects.requireNonNull(namespace, "namespace == null");
            Objects.requireNonNull(releaseDate, "releaseDate == null");
            Objects.requireNonNull(generator, "generator == null");
            Objects.requireNonNull(origin, "origin == null");
        }
    }

    private final Assessor assessor;

    public ReleaseCsafVex(Assessor assessor) {
        this.assessor = Objects.requireNonNull(assessor, "assessor == null");
    }

    public ReleaseCsafVex() {
        this(new Assessor());
    }

    /**
     * Scans {@code model} against the options' store (required) with the options' VEX statements and writes
     * the release's CSAF VEX.
     *
     * @throws InputException when there is no store or it is empty, the release has no version (neither the
     *     request nor the model's {@code system.version} names one), or the scan found nothing to state
     */
    public CsafPublication publish(SystemModel model, AssessOptions options, Request request) {
        if (options.store().isEmpty()) {
            throw new InputException("no advisory store to scan against: run 'vigil advisories import' first");
        }
        AssessResult assessed = assessor.assess(model, options.withOutputs(Output.VULNERABILITIES));
        if (assessed.vulnerabilities() instanceof VulnerabilityCheck.NotChecked n) {
            throw new InputException(n.reason());
        }
        ScanResult result = ((VulnerabilityCheck.Checked) assessed.vulnerabilities()).result();
        String version = request.release()
                .or(() -> model.system().version())
                .orElseThrow(() -> new InputException("the model states no system.version; give --release VERSION"));
        ProductRelease product = new ProductRelease(
                model.system().name(),
                Optional.of(version),
                Optional.empty(),
                model.system().manufacturer().orElse(model.system().name()));
        List<VexStatement> statements = ReleaseVex.statements(result, product, request.origin());
        if (statements.isEmpty()) {
            throw new InputException("the scan of '" + model.system().id()
                    + "' found no vulnerability: a CSAF VEX document needs at least one");
        }
        String trackingId = model.system().id() + "-" + version + "-vex";
        ObjectNode document = CsafVex.write(
                statements, product, trackingId, request.releaseDate(), request.namespace(), request.generator());
        return CsafPublication.validated(document, trackingId);
    }
}
