package dev.vigil.engine.cvss;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.vigil", importOptions = ImportOption.DoNotIncludeTests.class)
class CvssLibraryBoundaryTest {

    @ArchTest
    static final ArchRule onlyOneClassTalksToTheScoringLibrary = noClasses()
            .that()
            .doNotHaveFullyQualifiedName(AeSecurityScoring.class.getName())
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.metaeffekt..")
            .because("CVSS scoring lives in one place; swapping the library must touch one class (ADR 0001)");
}
