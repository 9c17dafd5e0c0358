package dev.vigil.engine.mds2;

import java.util.Optional;

/**
 * One question of the form: its id as the form numbers it ({@code PAUT-4}), its section code, our short
 * summary of what it asks, the key of the model fact that answers it, and the earlier answer that makes it
 * N/A (the form's own instruction, e.g. the physical-lock questions of a software-only device).
 */
public record Mds2Question(String id, String section, String ask, String answerKey, Optional<Gate> notApplicableWhen) {

    public Mds2Question(String id, String section, String ask, String answerKey) {
        this(id, section, ask, answerKey, Optional.empty());
    }

    /** Whether a model's yes/no mds2 statement may answer it: not the form's text fields (DOC-1 to DOC-7). */
    public boolean takesStatement() {
        return !Mds2Facts.TEXT.contains(answerKey);
    }

    /** The earlier question and the answer to it that make this question N/A. */
    public record Gate(String question, Mds2Answer.Value answer) {}
}
