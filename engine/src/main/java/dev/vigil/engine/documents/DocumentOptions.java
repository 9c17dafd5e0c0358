package dev.vigil.engine.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the caller decides about the documents: their date, revision and author, and the approvals the
 * server recorded (none from the command line).
 */
public record DocumentOptions(
        LocalDate date, String revision, String author, List<DocumentControl.Approval> approvals) {

    public DocumentOptions {
        Objects.requireNonNull(date, "date == null");
        Objects.requireNonNull(revision, "revision == null");
        Objects.requireNonNull(author, "author == null");
        approvals = List.copyOf(approvals);
    }

    public static DocumentOptions on(LocalDate date) {
        return new DocumentOptions(date, "1", Block.NOT_STATED, List.of());
    }

    public DocumentOptions withRevision(String value) {
        return new DocumentOptions(date, value, author, approvals);
    }

    public DocumentOptions withAuthor(String value) {
        return new DocumentOptions(date, revision, value, approvals);
    }

    public DocumentOptions withApprovals(List<DocumentControl.Approval> value) {
        return new DocumentOptions(date, revision, author, value);
    }
}
