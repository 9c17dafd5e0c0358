package dev.vigil.engine.mds2;

import java.util.List;
import java.util.Optional;

/** One element's stated (or unstated) yes/no fact, with the words that name it in an answer. */
record Stated(String fact, Optional<Boolean> value) {

    static Stated of(String fact, Optional<Boolean> value) {
        return new Stated(fact, value);
    }

    /**
     * "Does the device support X": yes when any element states it, no only when every element states it
     * does not, otherwise not stated (an unknown element might have it).
     */
    static Mds2Answer anyTrue(List<Stated> facts, String missing) {
        List<String> yes = facts.stream()
                .filter(s -> s.value().orElse(false))
                .map(s -> s.fact() + ": yes")
                .toList();
        if (!yes.isEmpty()) {
            return Mds2Answer.yes(yes, "");
        }
        List<String> no = facts.stream()
                .filter(s -> s.value().isPresent())
                .map(s -> s.fact() + ": no")
                .toList();
        if (!facts.isEmpty() && no.size() == facts.size()) {
            return Mds2Answer.no(no, "");
        }
        return Mds2Answer.notStated(no, missing + unstatedFor(facts));
    }

    /** "Is every X protected": no when any element states it is not, yes when all state it is. */
    static Mds2Answer allTrue(List<Stated> facts, String missing) {
        List<String> no = facts.stream()
                .filter(s -> s.value().isPresent() && !s.value().get())
                .map(s -> s.fact() + ": no")
                .toList();
        if (!no.isEmpty()) {
            return Mds2Answer.no(no, "");
        }
        List<String> yes = facts.stream()
                .filter(s -> s.value().isPresent())
                .map(s -> s.fact() + ": yes")
                .toList();
        if (!facts.isEmpty() && yes.size() == facts.size()) {
            return Mds2Answer.yes(yes, "");
        }
        return Mds2Answer.notStated(yes, missing + unstatedFor(facts));
    }

    private static String unstatedFor(List<Stated> facts) {
        List<String> open = facts.stream()
                .filter(s -> s.value().isEmpty())
                .map(Stated::fact)
                .toList();
        return open.isEmpty() ? "" : " (unstated: " + String.join(", ", open) + ")";
    }
}
