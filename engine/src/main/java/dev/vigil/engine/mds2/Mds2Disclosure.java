package dev.vigil.engine.mds2;

import dev.vigil.engine.model.SystemInfo;
import dev.vigil.engine.model.SystemModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A filled MDS2 form for one model on one date: every question of the catalog, in form order, with its
 * answer. Answers come only from model facts; where the model is silent the answer says "not stated".
 */
public record Mds2Disclosure(SystemInfo system, LocalDate date, Mds2Catalog catalog, List<Row> rows) {

    public Mds2Disclosure {
        rows = List.copyOf(rows);
    }

    /** One answered question. */
    public record Row(Mds2Question question, Mds2Answer answer) {}

    public static Mds2Disclosure of(SystemModel model, LocalDate date) {
        Mds2Catalog catalog = Mds2Catalog.standard();
        Mds2Context context = new Mds2Context(model, date);
        List<Row> rows = catalog.questions().stream()
                .map(q -> new Row(q, Mds2Facts.answer(q, context)))
                .toList();
        return new Mds2Disclosure(model.system(), date, catalog, rows);
    }

    /** How many answers have each value, every value present. */
    public Map<Mds2Answer.Value, Long> counts() {
        Map<Mds2Answer.Value, Long> counts = new TreeMap<>();
        for (Mds2Answer.Value v : Mds2Answer.Value.values()) {
            counts.put(v, rows.stream().filter(r -> r.answer().value() == v).count());
        }
        return counts;
    }

    public Row row(String questionId) {
        return rows.stream()
                .filter(r -> r.question().id().equals(questionId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no MDS2 question " + questionId));
    }
}
