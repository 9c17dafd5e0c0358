package dev.vigil.engine.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.engine.catalog.Applicability;
import dev.vigil.engine.catalog.Catalog;
import dev.vigil.engine.catalog.Citation;
import dev.vigil.engine.catalog.Evidence;
import dev.vigil.engine.catalog.FindingSelector;
import dev.vigil.engine.catalog.Requirement;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.threat.RuleMetadata;
import dev.vigil.engine.threat.ThreatEngine;
import dev.vigil.engine.threat.rules.Fact;
import dev.vigil.engine.threat.rules.Hit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status rules of docs/catalog-authoring.md on small models and hand-written requirements. */
class ComplianceEvaluationTest {

    @TempDir
    Path dir;

    private static final Applicability US_PRODUCTS = new Applicability(Set.of("product"), Set.of("us"), false);

    private static Requirement requirement(List<Evidence> evidence, List<FindingSelector> blockedBy) {
        return requirement(US_PRODUCTS, evidence, blockedBy);
    }

    private static Requirement requirement(
            Applicability applicability, List<Evidence> evidence, List<FindingSelector> blockedBy) {
        return new Requirement(
                "test-1",
                "test",
                "1",
                "Test requirement",
                "A requirement for tests.",
                applicability,
                "design",
                List.of("hardening"),
                new Citation("Test", "TEST-1", "2026", "1", ""),
                true,
                "",
                Map.of(),
                evidence,
                blockedBy,
                List.of(),
                "");
    }

    private static ThreatEngine.Detection detection(
            String rule, String element, String fda, String ditta, String theme) {
        RuleMetadata metadata = new RuleMetadata(
                rule,
                "A rule",
                RuleMetadata.Category.DEVICE,
                RuleMetadata.Scope.BOTH,
                List.of("tampering"),
                List.of("CWE-1"),
                List.of(),
                ditta,
                fda,
                List.of(theme),
                List.of("Fix it."),
                "Because.");
        return new ThreatEngine.Detection(metadata, Hit.weakness(element, "Weak.", Fact.component(element, "x", "y")));
    }

    private static ComplianceRow judge(SystemModel model, Requirement r, List<ThreatEngine.Detection> detections) {
        return Compliance.judge(
                model,
                r,
                new EvidenceCheck(model, Catalog.load(), new OpenFindings(model, detections)),
                new OpenFindings(model, detections));
    }

    private SystemModel withLifecycle(String lifecycle) {
        return Models.product(dir, "", "", "lifecycle: " + lifecycle + "\n");
    }

    private static final Evidence CVD = new Evidence.Lifecycle("monitoring.cvdPolicy");
    private static final Evidence FUZZING = new Evidence.Lifecycle("development.fuzzing");
    private static final Evidence PENTEST_INDEPENDENT =
            new Evidence.Lifecycle("development.penetrationTest.independent");

    @Test
    void allEvidencePresentAndNoFindingIsMetWithTheFactsAsEvidence() {
        SystemModel model =
                withLifecycle("{monitoring: {cvdPolicy: 'https://example.com/cvd'}, development: {fuzzing: true}}");
        ComplianceRow row = judge(model, requirement(List.of(CVD, FUZZING), List.of()), List.of());
        assertThat(row.status()).isEqualTo(ComplianceStatus.MET);
        assertThat(row.evidence())
                .containsExactly(
                        "lifecycle.monitoring.cvdPolicy = https://example.com/cvd",
                        "lifecycle.development.fuzzing = true");
        assertThat(row.reason()).startsWith("All evidence is present");
    }

    @Test
    void evidenceStatedFalseCountsAsMissingAndNoneHoldingIsAGap() {
        SystemModel model = withLifecycle("{development: {fuzzing: false}}");
        ComplianceRow row = judge(model, requirement(List.of(CVD, FUZZING), List.of()), List.of());
        assertThat(row.status()).isEqualTo(ComplianceStatus.GAP);
        assertThat(row.reason())
                .contains("lifecycle.monitoring.cvdPolicy not stated")
                .contains("lifecycle.development.fuzzing is false");
        assertThat(row.evidence()).isEmpty();
    }

    @Test
    void someEvidenceHoldingIsPartialAndANestedLifecycleFieldIsRead() {
        SystemModel model = withLifecycle(
                "{development: {fuzzing: true, penetrationTest: {date: 2026-01-02, independent: false}}}");
        ComplianceRow row = judge(model, requirement(List.of(FUZZING, PENTEST_INDEPENDENT), List.of()), List.of());
        assertThat(row.status()).isEqualTo(ComplianceStatus.PARTIAL);
        assertThat(row.reason()).contains("lifecycle.development.penetrationTest.independent is false");
    }

