package dev.vigil.engine.documents;

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

    /** One recorded approval of the release the document belongs to. */
    public record Approval(String role, String name, LocalDate date) {}
}
