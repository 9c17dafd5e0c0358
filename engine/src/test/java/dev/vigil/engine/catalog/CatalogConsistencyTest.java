package dev.vigil.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each broken fixture in {@code catalog-fixtures/frameworks} differs from {@code valid.yaml} in one
 * place; the check must reject it with exactly one problem that names what is wrong. The fixtures use
 * the bundled phases and evidence vocabulary and their own two themes.
 */
class CatalogConsistencyTest {
    private static final CatalogFiles FIXTURES = CatalogFiles.classpath("catalog-fixtures");
    private static final CatalogFiles BUNDLED = CatalogFiles.classpath("catalog");

    private static Catalog read(String framework) {
        String index = "catalog: \"1\"\nversion: \"test\"\nthemes: themes.yaml\nphases: phases.yaml\n"
                + "evidence: evidence.yaml\nisaos: isaos.yaml\nframeworks: [frameworks/" + framework + ".yaml]\n";
        return Catalog.read(name -> {
            if (name.equals(CatalogReader.INDEX)) {
                return new ByteArrayInputStream(index.getBytes(StandardCharsets.UTF_8));
            }
            return name.equals("themes.yaml") || name.startsWith("frameworks/")
                    ? FIXTURES.open(name)
                    : BUNDLED.open(name);
        });
    }

    @Test
    void theBaselineFixtureIsConsistent() {
        Catalog catalog = read("valid");
        assertThat(catalog.requirements()).extracting(Requirement::id).containsExactly("fix-threats", "fix-cvd");
        assertThat(catalog.requirement("fix-cvd").citation().text()).isEqualTo("FIX-1 (2026-01-01) §2");
    }

    @ParameterizedTest(name = "{0} is rejected")
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown-theme              | requirement fix-cvd: unknown theme 'cryptograhpy'",
                "dangling-reference         | requirement fix-cvd: refersTo names no catalog requirement: 'fix-threat'",
                "no-citation                | requirement fix-cvd: no citation",
                "no-theme                   | requirement fix-cvd: maps to no theme",
                "duplicate-id               | duplicate requirement id 'fix-threats'",
                "unknown-evidence           | requirement fix-cvd: unknown lifecycle term 'monitoring.cvdPolicyUrl'",
                "unknown-model-value        | requirement fix-cvd: 'model: secrets[].protection=vault' compares with a value",
                "unknown-key                | requirement fix-cvd: unknown key 'sumary'",
                "unverified-without-note    | requirement fix-cvd: an unverified requirement needs a 'note'",
                "unknown-phase              | requirement fix-cvd: unknown phase 'postmarket'",
                "no-evidence-no-needs       | requirement fix-cvd: declares no evidence",
                "limit-on-text              | requirement fix-cvd: 'lifecycle: monitoring.cvdPolicy (max 60)' sets min/max",
                "unknown-pathway            | requirement fix-cvd: applicability pathways.us names 'pma2'",
                "unknown-test-kind          | requirement fix-cvd: unknown test term 'pentest'",
                "evidence-parameter         | requirement fix-cvd: evidence 'document' does not take 'independent'",
            })
    void brokenCatalogIsRejectedWithOneProblemNamingIt(String fixture, String expected) {
        CatalogException e = catchThrowableOfType(() -> read(fixture), CatalogException.class);
        assertThat(e).as("fixture %s must be rejected", fixture).isNotNull();
        assertThat(e.problems()).hasSize(expectedProblems(fixture));
        assertThat(e.problems().get(0)).contains(expected);
    }

    /** A misspelt key also leaves the real key missing: the reader reports both. */
    private static int expectedProblems(String fixture) {
        return fixture.equals("unknown-key") ? 2 : 1;
    }
}