    @Test
    void anOpenFindingMatchingBlockedByTurnsMetIntoPartial() {
        SystemModel model = withLifecycle("{monitoring: {cvdPolicy: x}}");
        Requirement r = requirement(List.of(CVD), List.of(new FindingSelector("fdaControl", "authentication")));
        ComplianceRow row = judge(
                model,
                r,
                List.of(
                        detection("weak-login", "dev", "authentication", "p5", "hardening"),
                        detection("other", "dev", "cryptography", "p2", "cryptography")));
        assertThat(row.status()).isEqualTo(ComplianceStatus.PARTIAL);
        assertThat(row.blockingFindings()).containsExactly("weak-login@dev");
        assertThat(row.reason()).contains("open findings block it: weak-login@dev");
    }

    @Test
    void everyBlockingFindingIsListedButTheReasonStaysShort() {
        SystemModel model = withLifecycle("{monitoring: {cvdPolicy: x}}");
        List<ThreatEngine.Detection> detections = java.util.stream.IntStream.range(0, 5)
                .mapToObj(i -> detection("weak-" + i, "dev", "authentication", "p5", "hardening"))
                .toList();
        ComplianceRow row =
                judge(model, requirement(List.of(CVD), List.of(new FindingSelector("theme", "hardening"))), detections);
        assertThat(row.blockingFindings()).hasSize(5);
        assertThat(row.reason()).contains("weak-0@dev, weak-1@dev, weak-2@dev and 2 more");
    }

    @Test
    void blockedByMatchesThemesAndDittaPrinciplesOfAnyRule() {
        SystemModel model = withLifecycle("{monitoring: {cvdPolicy: x}}");
        List<ThreatEngine.Detection> detections = List.of(
                detection("rule-a", "dev", "authentication", "p3", "hardening"),
                detection("rule-b", "dev", "cryptography", "p1", "network-segmentation"));
        assertThat(judge(
                                model,
                                requirement(List.of(CVD), List.of(new FindingSelector("theme", "hardening"))),
                                detections)
                        .blockingFindings())
                .containsExactly("rule-a@dev");
        assertThat(judge(
                                model,
                                requirement(List.of(CVD), List.of(new FindingSelector("dittaPrinciple", "p1"))),
                                detections)
                        .blockingFindings())
                .containsExactly("rule-b@dev");
    }

    @Test
    void trackingDecisionsAndAssumptionsCloseFindingsButAnOpenTrackingEntryDoesNot() {
        Requirement r = requirement(List.of(CVD), List.of(new FindingSelector("theme", "hardening")));
        List<ThreatEngine.Detection> detections =
                List.of(detection("weak-login", "dev", "authentication", "p5", "hardening"));
        String lifecycle = "lifecycle: {monitoring: {cvdPolicy: x}}\n";
        for (String status : List.of("mitigated", "transferred")) {
            SystemModel model = Models.product(
                    dir, "", "", lifecycle + "tracking:\n  - {finding: weak-login@dev, status: " + status + "}\n");
            assertThat(judge(model, r, detections).status()).as(status).isEqualTo(ComplianceStatus.MET);
        }
        SystemModel accepted = Models.product(
                dir,
                "",
                "",
                lifecycle + "tracking:\n  - {finding: weak-login@dev, status: accepted, justification: ok}\n");
        assertThat(judge(accepted, r, detections).status()).isEqualTo(ComplianceStatus.MET);
        SystemModel stillOpen =
                Models.product(dir, "", "", lifecycle + "tracking:\n  - {finding: weak-login@dev, status: open}\n");
        assertThat(judge(stillOpen, r, detections).status()).isEqualTo(ComplianceStatus.PARTIAL);
        SystemModel assumed = Models.product(
                dir,
                "",
                "",
                lifecycle
                        + "assumptions:\n  - {id: a, text: Locked room., excludes: [{rule: weak-login, element: dev}]}\n");
        assertThat(judge(assumed, r, detections).status()).isEqualTo(ComplianceStatus.MET);
    }

