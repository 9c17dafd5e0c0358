package dev.vigil.engine.mds2;

import dev.vigil.engine.load.Suggestions;
import dev.vigil.engine.model.Mds2Statement;
import dev.vigil.engine.model.SystemInfo;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.source.Diagnostic;
import dev.vigil.engine.source.InputException;
import dev.vigil.engine.source.Location;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A filled MDS2 form for one model on one date: every question of the catalog, in form order, with its
 * answer. Answers come only from model facts; where the model is silent the answer says "not stated".
 */
public record Mds2Disclosure(
        SystemInfo system, LocalDate date, Mds2Catalog catalog, List<Row> rows, List<String> warnings) {

    public Mds2Disclosure {
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
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
        Map<String, Mds2Statement> statements = statements(model, catalog);
        List<Row> rows = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, Mds2Answer> answered = new HashMap<>();
        for (Mds2Question q : catalog.questions()) {
            Mds2Answer derived = gated(q, answered).orElseGet(() -> Mds2Facts.answer(q, context));
            Mds2Statement statement = statements.get(q.id());
            Mds2Answer answer = statement == null ? derived : withStatement(q, derived, statement, warnings);
            answered.put(q.id(), answer);
            rows.add(new Row(q, answer));
        }
        return new Mds2Disclosure(model.system(), date, catalog, rows, warnings);
    }

    /**
     * N/A where the form says so: the question's gate (an earlier question) was answered the way that makes
     * it not apply, e.g. the physical-lock questions once PLOK-1 says the device is software only.
     */
    private static java.util.Optional<Mds2Answer> gated(Mds2Question q, Map<String, Mds2Answer> answered) {
        return q.notApplicableWhen().flatMap(gate -> {
            Mds2Answer earlier = answered.get(gate.question());
            if (earlier == null || earlier.value() != gate.answer()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(Mds2Answer.notApplicable(
                    List.of(gate.question() + " answered " + gate.answer().text()),
                    "the form asks for N/A when " + gate.question() + " is "
                            + gate.answer().text()));
        });
    }

    /**
     * The model's statements by question. Each must name a question of the form, once, with a note; every
     * problem is reported with its place in the model (the loader cannot check this: the form's catalog is
     * read by this package, which the loader must not depend on).
     */
    private static Map<String, Mds2Statement> statements(SystemModel model, Mds2Catalog catalog) {
        List<String> questions =
                catalog.questions().stream().map(Mds2Question::id).toList();
        Set<String> text = catalog.questions().stream()
                .filter(q -> !q.takesStatement())
                .map(Mds2Question::id)
                .collect(java.util.stream.Collectors.toSet());
        Map<String, Mds2Statement> seen = new HashMap<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (Mds2Statement statement : model.mds2()) {
            Location at = statement.location();
            if (!questions.contains(statement.question())) {
                problems.add(
                        Diagnostic.error(
                                at,
                                "unknown-mds2-question",
                                "mds2 statement: '" + statement.question() + "' is not a question id of the MDS2 form"
                                        + Suggestions.nearest(statement.question(), questions)
                                                .map(q -> "; did you mean '" + q + "'?")
                                                .orElse(
                                                        " (ids look like AUDT-2.2; `vigil mds2 MODEL --format json` lists them)")));
            }
            if (text.contains(statement.question())) {
                problems.add(Diagnostic.error(
                        at,
                        "mds2-text-question",
                        "mds2 question '" + statement.question() + "' is a text field of the form, filled from the"
                                + " model (system.manufacturer, system.name, system.id and version,"
                                + " lifecycle.monitoring.psirtContact, system.intendedUse and flows): state it"
                                + " there, not as yes or no"));
            }
            Mds2Statement first = seen.putIfAbsent(statement.question(), statement);
            if (first != null) {
                problems.add(Diagnostic.error(
                        at,
                        "duplicate-mds2-statement",
                        "mds2 question '" + statement.question() + "' is answered twice (first at " + first.location()
                                + ")"));
            }
            if (statement.note().isBlank()) {
                problems.add(Diagnostic.error(
                        at,
                        "mds2-note-required",
                        "mds2 statement for '" + statement.question()
                                + "' has an empty note; say what the answer rests on"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return seen;
    }

    /**
     * The model's facts answer where they can; the manufacturer's statement fills only what they leave
     * unstated. A statement the facts contradict is not taken: the answer says so and a warning names both.
     */
    private static Mds2Answer withStatement(
            Mds2Question question, Mds2Answer derived, Mds2Statement statement, List<String> warnings) {
        Mds2Answer.Value stated =
                switch (statement.answer()) {
                    case YES -> Mds2Answer.Value.YES;
                    case NO -> Mds2Answer.Value.NO;
                    case NOT_APPLICABLE -> Mds2Answer.Value.NOT_APPLICABLE;
                };
        String fact = "mds2 statement at " + statement.location() + ": " + stated.text();
        if (derived.value() == Mds2Answer.Value.NOT_STATED) {
            return new Mds2Answer(stated, "", List.of(fact), "stated by the manufacturer: " + statement.note());
        }
        List<String> facts = new ArrayList<>(derived.facts());
        facts.add(fact);
        if (derived.value() == stated) {
            return new Mds2Answer(derived.value(), derived.detail(), facts, derived.note());
        }
        String conflict = "the model's mds2 statement (" + statement.location() + ") answers " + question.id() + " '"
                + stated.text() + "' but its facts answer '" + derived.value().text()
                + "': the facts are shown; correct one of them";
        warnings.add(conflict);
        return new Mds2Answer(
                derived.value(),
                derived.detail(),
                facts,
                derived.note().isEmpty() ? conflict : derived.note() + "; " + conflict);
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
