package dev.vigil.engine;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
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

    /**
     * The direction of the design: documents written from one assessment, the assess use case, then the report
     * that renders its result, then
     * the features (every other package, new ones included), the domain model, and the sources everything is
     * read from. A layer may use the layers below it, never one above.
     */
    @ArchTest
    static final ArchRule layersPointDownward = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Documents")
            .definedBy("dev.vigil.engine.documents..")
            .layer("Assess")
            .definedBy("dev.vigil.engine.assess..")
            .layer("Report")
            .definedBy("dev.vigil.engine.report..")
            .layer("Features")
            .definedBy(resideInAPackage("dev.vigil.engine..")
                    .and(not(resideInAnyPackage(
                            "dev.vigil.engine.documents..",
                            "dev.vigil.engine.assess..",
                            "dev.vigil.engine.report..",
                            "dev.vigil.engine.model..",
                            "dev.vigil.engine.source.."))))
            .layer("Model")
            .definedBy("dev.vigil.engine.model..")
            .layer("Source")
            .definedBy("dev.vigil.engine.source..")
            .whereLayer("Documents")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Assess")
            .mayOnlyBeAccessedByLayers("Documents")
            .whereLayer("Report")
            .mayOnlyBeAccessedByLayers("Documents", "Assess")
            .whereLayer("Features")
            .mayOnlyBeAccessedByLayers("Documents", "Assess", "Report")
            .whereLayer("Model")
            .mayOnlyBeAccessedByLayers("Documents", "Assess", "Report", "Features")
            .because("dependencies point one way: documents -> assess -> report -> features -> model -> source"
                    + " (documents are written from one assessment)");

    @ArchTest
    static final ArchRule diagramsDrawTheModelNotTheThreats = noClasses()
            .that()
            .resideInAPackage("dev.vigil.engine.diagram..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.vigil.engine.threat..")
            .because("diagrams draw the model through the model query API (ModelIndex), not the rules");

    @ArchTest
    static final ArchRule rulesSeeOnlyTheModel = noClasses()
            .that()
            .resideInAPackage("dev.vigil.engine.threat.rules..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.vigil.engine.threat", "dev.vigil.engine.risk..", "dev.vigil.engine.assessment..")
            .because("a rule reads the model and reports hits; the engine around it (metadata, scoring,"
                    + " decisions) depends on the rules, never the reverse");

    @ArchTest
    static final ArchRule theModelDoesNotKnowHowItIsLoaded = noClasses()
            .that()
            .resideInAPackage("dev.vigil.engine.model..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.vigil.engine.load..")
            .because("the domain model is plain data; parsing lives in one place");

    /**
     * The advisory feature in three parts: its vocabulary ({@code advisory}: advisories, keys, KEV and EPSS
     * values), the feed readers ({@code advisory.feed}: OSV, NVD, CSAF, KEV, EPSS into that vocabulary) and
     * the store ({@code advisory.store}: files, index, checksums, import, lookups). Feeds flow into the
     * store: the store's import drives the readers; a reader never sees the store, and the vocabulary
     * knows neither.
     */
    @ArchTest
    static final ArchRule feedReadersNeverSeeTheStore = noClasses()
            .that()
            .resideInAPackage("dev.vigil.engine.advisory.feed..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.vigil.engine.advisory.store..")
            .because("feeds -> store, not back: the store's import reads the feeds; a reader only turns a"
                    + " feed into advisories");

    @ArchTest
    static final ArchRule theAdvisoryVocabularyKnowsNoFeedOrStore = noClasses()
            .that()
            .resideInAPackage("dev.vigil.engine.advisory")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.vigil.engine.advisory.feed..", "dev.vigil.engine.advisory.store..")
            .because("advisories and their keys are plain values that feeds produce and the store keeps");

    @ArchTest
    static final ArchRule feedsAreReadOnlyThroughTheStoresImport = noClasses()
            .that()
            .resideOutsideOfPackage("dev.vigil.engine.advisory..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.vigil.engine.advisory.feed..")
            .because("every feed reaches Vigil through an import into the store (AdvisoryStore.importFrom),"
                    + " which makes it whole-file, checked and checksummed");

    @ArchTest
    static final ArchRule onlyTheSourcePackageReadsYaml = noClasses()
            .that()
            .resideOutsideOfPackage("dev.vigil.engine.source..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.yaml.snakeyaml..", "com.fasterxml.jackson.dataformat.yaml..")
            .because("every YAML input (models, catalog, rule metadata, feeds) is read through the located reader,"
                    + " so every authoring error has its file, line and column");

    @ArchTest
    static final ArchRule theEngineNeverPrints = noClasses()
            .should()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err")
            .because("the engine returns results; the CLI and server decide what to print");
}