    @Test
    void anOmittedModelFactIsUnknownNotSafe() {
        Evidence notDefault = new Evidence.ModelFact(
                "components[].accounts[].authentication", Evidence.Operator.NOT_EQUALS, "default-password");
        Evidence logged =
                new Evidence.ModelFact("components[].logging.securityEvents", Evidence.Operator.EQUALS, "true");
        SystemModel model = Models.product(
                dir,
                "",
                ", accounts: [{role: user, authentication: pin}, {role: service, authentication: default-password}]",
                "");
        ComplianceRow row = judge(model, requirement(List.of(notDefault, logged), List.of()), List.of());
        assertThat(row.status()).isEqualTo(ComplianceStatus.PARTIAL);
        assertThat(row.reason())
                .contains("components.dev.accounts[role=service].authentication = default-password")
                .contains("components.dev.logging.securityEvents not stated");
        assertThat(row.evidence()).containsExactly("components.dev.accounts[role=user].authentication = pin");
    }

    @Test
    void anEmptySectionDoesNotCount() {
        // an open finding: without one an empty tracking list holds (nothing to track), see below
        Evidence tracking = new Evidence.ModelFact("tracking", Evidence.Operator.STATED, null);
        Evidence zones = new Evidence.ModelFact("zones", Evidence.Operator.STATED, null);
        ComplianceRow row = judge(
                Models.product(dir, "", "", "tracking: []\n"),
                requirement(List.of(tracking, zones), List.of()),
                List.of(detection("weak-login", "dev", "authentication", "p5", "hardening")));
        assertThat(row.status()).isEqualTo(ComplianceStatus.PARTIAL);
        assertThat(row.reason()).contains("tracking has no entries");
        assertThat(row.evidence()).containsExactly("zones (1)");
    }

    @Test
    void trackingIsNeededOnlyWhileFindingsAreOpen() {
        Evidence tracking = new Evidence.ModelFact("tracking", Evidence.Operator.STATED, null);
        Evidence zones = new Evidence.ModelFact("zones", Evidence.Operator.STATED, null);
        SystemModel model = Models.product(dir, "", "", "tracking: []\n");
        Requirement r = requirement(List.of(tracking, zones), List.of());

        ComplianceRow nothingOpen = judge(model, r, List.of());
        assertThat(nothingOpen.status()).isEqualTo(ComplianceStatus.MET);
        assertThat(nothingOpen.reason()).contains("No open findings to track");
        assertThat(nothingOpen.evidence()).containsExactly("no open findings to track", "zones (1)");

        ComplianceRow open =
                judge(model, r, List.of(detection("weak-login", "dev", "authentication", "p5", "hardening")));
        assertThat(open.status()).isEqualTo(ComplianceStatus.PARTIAL);
        assertThat(open.reason()).contains("tracking has no entries");
    }

    @Test
    void sbomPresenceComesFromComponentsAndItsContentIsNotClaimedChecked() throws IOException {
        Files.writeString(dir.resolve("dev.cdx.json"), "{}");
        Evidence present = new Evidence.Sbom("present");
        Evidence minimum = new Evidence.Sbom("minimum-elements");
        SystemModel complete = Models.product(dir, "", ", software: {os: RTOS}, sbom: dev.cdx.json", "");
        assertThat(judge(complete, requirement(List.of(present), List.of()), List.of())
                        .status())
                .isEqualTo(ComplianceStatus.MET);
        ComplianceRow quality = judge(complete, requirement(List.of(present, minimum), List.of()), List.of());
        assertThat(quality.status()).isEqualTo(ComplianceStatus.PARTIAL);
        assertThat(quality.reason()).contains("SBOM content not checked by this version");
        assertThat(quality.evidence()).contains("components.dev.sbom = dev.cdx.json");

        SystemModel oneMissing = Models.yaml(
                dir,
                """
                vigil: 1
                system: {id: sys, name: System, kind: product, markets: [us]}
                zones: [{id: z, type: home-network, trust: low}]
                components:
                  - {id: dev, kind: device, zone: z, owner: manufacturer, software: {os: RTOS}, sbom: dev.cdx.json}
                  - {id: app, kind: mobile-app, zone: z, owner: manufacturer, software: {os: Android}}
                  - {id: os, kind: external-system, zone: z, owner: third-party, software: {os: Linux}}
                data: []
                flows: []
                """);
        ComplianceRow partial = judge(oneMissing, requirement(List.of(present), List.of()), List.of());
        assertThat(partial.status()).isEqualTo(ComplianceStatus.PARTIAL);
        assertThat(partial.reason()).contains("no SBOM for app").doesNotContain("os");
    }

