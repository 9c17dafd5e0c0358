package dev.vigil.engine.postmarket.csaf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.engine.SharedData;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.postmarket.CaseCheck;
import dev.vigil.engine.postmarket.casefile.CaseReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class CsafValidatorTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final CsafValidator validator = new CsafValidator();

    static ObjectNode referenceAdvisory() {
        var model = new ModelLoader()
                .load(Path.of("src/test/resources/models/reference-model.yaml"))
                .orThrow();
        var c = new CaseReader().read(Path.of("src/test/resources/postmarket/reference-case.yaml"));
        var report = new CaseCheck().check(c, model, LocalDate.parse("2026-11-20"));
        return CsafAdvisory.write(report, "https://example.com", "test");
    }

    @Test
    void theAdvisoryVigilWritesForTheReferenceCaseIsValid() {
        ObjectNode doc = referenceAdvisory();
        assertThat(validator.validate(doc)).isEmpty();
        assertThat(doc.at("/vulnerabilities/0/cve").asText()).isEqualTo("CVE-2026-10001");
        assertThat(doc.at("/vulnerabilities/0/product_status/fixed")).hasSize(1);
        assertThat(doc.at("/vulnerabilities/0/threats/0/details").asText()).contains("catastrophic");
        assertThat(CsafAdvisory.fileName("Case-2026/001")).isEqualTo("case-2026_001.json");
    }

    @Test
    void theVexDocumentVigilWritesIsValid() {
        ObjectNode vex = CsafDifferentialTest.vexDocument();
        assertThat(validator.validate(vex)).isEmpty();
        assertThat(vex.at("/vulnerabilities/1/cve").asText()).isEqualTo("CVE-2021-23337");
        assertThat(vex.at("/vulnerabilities/1/flags/0/label").asText()).isEqualTo("vulnerable_code_not_present");
    }

    @Test
    void aMissingTitleIsASchemaFailureAtTheDocument() {
        ObjectNode doc = referenceAdvisory();
        ((ObjectNode) doc.get("document")).remove("title");
        assertThat(validator.validate(doc)).anySatisfy(p -> {
            assertThat(p.test()).isEqualTo("schema");
            assertThat(p.path()).isEqualTo("/document");
            assertThat(p.message()).contains("title");
        });
    }

    @Test
    void anUndefinedProductAndAContradictingStatusAreFoundWithTheirPointers() {
        ObjectNode doc = referenceAdvisory();
        ObjectNode status = (ObjectNode) doc.at("/vulnerabilities/0/product_status");
        status.putArray("under_investigation")
                .add("CSAFPID-9")
                .add(status.get("fixed").get(0).asText());
        assertThat(validator.validate(doc))
                .extracting(CsafProblem::toString)
                .contains("6.1.1 /vulnerabilities/0/product_status/under_investigation/0: product id 'CSAFPID-9' is not"
                        + " defined in the product tree")
                .anySatisfy(l -> assertThat(l).startsWith("6.1.6 /vulnerabilities/0/product_status/"));
    }

    @Test
    void aWrongBaseScoreFailsTheCvssComputationTest() {
        ObjectNode doc = referenceAdvisory();
        ((ObjectNode) doc.at("/vulnerabilities/0/scores/0/cvss_v3")).put("baseScore", 9.9);
        assertThat(validator.validate(doc)).extracting(CsafProblem::test).containsExactly("6.1.9");
    }

    @Test
    void aCvssV2ScoreIsRecomputedFromItsVector() {
        ObjectNode doc = referenceAdvisory();
        ObjectNode v2 = ((ObjectNode) doc.at("/vulnerabilities/0/scores/0")).putObject("cvss_v2");
        v2.put("version", "2.0");
        // The CVSS v2 guide's own example (CVE-2002-0392): base 7.8, temporal 6.4 with E:F/RL:OF/RC:C.
        v2.put("vectorString", "AV:N/AC:L/Au:N/C:N/I:N/A:C/E:F/RL:OF/RC:C");
        v2.put("baseScore", 7.8);
        v2.put("temporalScore", 6.4);
        assertThat(validator.validate(doc)).isEmpty();
        v2.put("baseScore", 7.9);
        v2.put("temporalScore", 6.5);
        assertThat(validator.validate(doc))
                .extracting(CsafProblem::toString)
                .containsExactly(
                        "6.1.9 /vulnerabilities/0/scores/0/cvss_v2/baseScore: the vector computes to 7.8, not 7.9",
                        "6.1.9 /vulnerabilities/0/scores/0/cvss_v2/temporalScore: the vector computes to a temporal"
                                + " score of 6.4, not 6.5");
    }

    /** The OASIS TC's own test documents for each mandatory test Vigil implements: failures fail, valid pass. */
    @Test
    void theOasisTestDocumentsOfTheImplementedTestsAgree() throws IOException {
        Optional<Path> data = SharedData.folder("csaf-oasis/csaf_2.0/test/validator/data");
        Assumptions.assumeTrue(data.isPresent(), "skipped: ../shared/data/csaf-oasis is absent");
        JsonNode cases =
                MAPPER.readTree(data.get().resolve("testcases.json").toFile()).get("tests");
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (JsonNode t : cases) {
            String id = t.get("id").asText();
            if (!CsafValidator.MANDATORY_TESTS.contains(id)) {
                continue;
            }
            for (String kind : List.of("failures", "valid")) {
                for (JsonNode d : t.path(kind)) {
                    List<CsafProblem> problems =
                            validator.validate(data.get().resolve(d.get("name").asText()));
                    boolean failed = problems.stream().anyMatch(p -> p.test().equals(id));
                    checked++;
                    if (failed != kind.equals("failures")) {
                        wrong.add(id + " " + d.get("name").asText() + (failed ? " failed: " + problems : " passed"));
                    }
                }
            }
        }
        System.out.println("OASIS test documents checked: " + checked);
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyCisaMedicalAdvisoryIsValid() throws IOException {
        Optional<Path> data = SharedData.folder("csaf-cisa");
        Assumptions.assumeTrue(data.isPresent(), "skipped: ../shared/data/csaf-cisa is absent");
        List<Path> files;
        try (Stream<Path> s = Files.walk(data.get())) {
            files = s.filter(p -> p.getFileName().toString().matches("icsma-.*\\.json"))
                    .sorted()
                    .toList();
        }
        assertThat(files).hasSize(144);
        List<String> invalid = new ArrayList<>();
        for (Path f : files) {
            List<CsafProblem> problems = validator.validate(f);
            if (!problems.isEmpty()) {
                invalid.add(f.getFileName() + ": " + problems.get(0));
            }
        }
        assertThat(invalid).isEmpty();
    }
}
