package dev.vigil.engine.mds2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.engine.load.LoadResult;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.mds2.Mds2Answer.Value;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.source.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model's {@code mds2} statements: the manufacturer answers what no model fact answers, marked as
 * stated; the facts win where they answer, and a contradicting statement is shown and warned about; the
 * form refuses statements that name no question of the form, repeat one or give no note, with their places.
 */
class Mds2StatementsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    /** A pump with a default password (PAUT-4 is Yes from facts), plus the statements given. */
    private static final String MODEL =
            """
            vigil: 1
            system: {id: p, name: Pump, kind: product, manufacturer: Maker}
            zones:
              - {id: body, type: body-area, trust: high}
            components:
              - id: pump
                kind: device
                zone: body
                accounts: [{role: service, authentication: default-password, privileged: true}]
            data: []
            flows: []
            mds2:
            STATEMENTS
            """;

    @TempDir
    Path dir;

    @Test
    void aStatementAnswersAQuestionNoFactAnswersAndIsMarkedAsStated() throws IOException {
        Mds2Disclosure form = Mds2Disclosure.of(
                model("  - {question: AUDT-2.2, answer: yes, note: Failed logins are logged (SRS-LOG-4)}"), DAY);
        Mds2Answer answer = form.row("AUDT-2.2").answer();
        assertThat(answer.value()).isEqualTo(Value.YES);
        assertThat(answer.note()).isEqualTo("stated by the manufacturer: Failed logins are logged (SRS-LOG-4)");
        assertThat(answer.facts())
                .singleElement()
                .asString()
                .startsWith("mds2 statement at ")
                .endsWith(": Yes");
        assertThat(form.warnings()).isEmpty();
    }

    @Test
    void withoutAStatementTheSameQuestionIsNotStated() throws IOException {
        Mds2Disclosure form = Mds2Disclosure.of(
                model("  - {question: AUDT-2.3, answer: no, note: Privilege changes are not logged}"), DAY);
        assertThat(form.row("AUDT-2.2").answer().value()).isEqualTo(Value.NOT_STATED);
        assertThat(form.row("AUDT-2.3").answer().value()).isEqualTo(Value.NO);
    }

    @Test
    void factsWinOverAContradictingStatementWhichIsShownAndWarnedAbout() throws IOException {
        Mds2Disclosure form = Mds2Disclosure.of(
                model("  - {question: PAUT-4, answer: no, note: Passwords are changed at installation}"), DAY);
        Mds2Answer answer = form.row("PAUT-4").answer();
        assertThat(answer.value())
                .as("the default password in the model decides")
                .isEqualTo(Value.YES);
        assertThat(answer.note()).contains("answers PAUT-4 'No' but its facts answer 'Yes'");
        assertThat(answer.facts()).anySatisfy(f -> assertThat(f).contains("default-password"));
        assertThat(form.warnings()).singleElement().asString().contains("PAUT-4");
    }

    @Test
    void aStatementThatAgreesWithTheFactsAddsItselfToTheFacts() throws IOException {
        Mds2Disclosure form = Mds2Disclosure.of(
                model("  - {question: PAUT-4, answer: yes, note: Service password documented in the manual}"), DAY);
        Mds2Answer answer = form.row("PAUT-4").answer();
        assertThat(answer.value()).isEqualTo(Value.YES);
        assertThat(answer.facts()).anySatisfy(f -> assertThat(f).startsWith("mds2 statement at "));
        assertThat(form.warnings()).isEmpty();
    }

    @Test
    void unknownRepeatedAndUnexplainedStatementsAreRefusedWithTheirPlaces() throws IOException {
        SystemModel model = model(
                """
                  - {question: AUDT-22, answer: yes, note: typo}
                  - {question: AUDT-2.3, answer: no, note: not logged}
                  - {question: AUDT-2.3, answer: yes, note: again}
                  - {question: AUDT-2.4, answer: yes, note: " "}""");
        assertThatThrownBy(() -> Mds2Disclosure.of(model, DAY))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.lines())
                        .anySatisfy(l -> assertThat(l)
                                .contains("model.yaml:13:")
                                .contains("'AUDT-22' is not a question id of the MDS2 form")
                                .contains("did you mean 'AUDT-2"))
                        .anySatisfy(l -> assertThat(l)
                                .contains("model.yaml:15:")
                                .contains("'AUDT-2.3' is answered twice (first at ")
                                .contains("model.yaml:14:"))
                        .anySatisfy(
                                l -> assertThat(l).contains("model.yaml:16:").contains("has an empty note")));
    }

    @Test
    void anAnswerOutsideTheFormsValuesIsRefusedWhileYesAndNoStayWords() throws IOException {
        LoadResult result = load("  - {question: AUDT-2.5, answer: maybe, note: unsure}");
        assertThat(result.errors().stream().map(Object::toString))
                .singleElement()
                .asString()
                .contains("model.yaml:13:")
                .contains("'maybe' is not a valid value; expected one of yes, no, not-applicable");
    }

    @Test
    void everyQuestionButTheTextFieldsTakesAStatementAndShowsIt() throws IOException {
        List<Mds2Question> stated = Mds2Catalog.standard().questions().stream()
                .filter(Mds2Question::takesStatement)
                .toList();
        assertThat(stated).hasSize(Mds2Catalog.standard().questions().size() - 7);
        String statements = stated.stream()
                .map(q -> "  - {question: " + q.id() + ", answer: not-applicable, note: checked by hand}")
                .collect(Collectors.joining("\n"));
        Mds2Disclosure form = Mds2Disclosure.of(model(statements), DAY);
        for (Mds2Question q : stated) {
            Mds2Answer answer = form.row(q.id()).answer();
            assertThat(answer.facts())
                    .as(q.id() + " shows the statement behind or beside its answer")
                    .anySatisfy(f -> assertThat(f).startsWith("mds2 statement at "));
            assertThat(answer.value()).as(q.id()).isNotEqualTo(Value.NOT_STATED);
        }
        assertThat(form.row("PAUT-6").answer().value()).isEqualTo(Value.NOT_APPLICABLE);
        assertThat(form.row("PAUT-6").answer().note()).isEqualTo("stated by the manufacturer: checked by hand");
    }

    @Test
    void aTextFieldOfTheFormIsRefusedAsAStatementAndToldWhereTheModelStatesIt() throws IOException {
        SystemModel model = model("  - {question: DOC-5, answer: yes, note: psirt@example.com}");
        assertThatThrownBy(() -> Mds2Disclosure.of(model, DAY))
                .isInstanceOfSatisfying(
                        InputException.class, e -> assertThat(e.lines()).anySatisfy(l -> assertThat(l)
                                .contains("model.yaml:13:")
                                .contains("'DOC-5' is a text field of the form")
                                .contains("lifecycle.monitoring.psirtContact")));
    }

    private SystemModel model(String statements) throws IOException {
        LoadResult result = load(statements);
        assertThat(result.errors()).isEmpty();
        return result.orThrow();
    }

    private LoadResult load(String statements) throws IOException {
        Path file = dir.resolve("model.yaml");
        Files.writeString(file, MODEL.replace("STATEMENTS", statements.stripTrailing()));
        return new ModelLoader().load(file);
    }
}
