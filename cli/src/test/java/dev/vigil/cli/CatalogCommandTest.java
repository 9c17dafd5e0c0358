package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CatalogCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String... args) throws Exception {
        CommandRun run = CommandRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    @Test
    void frameworksJsonHasTheDocumentedFieldsCountsAndCitations() throws Exception {
        JsonNode frameworks = json("catalog", "frameworks", "--format", "json").get("frameworks");
        // 26 since issue 10 added UK, Japan, NIS2, AAMI SW96, TIR57 and TIR97, the Cyber Resilience Act and
        // the Australian Essential Principles.
        assertThat(frameworks).hasSize(26);
        JsonNode ditta = null;
        for (JsonNode f : frameworks) {
            ditta = f.get("id").asText().equals("ditta") ? f : ditta;
        }
        assertThat(ditta).as("ditta listed").isNotNull();
        assertThat(ditta.get("requirements").asInt()).isEqualTo(7);
        assertThat(ditta.get("unverifiedRequirements").asInt()).isEqualTo(7);
        assertThat(ditta.get("citation").get("documentId").asText()).isEqualTo("DITTA-CS-MFG-2019");
        for (JsonNode f : frameworks) {
            assertThat(f.has("title") && f.has("issuer") && f.has("version") && f.has("verified"))
                    .as(f.get("id").asText())
                    .isTrue();
        }
    }

    @Test
    void requirementsJsonGivesEveryUnverifiedRequirementItsReason() throws Exception {
        JsonNode reqs = json("catalog", "requirements", "--format", "json").get("requirements");
        int unverified = 0;
        for (JsonNode r : reqs) {
            assertThat(r.has("verified") && r.has("citation"))
                    .as(r.get("id").asText())
                    .isTrue();
            if (!r.get("verified").asBoolean()) {
                unverified++;
                assertThat(r.path("note").asText())
                        .as("reason for %s", r.get("id").asText())
                        .isNotBlank();
            }
        }
        assertThat(unverified)
                .as("unverified requirements are listed, not hidden")
                .isPositive();
    }

    @Test
    void requirementsJsonFiltersByFrameworkAndPhase() throws Exception {
        JsonNode reqs = json(
                        "catalog",
                        "requirements",
                        "--framework",
                        "imdrf-n70",
                        "--phase",
                        "end-of-life",
                        "--format",
                        "json")
                .get("requirements");
        // Stages 3 and 4 and the stage duties of N70 sections 7.3-9.2 (issue 10) fall in end of life.
        assertThat(reqs)
                .extracting(r -> r.get("id").asText())
                .containsExactly(
                        "imdrf-n70-5-3",
                        "imdrf-n70-5-4",
                        "imdrf-n70-7-3",
                        "imdrf-n70-8-1",
                        "imdrf-n70-8-3",
                        "imdrf-n70-9-1",
                        "imdrf-n70-9-2");
        JsonNode eogs = reqs.get(0);
        assertThat(eogs.get("framework").asText()).isEqualTo("imdrf-n70");
        assertThat(eogs.get("section").asText()).isEqualTo("5.3");
        assertThat(eogs.get("themes")).extracting(JsonNode::asText).contains("end-of-support");
        assertThat(eogs.get("citation").get("text").asText()).isEqualTo("IMDRF/CYBER WG/N70FINAL:2023 (2023) §5.3");
        // Checked against the final's text in issue 10.
        assertThat(eogs.get("verified").asBoolean()).isTrue();
        assertThat(eogs.get("evidence"))
                .extracting(JsonNode::asText)
                .containsExactly("lifecycle: endOfLife.endOfGuaranteedSupport");
    }

    @Test
    void themesJsonIsTheCrosswalkWithRequirementIdsPerFramework() throws Exception {
        JsonNode themes = json("catalog", "themes", "--theme", "coordinated-disclosure", "--format", "json")
                .get("themes");
        assertThat(themes).hasSize(1);
        JsonNode row = themes.get(0).get("requirements");
        assertThat(row.get("fda-524b")).extracting(JsonNode::asText).containsExactly("fda-524b-b1");
        assertThat(row.get("imdrf-n60")).extracting(JsonNode::asText).contains("imdrf-n60-6-3");
        assertThat(row.has("ditta")).isFalse();
    }

    @Test
    void themeFilterCountsOnlyMatchingRequirementsAndHidesEmptyFrameworks() throws Exception {
        JsonNode frameworks = json("catalog", "frameworks", "--theme", "manufacturing-environment", "--format", "json")
                .get("frameworks");
        assertThat(frameworks)
                .extracting(f -> f.get("id").asText())
                .contains("ditta")
                .doesNotContain("mds2");
        assertThat(frameworks)
                .filteredOn(f -> f.get("id").asText().equals("ditta"))
                .extracting(f -> f.get("requirements").asInt())
                .containsExactly(7);
    }

    @Test
    void textListingIsAnAlignedTable() {
        CommandRun run = CommandRun.of("catalog", "requirements", "--framework", "fda-524b");
        assertThat(run.exitCode()).isZero();
        String[] lines = run.out().split("\n");
        assertThat(lines[0]).startsWith("ID").contains("SECTION", "PHASE", "VERIFIED", "TITLE");
        int titleColumn = lines[0].indexOf("TITLE");
        assertThat(lines[1]).startsWith("fda-524b-b1");
        assertThat(lines[1].substring(titleColumn)).isEqualTo("Postmarket vulnerability plan");
        assertThat(run.out()).contains("3 requirements");
    }

    @Test
    void unknownFrameworkIsExitTwoListingTheValidIds() {
        CommandRun run = CommandRun.of("catalog", "requirements", "--framework", "fda");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().strip())
                .startsWith("vigil: unknown framework 'fda' (valid: fda-pre, fda-524b, fda-post,")
                .doesNotContain("Exception")
                .hasLineCount(1);
    }

    @Test
    void unknownPhaseAndThemeAreExitTwoListingTheValidIds() {
        CommandRun phase = CommandRun.of("catalog", "requirements", "--phase", "postmarket");
        assertThat(phase.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(phase.err())
                .contains(
                        "unknown phase 'postmarket' (valid: design, development, first-use, monitoring, end-of-life)");
        CommandRun theme = CommandRun.of("catalog", "themes", "--theme", "crypto");
        assertThat(theme.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(theme.err()).contains("unknown theme 'crypto' (valid: threat-modeling,");
    }

    @Test
    void unknownListingOrFormatIsExitTwo() {
        assertThat(CommandRun.of("catalog", "rules").err())
                .contains("unknown listing 'rules' (valid: frameworks, requirements, themes)");
        CommandRun run = CommandRun.of("catalog", "frameworks", "--format", "xml");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("unknown format 'xml' (valid: text, json)");
    }
}
