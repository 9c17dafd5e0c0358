package dev.vigil.engine.postmarket.csaf;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.engine.postmarket.CaseReport;
import java.util.List;
import java.util.Objects;

/**
 * A CSAF document Vigil wrote, validated before anyone sees it: the document, the tracking id its file name
 * derives from, and the problems validation found (empty: valid). A document with problems is a fault of
 * Vigil, never the user's input, so the caller reports it as an internal error rather than hand it out.
 */
public record CsafPublication(ObjectNode document, String trackingId, List<CsafProblem> problems) {

    public CsafPublication {
        Objects.requireNonNull(document, "document == null");
        Objects.requireNonNull(trackingId, "trackingId == null");
        problems = List.copyOf(problems);
    }

    /** {@code document} with what the CSAF validator finds in it. */
    public static CsafPublication validated(ObjectNode document, String trackingId) {
        return new CsafPublication(document, trackingId, new CsafValidator().validate(document));
    }

    /** The security advisory of a checked case ({@code vigil csaf advisory}), written and validated. */
    public static CsafPublication advisory(CaseReport report, String namespace, String generator) {
        return validated(
                CsafAdvisory.write(report, namespace, generator),
                report.caseFile().id());
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** The file name CSAF 2.0 section 5.1 prescribes for the tracking id. */
    public String fileName() {
        return CsafAdvisory.fileName(trackingId);
    }

    /** The document as the JSON text Vigil writes. */
    public String text() {
        return CsafAdvisory.text(document);
    }
}
