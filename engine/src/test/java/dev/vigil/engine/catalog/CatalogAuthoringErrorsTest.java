package dev.vigil.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every kind of catalog file reports its authoring errors as {@code file:line:column: message}, all of them
 * at once: the fixtures under {@code catalog-fixtures/broken} each replace one file of a small consistent
 * catalog (the bundled phases, vocabulary and ISAOs with the fixture themes and framework).
 */
class CatalogAuthoringErrorsTest {
    private static final CatalogFiles FIXTURES = CatalogFiles.classpath("catalog-fixtures");
    private static final CatalogFiles BUNDLED = CatalogFiles.classpath("catalog");
    private static final String INDEX = "catalog: \"1\"\nversion: \"test\"\nthemes: themes.yaml\nphases: phases.yaml\n"
            + "evidence: evidence.yaml\nisaos: isaos.yaml\nframeworks: [frameworks/valid.yaml]\n";

    /** The problems of the catalog with {@code replaced} read from {@code broken/<brokenName>}. */
    private static List<String> problems(String replaced, String brokenName) {
        CatalogFiles files = new CatalogFiles() {
            @Override
            public java.io.InputStream open(String name) {
                if (name.equals(replaced)) {
                    return FIXTURES.open("broken/" + brokenName);
                }
                if (name.equals(CatalogReader.INDEX)) {
                    return new ByteArrayInputStream(INDEX.getBytes(StandardCharsets.UTF_8));
                }
                return name.equals("themes.yaml") || name.startsWith("frameworks/")
                        ? FIXTURES.open(name)
                        : BUNDLED.open(name);
            }

            @Override
            public java.nio.file.Path path(String name) {
                return name.equals(replaced) ? FIXTURES.path("broken/" + brokenName) : FIXTURES.path(name);
            }
        };
        CatalogException e = catchThrowableOfType(() -> Catalog.read(files), CatalogException.class);
        assertThat(e).as("%s must be rejected", brokenName).isNotNull();
        assertThat(e.diagnostics()).as("every problem is placed in a file").hasSameSizeAs(e.problems());
        return e.problems();
    }

    @Test
    void theFixtureCatalogIsConsistent() {
        assertThat(Catalog.read(name -> name.equals(CatalogReader.INDEX)
                                ? new ByteArrayInputStream(INDEX.getBytes(StandardCharsets.UTF_8))
                                : name.equals("themes.yaml") || name.startsWith("frameworks/")
                                        ? FIXTURES.open(name)
                                        : BUNDLED.open(name))
                        .requirements())
                .hasSize(2);
    }

    @Test
    void theIndexReportsABadFormatAnUnknownKeyAndTheMissingOne() {
        assertThat(problems("catalog.yaml", "index-unknown-key.yaml"))
                .containsExactly(
                        "catalog-fixtures/broken/index-unknown-key.yaml:2:1: the catalog index is missing the required"
                                + " key 'frameworks'",
                        "catalog-fixtures/broken/index-unknown-key.yaml:2:10: 'catalog' of the catalog index: '2' is"
                                + " not a valid value; did you mean '1'?",
                        "catalog-fixtures/broken/index-unknown-key.yaml:8:1: unknown key 'framework' in the catalog"
                                + " index; did you mean 'frameworks'?");
    }

    @Test
    void aThemeFileReportsAWrongTypeAndADuplicateKey() {
        assertThat(problems("themes.yaml", "themes.yaml"))
                .containsExactly(
                        "catalog-fixtures/broken/themes.yaml:4:12: 'title' of theme 'threat-modeling' must be text,"
                                + " not a list",
                        "catalog-fixtures/broken/themes.yaml:9:5: duplicate key 'summary' in theme"
                                + " 'coordinated-disclosure' (first at line 8)");
    }

    @Test
    void aPhaseFileReportsAMissingKey() {
        assertThat(problems("phases.yaml", "phases.yaml"))
                .containsExactly("catalog-fixtures/broken/phases.yaml:7:5: phase 'monitoring' is missing the required"
                        + " key 'lifecycleKey'");
    }

    @Test
    void theVocabularyReportsABadEnumAndAnUnknownKind() {
        assertThat(problems("evidence.yaml", "evidence.yaml"))
                .containsExactly(
                        "catalog-fixtures/broken/evidence.yaml:4:38: 'type' of lifecycle term"
                                + " 'design.threatModelReviewed': 'day' is not a valid value; expected one of boolean,"
                                + " date, integer, text, reference, section, enum",
                        "catalog-fixtures/broken/evidence.yaml:6:1: unknown key 'lifecylce' in the evidence"
                                + " vocabulary; did you mean 'lifecycle'?");
    }

    @Test
    void anIsaoFileReportsADuplicateIdAndAMissingKey() {
        assertThat(problems("isaos.yaml", "isaos.yaml"))
                .containsExactly(
                        "catalog-fixtures/broken/isaos.yaml:6:5: duplicate id 'health-isac': isao 'health-isac' reuses"
                                + " the id of isao 'health-isac' defined at"
                                + " catalog-fixtures/broken/isaos.yaml:3:5",
                        "catalog-fixtures/broken/isaos.yaml:6:5: isao 'health-isac' is missing the required key"
                                + " 'url'");
    }

    @Test
    void aFrameworkReportsABadEnumAWrongTypeAndDanglingThemeAndPhase() {
        assertThat(problems("frameworks/valid.yaml", "framework.yaml"))
                .containsExactly(
                        "catalog-fixtures/broken/framework.yaml:9:45: 'markets' of applicability of framework 'fix':"
                                + " 'usa' is not a valid value; did you mean 'us'?",
                        "catalog-fixtures/broken/framework.yaml:10:11: 'verified' of framework 'fix' must be true or"
                                + " false, not 'yes please'",
                        "catalog-fixtures/broken/framework.yaml:16:12: 'phase' of requirement 'fix-threats' refers to"
                                + " 'desing', but no phase has that id; did you mean 'design'?",
                        "catalog-fixtures/broken/framework.yaml:17:14: 'themes' of requirement 'fix-threats' refers to"
                                + " 'threat-modelling', but no theme has that id; did you mean 'threat-modeling'?");
    }
}