    @Test
    void multiPatientViewNeedsThemIdentifiedOrExplicitlyNone() {
        Evidence view = new Evidence.View("multi-patient-harm");
        SystemModel none = Models.product(dir, "", ", safety: {multiPatient: false}", "");
        assertThat(judge(none, requirement(List.of(view), List.of()), List.of()).status())
                .isEqualTo(ComplianceStatus.MET);
        SystemModel unknown = Models.product(dir, "", "", "");
        ComplianceRow row = judge(unknown, requirement(List.of(view), List.of()), List.of());
        assertThat(row.status()).isEqualTo(ComplianceStatus.GAP);
        assertThat(row.reason()).contains("multiPatient, not stated for dev");
    }

    @Test
    void applicabilityFollowsKindMarketsAndCyberDevice() {
        Requirement cyberOnly =
                requirement(new Applicability(Set.of("product"), Set.of("us"), true), List.of(CVD), List.of());
        ComplianceRow notCyber = judge(Models.product(dir, ", cyberDevice: false", "", ""), cyberOnly, List.of());
        assertThat(notCyber.status()).isEqualTo(ComplianceStatus.NOT_APPLICABLE);
        assertThat(notCyber.reason()).contains("system.cyberDevice is false");
        // unknown is not assumed to be the answer that removes duties
        ComplianceRow unstated = judge(Models.product(dir, "", "", ""), cyberOnly, List.of());
        assertThat(unstated.status()).isEqualTo(ComplianceStatus.GAP);
        assertThat(unstated.reason()).contains("system.cyberDevice is not stated");

        Requirement japan =
                requirement(new Applicability(Set.of("product"), Set.of("jp"), false), List.of(CVD), List.of());
        ComplianceRow elsewhere = judge(Models.product(dir, "", "", ""), japan, List.of());
        assertThat(elsewhere.status()).isEqualTo(ComplianceStatus.NOT_APPLICABLE);
        assertThat(elsewhere.reason()).isEqualTo("system.markets is us; this requirement applies to the jp market.");

        Requirement sites = requirement(new Applicability(Set.of("site"), Set.of(), false), List.of(CVD), List.of());
        assertThat(judge(Models.product(dir, "", "", ""), sites, List.of()).reason())
                .isEqualTo("product model; this requirement applies to sites.");
    }

    @Test
    void optionsSelectFrameworksAndPhaseAndRejectUnknownIds() {
        SystemModel model = Models.repositoryFile("examples/glucoflow.yaml");
        ComplianceReport report = Compliance.evaluate(
                model, List.of(), new ComplianceOptions(List.of("imdrf-n70", "fda-524b"), Optional.of("end-of-life")));
        assertThat(report.rows())
                .extracting(r -> r.requirement().id())
                // N70's stages 3 and 4 plus the stage duties of sections 7.3-9.2 (issue 10) fall in end of life.
                .containsExactly(
                        "imdrf-n70-5-3",
                        "imdrf-n70-5-4",
                        "imdrf-n70-7-3",
                        "imdrf-n70-8-1",
                        "imdrf-n70-8-3",
                        "imdrf-n70-9-1",
                        "imdrf-n70-9-2");
        assertThat(report.summary()).containsOnlyKeys("fda-524b", "imdrf-n70");
        assertThat(report.summary().get("fda-524b").values()).allMatch(n -> n == 0);
        assertThatThrownBy(() ->
                        Compliance.evaluate(model, List.of(), new ComplianceOptions(List.of("fda"), Optional.empty())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown framework 'fda'")
                .hasMessageContaining("fda-pre, fda-524b");
        assertThatThrownBy(() ->
                        Compliance.evaluate(model, List.of(), new ComplianceOptions(List.of(), Optional.of("later"))))
                .hasMessage("unknown phase 'later' (valid: design, development, first-use, monitoring, end-of-life)");
    }

    @Test
    void theLifecycleViewGroupsEveryRowUnderItsPhaseInLifecycleOrder() {
        SystemModel model = Models.repositoryFile("examples/glucoflow.yaml");
        ComplianceReport report = Compliance.evaluate(model, List.of(), ComplianceOptions.ALL);
        var byPhase = report.byPhase();
        assertThat(byPhase.keySet())
                .extracting(p -> p.id())
                .containsExactly("design", "development", "first-use", "monitoring", "end-of-life");
        assertThat(byPhase.values().stream().mapToInt(List::size).sum())
                .isEqualTo(report.rows().size());
        byPhase.forEach((phase, rows) ->
                assertThat(rows).allMatch(r -> r.requirement().phase().equals(phase.id())));
    }
}
