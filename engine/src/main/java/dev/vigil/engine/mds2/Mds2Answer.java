package dev.vigil.engine.mds2;

import java.util.List;
import java.util.Objects;

/**
 * One answer of the form: a value, the model facts it rests on and a note. An answer other than "not
 * stated" always names at least one fact; "not stated" names what the model would have to say.
 *
 * @param detail free text for the form's text questions (DOC-1 to DOC-7), empty otherwise
 */
public record Mds2Answer(Value value, String detail, List<String> facts, String note) {

    public Mds2Answer {
        Objects.requireNonNull(value, "value == null");
        Objects.requireNonNull(detail, "detail == null");
        facts = List.copyOf(facts);
        Objects.requireNonNull(note, "note == null");
        if (value != Value.NOT_STATED && facts.isEmpty()) {
            throw new IllegalArgumentException("an answer '" + value.text() + "' needs a fact behind it");
        }
    }

    /** The answers the form allows, plus "not stated" where the model is silent. */
    public enum Value {
        YES("Yes"),
        NO("No"),
        NOT_APPLICABLE("N/A"),
        TEXT("see detail"),
        NOT_STATED("not stated");

        private final String text;

        Value(String text) {
            this.text = text;
        }

        /** The value as the form and the reports write it. */
        public String text() {
            return text;
        }
    }

    static Mds2Answer yes(List<String> facts, String note) {
        return new Mds2Answer(Value.YES, "", facts, note);
    }

    static Mds2Answer no(List<String> facts, String note) {
        return new Mds2Answer(Value.NO, "", facts, note);
    }

    static Mds2Answer notApplicable(List<String> facts, String note) {
        return new Mds2Answer(Value.NOT_APPLICABLE, "", facts, note);
    }

    static Mds2Answer text(String detail, List<String> facts) {
        return new Mds2Answer(Value.TEXT, detail, facts, "");
    }

    /** Nothing in the model answers it; {@code missing} says which fact would. */
    static Mds2Answer notStated(String missing) {
        return new Mds2Answer(Value.NOT_STATED, "", List.of(), "not stated in the model: " + missing);
    }

    static Mds2Answer notStated(List<String> facts, String missing) {
        return new Mds2Answer(Value.NOT_STATED, "", facts, "not stated in the model: " + missing);
    }
}
