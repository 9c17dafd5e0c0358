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
 * place; the check must reject it with exactly one problem, {@code file:line:column: message}, that names
 * what is wrong. The fixtures use
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
                "unknown-theme              | 24:38: 'themes' of requirement 'fix-cvd' refers to 'cryptograhpy', but"
                        + " no theme has that id",
                "dangling-reference         | 27:16: 'refersTo' of requirement 'fix-cvd' refers to 'fix-threat', but"
                        + " no requirement has that id; did you mean 'fix-threats'?",
                "no-citation                | 19:5: requirement fix-cvd: no citation: the source's own section number"
                        + " ('section') is missing",
                "no-theme                   | 19:5: requirement fix-cvd: maps to no theme; every requirement needs at"
                        + " least one",
                "duplicate-id               | 19:5: duplicate id 'fix-threats': requirement 'fix-threats' reuses the"
                        + " id of requirement 'fix-threats' defined at frameworks/duplicate-id.yaml:11:5",
                "unknown-evidence           | 19:5: requirement fix-cvd: unknown lifecycle term"
                        + " 'monitoring.cvdPolicyUrl'; did you mean 'monitoring.cvdPolicy'?",
                "unknown-model-value        | 19:5: requirement fix-cvd: 'model: secrets[].protection=vault' compares"
                        + " with a value secrets[].protection cannot take (allowed: hardcoded, file, software,"
                        + " secure-element, tpm, hsm)",
                "unknown-key                | 22:5: unknown key 'sumary' in requirement 'fix-cvd'; did you mean"
                        + " 'summary'?",
                "unverified-without-note    | 19:5: requirement fix-cvd: an unverified requirement needs a 'note'"
                        + " saying what is unchecked",
                "unknown-phase              | 23:12: 'phase' of requirement 'fix-cvd' refers to 'postmarket', but no"
                        + " phase has that id",
                "no-evidence-no-needs       | 19:5: requirement fix-cvd: declares no evidence; say what satisfies it,"
                        + " or what it needs in 'needs'",
                "limit-on-text              | 19:5: requirement fix-cvd: 'lifecycle: monitoring.cvdPolicy (max 60)'"
                        + " sets min/max on a term that is not an integer",
                "unknown-pathway            | 19:5: requirement fix-cvd: applicability pathways.us names 'pma2',"
                        + " which the model format does not define",
                "unknown-test-kind          | 19:5: requirement fix-cvd: unknown test term 'pentest' (known:"
                        + " code-review, functional-security, fuzzing, malware-scan, penetration, robustness, sca,"
                        + " static-analysis, vulnerability-scan)",
                "evidence-parameter         | 26:39: requirement fix-cvd: evidence 'document' does not take"
                        + " 'independent' (allowed: maxAgeDays)",
            })
    void brokenCatalogIsRejectedWithOneProblemNamingIt(String fixture, String expected) {
        CatalogException e = catchThrowableOfType(() -> read(fixture), CatalogException.class);
        assertThat(e).as("fixture %s must be rejected", fixture).isNotNull();
        assertThat(e.problems()).hasSize(expectedProblems(fixture));
        assertThat(e.problems()).contains("frameworks/" + fixture + ".yaml:" + expected);
    }

    /** A misspelt key also leaves the real key missing: the reader reports both. */
    private static int expectedProblems(String fixture) {
        return fixture.equals("unknown-key") ? 2 : 1;
    }
}
