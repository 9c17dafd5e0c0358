package dev.vigil.engine.model;

import dev.vigil.engine.source.Location;
import java.util.Objects;

/**
 * The manufacturer's own answer to an MDS2 question that the model's facts cannot answer (format 1 has no
 * fact for most audit, support and third-party software questions), with the note the form shows and
 * where the model states it. The form marks such an answer as stated, not derived; where the model's
 * facts do answer the question, the facts win and a differing statement is reported.
 */
public record Mds2Statement(String question, Answer answer, String note, Location location) {

    public Mds2Statement {
        Objects.requireNonNull(question, "question == null");
        Objects.requireNonNull(answer, "answer == null");
        Objects.requireNonNull(note, "note == null");
        Objects.requireNonNull(location, "location == null");
    }

    /** The values the form allows for a yes/no question. */
    public enum Answer implements WireValue {
        YES,
        NO,
        NOT_APPLICABLE
    }
}
