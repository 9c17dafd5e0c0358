package dev.vigil.engine.documents;

import dev.vigil.engine.model.Evidence;
import java.util.Map;
import java.util.stream.Collectors;

/** Lifecycle evidence as the documents print it. */
final class Text {
    private Text() {}

    static String evidence(Evidence evidence) {
        if (evidence instanceof Evidence.Flag f) {
            return f.value() ? "yes" : "no";
        }
        if (evidence instanceof Evidence.Dated d) {
            return d.date().toString();
        }
        if (evidence instanceof Evidence.Reference r) {
            return r.text();
        }
        return ((Evidence.Structured) evidence)
                .fields().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getKey() + " " + evidence(e.getValue()))
                        .collect(Collectors.joining(", "));
    }
}
