package dev.vigil.engine.mds2;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The model facts that answer the form, by the key {@code questions.yaml} names. Every key the catalog
 * uses has an entry here and every entry is used (a test checks both ways); {@code unstated} is the key
 * of questions format 1 holds no fact for.
 */
final class Mds2Facts {
    static final String UNSTATED = "unstated";

    private static final Map<String, Function<Mds2Context, Mds2Answer>> ANSWERS = answers();

    private Mds2Facts() {}

    static Mds2Answer answer(Mds2Question question, Mds2Context context) {
        if (question.answerKey().equals(UNSTATED)) {
            return Mds2Answer.notStated(
                    "format 1 has no fact for this question; answer it with an mds2 statement in the model");
        }
        Function<Mds2Context, Mds2Answer> answer = ANSWERS.get(question.answerKey());
        if (answer == null) {
            throw new IllegalStateException(
                    "question " + question.id() + " names an unknown answer '" + question.answerKey() + "'");
        }
        return answer.apply(context);
    }

    /**
     * Keys of the form's text fields (DOC-1 to DOC-7): filled from the model's own fields, so a yes/no
     * statement cannot answer them.
     */
    static final Set<String> TEXT = Set.of(
            "manufacturer",
            "device-description",
            "device-model",
            "document-id",
            "security-contact",
            "network-use",
            "release-date");

    static Set<String> keys() {
        return ANSWERS.keySet();
    }

    private static Map<String, Function<Mds2Context, Mds2Answer>> answers() {
        Map<String, Function<Mds2Context, Mds2Answer>> all = new TreeMap<>();
        DeviceAnswers.register(all);
        DataAnswers.register(all);
        AccessAnswers.register(all);
        ConnectivityAnswers.register(all);
        return Map.copyOf(all);
    }
}
