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
 * renders the result. The wiring of rules, scans, compliance, gates, documents, release VEX and the advisory
 * store lives in the engine's use cases ({@code assess.Assessor}, {@code assess.ReleaseCsafVex}, {@code
 * documents.Documents.assessAndMake}, {@code advisory.Advisories}, {@code postmarket.csaf.CsafPublication});
 * these rules fail when a command starts wiring the parts itself again ({@code CommandsAreAdaptersPlantTest}
 * shows each rule failing on a planted command). That the rules run once per assess is counted by the engine's
 * {@code AssessorTest}.
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
            "dev.vigil.engine.diagram.Diagrams",
            "dev.vigil.engine.postmarket.csaf.CsafVex");

    /**
     * Steps of a use case a command must not take itself, by owner and method: running the rules, turning a
     * scan into statements (the engine writes the release's VEX whole), opening or importing into the advisory
     * store behind {@code Advisories}' back, writing a CSAF document without validating it, making documents
     * from an assessment the command ran (the documents use case assesses).
     */
    private static final Map<String, Set<String>> STEPS = Map.of(
            "dev.vigil.engine.assessment.Assessment", Set.of("of", "from"),
            "dev.vigil.engine.scan.ReleaseVex", Set.of("statements"),
            "dev.vigil.engine.advisory.AdvisoryStore", Set.of("open", "exists", "importFrom"),
            "dev.vigil.engine.postmarket.csaf.CsafAdvisory", Set.of("write"),
            "dev.vigil.engine.documents.Documents", Set.of("make"));

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
            .callMethodWhere(new DescribedPredicate<>("a use case's own step " + STEPS) {
                @Override
                public boolean test(JavaMethodCall call) {
                    return STEPS.getOrDefault(call.getTargetOwner().getName(), Set.of())
                            .contains(call.getName());
                }
            })
            .because("a command is parse options -> one engine call -> render (issue 9); the engine's use"
                    + " cases run the rules, scans, gates and store");

    /**
     * What of the advisory store a command may see: the use-case facade, the store as an opened handle, and
     * the records it renders. Named by simple name so that the rule holds when the package is split.
     */
    private static final Set<String> ADVISORY_API =
            Set.of("Advisories", "AdvisoryStore", "ImportSummary", "StoreStats", "StoreStatsDocument");

    @ArchTest
    static final ArchRule commandsSeeOnlyTheAdvisoryStoresFacade = noClasses()
            .that()
            .resideInAPackage("dev.vigil.cli")
            .should()
            .dependOnClassesThat(new DescribedPredicate<>("are advisory store internals (not " + ADVISORY_API + ")") {
                @Override
                public boolean test(JavaClass c) {
                    if (!c.getPackageName().startsWith("dev.vigil.engine.advisory")) {
                        return false;
                    }
                    // a nested type (ImportSummary.Skip) belongs to the API type it is declared in
                    String name = c.getName();
                    String topLevel = name.substring(name.lastIndexOf('.') + 1).replaceAll("[$;].*", "");
                    return !ADVISORY_API.contains(topLevel);
                }
            })
            .because("the store is opened, imported into, counted and verified through advisory.Advisories");

    /** The engine's use cases, by owner: any method of these, or the named ones. */
    private static final Map<String, Set<String>> USE_CASES = Map.of(
            "dev.vigil.engine.assess.Assessor", Set.of(),
            "dev.vigil.engine.assess.ReleaseCsafVex", Set.of(),
            "dev.vigil.engine.advisory.Advisories", Set.of("importInto", "stats", "verify", "open"),
            "dev.vigil.engine.documents.Documents", Set.of("assessAndMake"),
            "dev.vigil.engine.postmarket.csaf.CsafPublication", Set.of("advisory"));

    private static boolean isUseCase(JavaMethodCall call) {
        Set<String> methods = USE_CASES.get(call.getTargetOwner().getName());
        return methods != null
                && !call.getName().equals("<init>")
                && (methods.isEmpty() || methods.contains(call.getName()));
    }

    @ArchTest
    static final ArchRule eachCommandCallsEachUseCaseOnce = classes()
            .that()
            .resideInAPackage("dev.vigil.cli")
            .and()
            .haveSimpleNameEndingWith("Command")
            .should(new ArchCondition<>("call each engine use case at most once") {
                @Override
                public void check(JavaClass command, ConditionEvents events) {
                    Map<String, Integer> calls = new TreeMap<>();
                    for (JavaMethodCall call : command.getMethodCallsFromSelf()) {
                        if (isUseCase(call)) {
                            calls.merge(call.getTargetOwner().getSimpleName() + "." + call.getName(), 1, Integer::sum);
                        }
                    }
                    calls.forEach((method, n) -> events.add(new SimpleConditionEvent(
                            command, n <= 1, command.getSimpleName() + " calls " + method + " " + n + " times")));
                }
            });
}
