package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComplianceCommandTest {

    static final String REFERENCE = "../engine/src/test/resources/models/reference-model.yaml";
    static final String SITE = "../examples/manufacturing-site.yaml";

    @TempDir
    Path dir;

    private static JsonNode json(CommandRun run) throws IOException {
        return new ObjectMapper().readTree(run.out());
    }

    private static JsonNode row(JsonNode doc, String requirement) {
        for (JsonNode r : doc.get("compliance")) {
            if (r.get("requirement").asText().equals(requirement)) {
                return r;
            }
        }
        throw new AssertionError("no row " + requirement);
    }

    @Test
    void jsonHasTheDocumentedRowFieldsAndASummaryPerFramework() throws IOException {
        CommandRun run = CommandRun.of("compliance", REFERENCE, "--format", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode doc = json(run);
        assertThat(doc.get("system").get("id").asText()).isEqualTo("glucoflow");
        Set<String> statuses = Set.of("met", "partial", "gap", "not-applicable");
        for (JsonNode r : doc.get("compliance")) {
            for (String field : List.of(
                    "framework",
                    "requirement",
                    "section",
                    "title",
                    "phase",
                    "status",
                    "reason",
                    "evidence",
                    "blockingFindings")) {
                assertThat(r.has(field)).as(r.get("requirement") + " " + field).isTrue();
            }
            assertThat(statuses).contains(r.get("status").asText());
        }
        JsonNode auth = row(doc, "fda-pre-app1-authentication");
        assertThat(auth.get("blockingFindings").toString()).contains("default-credentials@pump");
        JsonNode b1 = doc.get("summary").get("fda-524b");
        assertThat(b1.get("met").asInt()
                        + b1.get("partial").asInt()
                        + b1.get("gap").asInt()
                        + b1.get("not-applicable").asInt())
                .isEqualTo(3);
    }

    @Test
    void textPrintsAHeaderWithCountsPerFrameworkAndGapsFirst() {
        // the reference model names evidence files it does not ship; file checks are proven elsewhere
        CommandRun run = CommandRun.of("compliance", REFERENCE, "--framework", "imdrf-n70", "--no-file-checks");
        assertThat(run.exitCode()).isZero();
        // 16 N70 requirements since issue 10 added the stage duties of sections 5.5-9.2.
        List<String> lines = run.out().lines().toList();
        assertThat(lines).anyMatch(l -> l.startsWith("imdrf-n70: ") && l.contains("2 gap, 12 partial, 2 met"));
        List<String> statuses = new ArrayList<>();
        for (String l : lines) {
            String word = l.strip().split("\\s+")[0];
            if (Set.of("gap", "partial", "met").contains(word)) {
                statuses.add(word);
            }
        }
        List<String> gapsFirst = new ArrayList<>(java.util.Collections.nCopies(2, "gap"));
        gapsFirst.addAll(java.util.Collections.nCopies(12, "partial"));
        gapsFirst.addAll(java.util.Collections.nCopies(2, "met"));
        assertThat(statuses).isEqualTo(gapsFirst);
        assertThat(run.out()).contains("lifecycle.endOfLife.endOfGuaranteedSupport not stated");
    }

    @Test
    void frameworksAndPhaseFilterTheRows() throws IOException {
        JsonNode doc = json(CommandRun.of(
                "compliance",
                REFERENCE,
                "--format",
                "json",
                "--framework",
                "fda-524b,imdrf-n60",
                "--phase",
                "monitoring"));
        List<String> ids = new ArrayList<>();
        doc.get("compliance").forEach(r -> {
            assertThat(r.get("phase").asText()).isEqualTo("monitoring");
            ids.add(r.get("requirement").asText());
        });
        assertThat(ids)
                .contains("fda-524b-b1", "imdrf-n60-6-3")
                .allMatch(i -> i.startsWith("fda-524b") || i.startsWith("imdrf-n60"));
    }

    @Test
    void theLifecycleViewGroupsByPhaseWithTheStagesItCovers() throws IOException {
        CommandRun text = CommandRun.of("compliance", REFERENCE, "--by-phase", "--framework", "imdrf-n70");
        assertThat(text.exitCode()).isZero();
        List<String> headers = text.out()
                .lines()
                .filter(l -> l.matches("^(Design|Development|First use|Monitoring|End of life) \\(.*"))
                .map(l -> l.substring(0, l.indexOf(" (")))
                .toList();
        assertThat(headers).containsExactly("Design", "Development", "First use", "Monitoring", "End of life");
        assertThat(text.out()).contains("IMDRF N70 stage 3 limited support");
        assertThat(CommandRun.of("compliance", REFERENCE, "--view", "lifecycle", "--framework", "imdrf-n70")
                        .out())
                .isEqualTo(text.out());

        JsonNode doc = json(CommandRun.of("compliance", REFERENCE, "--by-phase", "--format", "json"));
        assertThat(doc.get("lifecycle").get(4).get("phase").asText()).isEqualTo("end-of-life");
        assertThat(doc.get("lifecycle").get(4).get("counts").get("gap").asInt()).isPositive();
    }

    @Test
    void aSiteShowsDittaAndCollapsesProductFrameworks() {
        CommandRun run = CommandRun.of("compliance", SITE);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("ditta: ")
                .contains("Principle 7")
                .contains("not applicable: site model; this requirement applies to products.");
    }

    @Test
    void unknownFrameworkPhaseOrFormatIsOneLineListingValidIdsAndExitTwo() {
        CommandRun framework = CommandRun.of("compliance", REFERENCE, "--framework", "fda");
        assertThat(framework.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(framework.err().lines()).hasSize(1);
        assertThat(framework.err()).contains("unknown framework 'fda'").contains("fda-pre, fda-524b");

        CommandRun phase = CommandRun.of("compliance", REFERENCE, "--phase", "postmarket");
        assertThat(phase.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(phase.err()).contains("design, development, first-use, monitoring, end-of-life");

        assertThat(CommandRun.of("compliance", REFERENCE, "--format", "pdf").exitCode())
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(CommandRun.of("compliance", REFERENCE, "--fail-on", "met").exitCode())
                .isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void anInvalidModelPrintsItsDiagnosticsAndExitsTwo() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "vigil: 1\nsystem: {id: x, kind: produkt}\n");
        CommandRun run = CommandRun.of("compliance", bad.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("bad.yaml:2:");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void gapsAreInformationUnlessFailOnAsksForAGate() {
        assertThat(CommandRun.of("compliance", REFERENCE, "--framework", "imdrf-n70")
                        .exitCode())
                .isZero();
        assertThat(CommandRun.of("compliance", REFERENCE, "--framework", "imdrf-n70", "--fail-on", "gap")
                        .exitCode())
                .isEqualTo(ExitCodes.POLICY_FAILED);
        // only met rows: development-phase N70 is stage 1 and the 6.2 duties, which the reference model meets
        assertThat(CommandRun.of(
                                "compliance",
                                REFERENCE,
                                "--framework",
                                "imdrf-n70",
                                "--phase",
                                "development",
                                "--no-file-checks",
                                "--fail-on",
                                "partial")
                        .exitCode())
                .isZero();
        assertThat(CommandRun.of(
                                "compliance",
                                REFERENCE,
                                "--framework",
                                "imdrf-n70",
                                "--phase",
                                "monitoring",
                                "--fail-on",
                                "gap")
                        .exitCode())
                .as("partial rows do not trip a gap gate")
                .isZero();
    }

    @Test
    void htmlIsSelfContainedAndEscapesModelText() throws IOException {
        String model = Files.readString(Path.of(REFERENCE))
                .replace("name: GlucoFlow insulin pump system", "name: \"GlucoFlow <script>alert(1)</script> & co\"")
                .replace("psirtContact: psirt@example.com", "psirtContact: \"<img src=x onerror=alert(1)>\"");
        Path file = Files.writeString(dir.resolve("model.yaml"), model);
        CommandRun run = CommandRun.of("compliance", file.toString(), "--format", "html");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("<!DOCTYPE html>")
                .contains("GlucoFlow &lt;script&gt;alert(1)&lt;/script&gt; &amp; co")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<script")
                .doesNotContain("<img")
                .doesNotContain("<link")
                .doesNotContain("http://")
                .doesNotContain("https://");
        assertThat(CommandRun.of("compliance", file.toString(), "--format", "html", "--by-phase")
                        .out())
                .contains("<h2>End of life</h2>");
    }

    @Test
    void actionsListEachMissingPieceOnceWithTheRequirementsItServesInTextAndJson() throws IOException {
        CommandRun text = CommandRun.of("compliance", REFERENCE, "--actions");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out())
                .contains("lifecycle.monitoring.cvdPolicy not stated")
                .contains("fda-524b-b1");
        CommandRun run = CommandRun.of("compliance", REFERENCE, "--actions", "--format", "json");
        JsonNode doc = json(run);
        List<String> items = new ArrayList<>();
        for (JsonNode theme : doc.get("actions")) {
            for (JsonNode a : theme.get("actions")) {
                items.add(a.get("item").asText());
                assertThat(a.get("requirements").size())
                        .isEqualTo(a.get("servesCount").asInt());
            }
        }
        assertThat(items).doesNotHaveDuplicates().contains("lifecycle: monitoring.cvdPolicy");
        assertThat(CommandRun.of("compliance", REFERENCE, "--actions", "--format", "html")
                        .exitCode())
                .isEqualTo(2);
    }

    @Test
    void missingEvidenceFilesCountAsMissingUnlessFileChecksAreOff() throws IOException {
        Path model = dir.resolve("model.yaml");
        Files.writeString(
                model,
                """
                vigil: 1
                system: {id: sys, name: System, kind: product, markets: [us]}
                zones: [{id: z, type: home-network, trust: low}]
                components: [{id: dev, kind: device, zone: z}]
                data: []
                flows: []
                lifecycle: {design: {securityRiskManagementPlan: docs/srmp.pdf}}
                """);
        JsonNode checked = json(CommandRun.of("compliance", model.toString(), "--format", "json"));
        assertThat(row(checked, "fda-pre-iv").get("reason").asText()).contains("does not exist relative to the model");
        JsonNode unchecked =
                json(CommandRun.of("compliance", model.toString(), "--format", "json", "--no-file-checks"));
        assertThat(row(unchecked, "fda-pre-iv").get("status").asText()).isEqualTo("met");
        assertThat(CommandRun.of("compliance", model.toString(), "--date", "04.12.2026")
                        .exitCode())
                .isEqualTo(2);
    }

    /**
     * Freshness honours --date: the well-secured pump (class IIb in the EU) states a PSUR of 2026-09-30, within its
     * year on 2026-12-04 and out of date on 2027-11-01.
     */
    @Test
    void evidenceAgesAreJudgedOnTheDateGiven() throws IOException {
        String secure = "../examples/secure-infusion-pump.yaml";
        JsonNode fresh = row(
                json(CommandRun.of(
                        "compliance", secure, "--framework", "mdr", "--date", "2026-12-04", "--format", "json")),
                "mdr-art-86");
        assertThat(fresh.get("status").asText()).isEqualTo("met");
        JsonNode stale = row(
                json(CommandRun.of(
                        "compliance", secure, "--framework", "mdr", "--date", "2027-11-01", "--format", "json")),
                "mdr-art-86");
        assertThat(stale.get("status").asText()).isEqualTo("partial");
        assertThat(stale.get("reason").asText())
                .contains("dated 2026-09-30")
                .contains("397 days old on 2027-11-01, more than the 365 days allowed");
    }
}
