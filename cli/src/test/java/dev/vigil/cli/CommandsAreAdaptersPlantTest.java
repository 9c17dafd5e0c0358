package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.vigil.engine.advisory.PackageKey;
import dev.vigil.engine.assess.AssessOptions;
import dev.vigil.engine.assess.Assessor;
import dev.vigil.engine.assessment.Assessment;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.risk.RiskMatrix;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link CommandsAreAdaptersTest} fails on a command planted to break it, and passes on one that
 * keeps to parse -> one call -> render: a rule that cannot fail would guard nothing. The planted commands are
 * never run, only read.
 */
class CommandsAreAdaptersPlantTest {

    /** Runs the rules itself instead of asking the assess use case. */
    static final class WiringCommand {
        Assessment run(SystemModel model) {
            return Assessment.of(model, LocalDate.MIN, RiskMatrix.standard());
        }
    }

    /** Looks into the advisory store behind the facade's back. */
    static final class StoreInternalsCommand {
        PackageKey key = new PackageKey("PyPI", "requests");
    }

    /** Assesses twice, joining the results itself (as documents --since did). */
    static final class TwiceCommand {
        void run(SystemModel model, SystemModel previous, AssessOptions options) {
            new Assessor().assess(model, options);
            new Assessor().assess(previous, options);
        }
    }

    /** Keeps to one engine call. */
    static final class AdapterCommand {
        void run(SystemModel model, AssessOptions options) {
            new Assessor().assess(model, options);
        }
    }

    private static EvaluationResult evaluate(ArchRule rule, Class<?>... planted) {
        JavaClasses classes = new ClassFileImporter().importClasses(planted);
        return rule.evaluate(classes);
    }

    @Test
    void aCommandRunningTheRulesItselfBreaksTheWiringRule() {
        EvaluationResult result =
                evaluate(CommandsAreAdaptersTest.commandsDoNotWireTheEngineParts, WiringCommand.class);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(d -> assertThat(d).contains("Assessment.of"));
    }

    @Test
    void aCommandUsingStoreInternalsBreaksTheFacadeRule() {
        EvaluationResult result =
                evaluate(CommandsAreAdaptersTest.commandsSeeOnlyTheAdvisoryStoresFacade, StoreInternalsCommand.class);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(d -> assertThat(d).contains("PackageKey"));
    }

    @Test
    void aCommandCallingAUseCaseTwiceBreaksTheOneCallRule() {
        EvaluationResult result = evaluate(CommandsAreAdaptersTest.eachCommandCallsEachUseCaseOnce, TwiceCommand.class);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(d -> assertThat(d).contains("Assessor.assess 2 times"));
    }

    @Test
    void aCommandMakingOneEngineCallKeepsEveryRule() {
        for (ArchRule rule : new ArchRule[] {
            CommandsAreAdaptersTest.commandsDoNotWireTheEngineParts,
            CommandsAreAdaptersTest.commandsSeeOnlyTheAdvisoryStoresFacade,
            CommandsAreAdaptersTest.eachCommandCallsEachUseCaseOnce
        }) {
            assertThat(evaluate(rule, AdapterCommand.class).hasViolation())
                    .as(rule.getDescription())
                    .isFalse();
        }
    }
}
