package dev.vigil.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.vigil.engine", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noSpring = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.springframework..")
            .because("the engine is pure Java and runs in the CLI and in pipelines without a container");

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles = slices().matching("dev.vigil.engine.(*)..")
            .should()
            .beFreeOfCycles()
            .because("dependencies point one way: assessment -> features -> model -> source");

    @ArchTest
    static final ArchRule theModelDoesNotKnowHowItIsLoaded = noClasses()
            .that()
            .resideInAPackage("dev.vigil.engine.model..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.vigil.engine.load..")
            .because("the domain model is plain data; parsing lives in one place");

    @ArchTest
    static final ArchRule theEngineNeverPrints = noClasses()
            .should()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err")
            .because("the engine returns results; the CLI and server decide what to print");
}
