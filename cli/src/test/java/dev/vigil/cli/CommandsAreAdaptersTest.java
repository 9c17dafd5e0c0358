package dev.vigil.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Issue 9's acceptance "cli/ holds no orchestration": a command parses its options, makes one engine call and
 * renders the result. The wiring of rules, scans, compliance and gates lives in the engine's use cases
 * ({@code assess.Assessor}); these rules fail when a command starts wiring the parts itself again. (That the
 * rules run once per assess is counted by the engine's {@code AssessorTest}.)
 *
 * <p>The benchmarks, which time the parts one by one on purpose, live in the bench module.
 */
@AnalyzeClasses(packages = "dev.vigil.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class CommandsAreAdaptersTest {

    /** The building blocks the use cases combine: a command that calls them is orchestrating. */
    private static final Set<String> PARTS = Set.of(
            "dev.vigil.engine.scan.Scan",
            "dev.vigil.engine.threat.ThreatEngine",
            "dev.vigil.engine.compliance.Compliance",
            "dev.vigil.engine.diagram.Diagrams");

    @ArchTest
    static final ArchRule commandsDoNotWireTheEngineParts = noClasses()
            .that()
            .resideInAPackage("dev.vigil.cli")
            .should()
            .dependOnClassesThat(new DescribedPredicate<>("are engine parts the use cases combine " + PARTS) {
                @Override
                public boolean test(JavaClass c) {
                    return PARTS.contains(c.getName());
                }
            })
            .orShould()
            .callMethodWhere(new DescribedPredicate<>("Assessment.of/from (run the rules)") {
                @Override
                public boolean test(JavaMethodCall call) {
                    return call.getTargetOwner().getName().equals("dev.vigil.engine.assessment.Assessment")
                            && Set.of("of", "from").contains(call.getName());
                }
            })
            .because("a command is parse options -> one engine call -> render (issue 9); the engine's use"
                    + " cases run the rules, scans and gates");

    /**
     * Commands whose one engine call may appear more than once, and why. Each entry is a debt: {@code
     * documents --since} assesses the previous model too (for the change summary), which belongs in the
     * documents use case.
     */
    private static final Map<String, String> SEVERAL_CALLS_ALLOWED =
            Map.of("DocumentsCommand", "--since assesses the previous model for the change summary");

    @ArchTest
    static final ArchRule eachCommandCallsEachUseCaseOnce = classes()
            .that()
            .resideInAPackage("dev.vigil.cli")
            .and()
            .haveSimpleNameEndingWith("Command")
            .should(new ArchCondition<>("call each engine use case (Assessor method) at most once") {
                @Override
                public void check(JavaClass command, ConditionEvents events) {
                    Map<String, Integer> calls = new TreeMap<>();
                    for (JavaMethodCall call : command.getMethodCallsFromSelf()) {
                        if (call.getTargetOwner().getName().equals("dev.vigil.engine.assess.Assessor")) {
                            calls.merge(call.getName(), 1, Integer::sum);
                        }
                    }
                    calls.forEach((method, n) -> {
                        boolean allowed = n <= 1 || SEVERAL_CALLS_ALLOWED.containsKey(command.getSimpleName());
                        events.add(new SimpleConditionEvent(
                                command,
                                allowed,
                                command.getSimpleName() + " calls Assessor." + method + " " + n + " times"));
                    });
                }
            });
}
