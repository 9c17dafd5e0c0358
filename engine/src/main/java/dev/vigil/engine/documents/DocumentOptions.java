package dev.vigil.engine.documents;

import dev.vigil.engine.assess.AssessResult;
import dev.vigil.engine.source.SourceResolver;
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
        Optional<Since> since) {

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
     * An earlier release for the change summary: its assessment (with compliance) and the resolver its
     * model was loaded with, which its SBOMs are read through.
     */
    public record Since(AssessResult result, SourceResolver sources) {
        public Since {
            Objects.requireNonNull(result, "result == null");
            Objects.requireNonNull(sources, "sources == null");
        }
    }

    /** Add a change summary against an earlier release to the first document of each set. */
    public DocumentOptions withSince(AssessResult previous, SourceResolver sources) {
        return new DocumentOptions(date, revision, author, approvals, Optional.of(new Since(previous, sources)));
    }
}
