package dev.vigil.engine.mds2;

import dev.vigil.engine.model.SystemInfo;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.source.InputException;
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

    /** The form for a product; a manufacturing site is not a device and has no MDS2 (an input error). */
    public static Mds2Disclosure of(SystemModel model, LocalDate date) {
        if (model.system().kind() == SystemInfo.Kind.SITE) {
            throw new InputException("'" + model.system().id() + "' is a manufacturing site: the MDS2 form discloses"
                    + " a medical device's security capabilities to the hospitals that buy it; give a product model");
        }
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
