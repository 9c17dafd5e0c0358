package dev.vigil.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.vigil.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noSpring = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.springframework..")
            .because("the command line starts fast and runs anywhere a JDK runs");

    @ArchTest
    static final ArchRule commandsWriteThroughPicocli = noClasses()
            .that()
            .haveSimpleNameEndingWith("Command")
            .should()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err")
            .because("commands print through the injected CommandSpec so tests can capture them");

    @ArchTest
    static final ArchRule commandsArePackagePrivate = classes()
            .that()
            .haveSimpleNameEndingWith("Command")
            .and()
            .doNotHaveSimpleName("VigilCommand")
            .should()
            .notBePublic()
            .because("only the top-level command is an entry point");
}
