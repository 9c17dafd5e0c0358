package dev.vigil.engine.documents;

import dev.vigil.engine.assess.AssessResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the caller decides about the documents: their date, revision and author, the approvals the
 * server recorded (none from the command line), and the earlier release to summarise changes against.
 */
public record DocumentOptions(
        LocalDate date,
        String revision,
        String author,
        List<DocumentControl.Approval> approvals,
        Optional<AssessResult> since) {

    public DocumentOptions {
        Objects.requireNonNull(date, "date == null");
        Objects.requireNonNull(revision, "revision == null");
        Objects.requireNonNull(author, "author == null");
        approvals = List.copyOf(approvals);
        Objects.requireNonNull(since, "since == null");
    }

    public static DocumentOptions on(LocalDate date) {
        return new DocumentOptions(date, "1", Block.NOT_STATED, List.of(), Optional.empty());
    }

    public DocumentOptions withRevision(String value) {
        return new DocumentOptions(date, value, author, approvals, since);
    }

    public DocumentOptions withAuthor(String value) {
        return new DocumentOptions(date, revision, value, approvals, since);
    }

    public DocumentOptions withApprovals(List<DocumentControl.Approval> value) {
        return new DocumentOptions(date, revision, author, value, since);
    }

    /**
     * Add a change summary against the assessment of an earlier release (with compliance) to the first
     * document of each set.
     */
    public DocumentOptions withSince(AssessResult previous) {
        return new DocumentOptions(date, revision, author, approvals, Optional.of(previous));
    }
}
