package dev.vigil.engine.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The document control block: id, product and version, revision, date, author and approvals. Approvals
 * are filled by the server from its recorded approvals; without them the block says none are recorded.
 */
public record DocumentControl(
        String documentId,
        String product,
        String productVersion,
        String revision,
        LocalDate date,
        String author,
        List<Approval> approvals) {

    public DocumentControl {
        approvals = List.copyOf(approvals);
    }

    /**
     * One electronic signature recorded on the release the document belongs to (21 CFR 11.50): the
     * signer's printed name, what the signature means, when it was made and the hash of the release content
     * it signed. {@code coversCurrentContent} is false when the release changed after signing (a later
     * decision), so a document never presents a signature over content it did not see as if it did.
     */
    public record Approval(
            String printedName, String meaning, Instant signedAt, String contentHash, boolean coversCurrentContent) {}
}
