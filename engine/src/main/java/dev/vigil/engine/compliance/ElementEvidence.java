package dev.vigil.engine.compliance;

import dev.vigil.engine.catalog.Evidence;
import dev.vigil.engine.model.Document;
import dev.vigil.engine.model.SecurityTest;
import dev.vigil.engine.model.SystemModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code test:} and {@code document:} terms, judged from the model's {@code tests} and {@code documents}
 * elements: the kind, a test's result and independence, the date against {@code maxAgeDays} on the
 * assessment date, and the report or document file existing.
 */
final class ElementEvidence {
    private final SystemModel model;
    private final EvidenceFiles files;
    private final LocalDate date;

    ElementEvidence(SystemModel model, EvidenceFiles files, LocalDate date) {
        this.model = model;
        this.files = files;
        this.date = date;
    }

    /** Holds when one test of the kind passed and meets every condition; partly when one exists but falls short. */
    TermResult check(Evidence.Test term) {
        List<SecurityTest> ofKind = model.tests().stream()
                .filter(t -> t.kind().wire().equals(term.testKind()))
                .toList();
        if (ofKind.isEmpty()) {
            return TermResult.fails("no tests entry of kind " + term.testKind());
        }
        List<String> shortfalls = new ArrayList<>();
        for (SecurityTest test : ofKind) {
            List<String> problems = new ArrayList<>();
            String result = test.result().map(r -> r.wire()).orElse("");
            if (result.isEmpty()) {
                problems.add("result not stated");
            } else if (test.result().get() != SecurityTest.Result.PASS) {
                problems.add("result " + result);
            }
            term.independent().ifPresent(wanted -> {
                if (test.independent().isEmpty()) {
                    problems.add("independence not stated");
                } else if (!test.independent().get().equals(wanted)) {
                    problems.add(wanted ? "not independent" : "independent");
                }
            });
            age(term.limits(), test.date()).ifPresent(problems::add);
            test.report().flatMap(files::problem).ifPresent(p -> problems.add("report " + p));
            if (problems.isEmpty()) {
                return TermResult.holds(List.of("tests." + test.id() + " (" + term.testKind()
                        + test.independent()
                                .map(i -> i ? ", independent" : ", not independent")
                                .orElse("")
                        + test.date().map(d -> ", " + d).orElse("") + ", " + result + ")"));
            }
            shortfalls.add("tests." + test.id() + ": " + String.join(", ", problems));
        }
        return TermResult.partly(List.of(), term.term() + " not met: " + EvidenceCheck.listed(shortfalls));
    }

    TermResult check(Evidence.Document term) {
        List<Document> ofKind = model.documents().stream()
                .filter(d -> d.kind().equals(term.documentKind()))
                .toList();
        if (ofKind.isEmpty()) {
            return TermResult.fails("no documents entry of kind " + term.documentKind());
        }
        List<String> shortfalls = new ArrayList<>();
        for (Document doc : ofKind) {
            List<String> problems = new ArrayList<>();
            age(term.limits(), doc.date()).ifPresent(problems::add);
            doc.path().flatMap(files::problem).ifPresent(p -> problems.add("path " + p));
            if (problems.isEmpty()) {
                return TermResult.holds(List.of("documents." + doc.id() + " (" + term.documentKind()
                        + doc.version().map(v -> ", version " + v).orElse("")
                        + doc.date().map(d -> ", " + d).orElse("") + ")"));
            }
            shortfalls.add("documents." + doc.id() + ": " + String.join(", ", problems));
        }
        return TermResult.partly(List.of(), term.term() + " not met: " + EvidenceCheck.listed(shortfalls));
    }

    private Optional<String> age(Evidence.Limits limits, Optional<LocalDate> stated) {
        if (limits.maxAgeDays().isEmpty()) {
            return Optional.empty();
        }
        if (stated.isEmpty()) {
            return Optional.of("date not stated");
        }
        return ModelFactCheck.outsideLimits(limits, stated.get(), date).map(o -> "dated " + stated.get() + ", " + o);
    }
}
