package dev.vigil.engine.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.catalog.Catalog;
import dev.vigil.engine.catalog.Evidence;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.source.SourceResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, item 3: no "met" from presence alone. Numbers are checked against their limits, dates against
 * their age, ISAOs against the known list, tests and documents by their facts, evidence files by their
 * existence; site evidence reaches the products built there; what does not apply or cannot be assessed
 * says so.
 */
class EvidenceSemanticsTest {
    private static final Catalog CATALOG = Catalog.load();
    private static final LocalDate ON = LocalDate.of(2026, 12, 4);

    @TempDir
    Path dir;

    private SystemModel withLifecycle(String lifecycle) {
        return Models.product(dir, "", "", "lifecycle: " + lifecycle + "\n");
    }

    private SystemModel withSections(String system, String sections) {
        return Models.product(dir, system, "", sections);
    }

    /** A product with these system fields (markets included) and nothing else. */
    private SystemModel system(String fields) {
        return Models.yaml(
                dir,
                """
                vigil: 1
                system: {id: sys, name: System, kind: product, %s}
                zones: [{id: z, type: home-network, trust: low}]
                components: [{id: dev, kind: device, zone: z, owner: manufacturer}]
                data: []
                flows: []
                """
                        .formatted(fields));
    }

    private EvidenceCheck check(SystemModel model) {
        return new EvidenceCheck(
                model,
                CATALOG,
                ON,
                new EvidenceFiles(model, Optional.of(SourceResolver.fileSystem())),
                List.of(),
                new OpenFindings(model, List.of()));
    }

    private static Evidence.Limits max(int max) {
        return new Evidence.Limits(OptionalInt.empty(), OptionalInt.of(max), OptionalInt.empty());
    }

    private static Evidence.Limits maxAge(int days) {
        return new Evidence.Limits(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.of(days));
    }

    private static ComplianceRow row(ComplianceReport report, String id) {
        return report.rows().stream()
                .filter(r -> r.requirement().id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static ComplianceReport judge(SystemModel model) {
        return Compliance.evaluate(model, List.of(), ComplianceOptions.ALL);
    }

    @Test
    void aYearlyPatchCadenceDoesNotMeetFixWithinSixtyDays() {
        Evidence sixty = new Evidence.Lifecycle("monitoring.patchCadenceDays", max(60));
        TermResult yearly =
                check(withLifecycle("{monitoring: {patchCadenceDays: 365}}")).check(sixty);
        assertThat(yearly.outcome()).isEqualTo(TermResult.Outcome.FAILS);
        assertThat(yearly.shortfall()).contains("365").contains("maximum of 60");
        assertThat(check(withLifecycle("{monitoring: {patchCadenceDays: 30}}"))
                        .check(sixty)
                        .outcome())
                .isEqualTo(TermResult.Outcome.HOLDS);
        // the catalog's requirement uses the limit
        assertThat(CATALOG.requirement("fda-post-vii-b-60-days").evidence()).contains(sixty);
    }

    @Test
    void anOldDateFailsAMaximumAge() {
        Evidence fresh = new Evidence.Lifecycle("design.threatModelReviewed", maxAge(365));
        assertThat(check(withLifecycle("{design: {threatModelReviewed: 2020-01-01}}"))
                        .check(fresh)
                        .shortfall())
                .contains("days old on 2026-12-04");
        assertThat(check(withLifecycle("{design: {threatModelReviewed: 2026-06-01}}"))
                        .check(fresh)
                        .outcome())
                .isEqualTo(TermResult.Outcome.HOLDS);
    }

    @Test
    void anyStringIsNotAnIsaoAndMembershipNeedsMoreThanAName() {
        Evidence named = new Evidence.Isao("named");
        Evidence member = new Evidence.Isao("member");
        SystemModel invented = withLifecycle("{monitoring: {isao: Our Friends Club}}");
        assertThat(check(invented).check(named).shortfall()).contains("not a known ISAO");
        SystemModel nameOnly = withLifecycle("{monitoring: {isao: H-ISAC}}");
        assertThat(check(nameOnly).check(named).outcome()).isEqualTo(TermResult.Outcome.HOLDS);
        assertThat(check(nameOnly).check(member).outcome()).isEqualTo(TermResult.Outcome.PARTLY);
        SystemModel memberSince = withLifecycle("{monitoring: {isao: {name: Health-ISAC, memberSince: 2024-01-15}}}");
        assertThat(check(memberSince).check(member).outcome()).isEqualTo(TermResult.Outcome.HOLDS);
        assertThat(row(judge(nameOnly), "fda-post-vii-b-isao").status()).isNotEqualTo(ComplianceStatus.MET);
    }

    @Test
    void autoLogoffEmergencyAccessAndDeidentificationAreMetOnlyFromCapabilityFacts() {
        SystemModel without = Models.product(dir, "", "", "");
        for (String id : List.of("mds2-alof", "mds2-emrg", "mds2-didt")) {
            assertThat(row(judge(without), id).status()).as(id).isEqualTo(ComplianceStatus.GAP);
        }
        SystemModel with = Models.product(
                dir, "", ", capabilities: {autoLogoffMinutes: 5, emergencyAccess: true, deidentification: false}", "");
        for (String id : List.of("mds2-alof", "mds2-emrg", "mds2-didt")) {
            assertThat(row(judge(with), id).status()).as(id).isEqualTo(ComplianceStatus.MET);
        }
    }

    @Test
    void aTestCountsWithItsKindResultIndependenceAndAge() throws IOException {
        Files.writeString(dir.resolve("pentest.md"), "report");
        Evidence independent = new Evidence.Test("penetration", Optional.of(true), maxAge(730));
        String test =
                "tests:\n  - {id: pt, kind: penetration, independent: %s, date: %s, result: %s, report: pentest.md}\n";
        assertThat(check(withSections("", test.formatted("true", "2026-01-10", "pass")))
                        .check(independent)
                        .outcome())
                .isEqualTo(TermResult.Outcome.HOLDS);
        assertThat(check(withSections("", test.formatted("false", "2026-01-10", "pass")))
                        .check(independent)
                        .shortfall())
                .contains("not independent");
        assertThat(check(withSections("", test.formatted("true", "2026-01-10", "fail")))
                        .check(independent)
                        .shortfall())
                .contains("result fail");
        assertThat(check(withSections("", test.formatted("true", "2020-01-10", "pass")))
                        .check(independent)
                        .shortfall())
                .contains("dated 2020-01-10");
        assertThat(check(withSections("", "")).check(independent).outcome()).isEqualTo(TermResult.Outcome.FAILS);
    }

    @Test
    void evidenceFilesMustExistRelativeToTheModelUnlessChecksAreOff() throws IOException {
        Evidence plan = new Evidence.Lifecycle("design.securityRiskManagementPlan");
        SystemModel missing = withLifecycle("{design: {securityRiskManagementPlan: docs/srmp.pdf}}");
        assertThat(check(missing).check(plan).shortfall())
                .contains("docs/srmp.pdf, which does not exist relative to the model");
        assertThat(new EvidenceCheck(missing, CATALOG, new OpenFindings(missing, List.of()))
                        .check(plan)
                        .outcome())
                .as("file checks off")
                .isEqualTo(TermResult.Outcome.HOLDS);
        assertThat(row(Compliance.evaluate(missing, List.of(), ComplianceOptions.ALL.withoutFileChecks()), "fda-pre-iv")
                        .status())
                .isEqualTo(ComplianceStatus.MET);
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("docs/srmp.pdf"), "plan");
        assertThat(check(withLifecycle("{design: {securityRiskManagementPlan: docs/srmp.pdf}}"))
                        .check(plan)
                        .outcome())
                .isEqualTo(TermResult.Outcome.HOLDS);
        // free text is not a file; a document id stands for its document's path
        assertThat(check(withLifecycle("{development: {secureCodingStandard: SEI CERT C}}"))
                        .check(new Evidence.Lifecycle("development.secureCodingStandard"))
                        .outcome())
                .isEqualTo(TermResult.Outcome.HOLDS);
        SystemModel document = withSections(
                "",
                "documents:\n  - {id: srmp, title: Plan, kind: security-risk-management-plan, path: gone.pdf}\n"
                        + "lifecycle: {design: {securityRiskManagementPlan: srmp}}\n");
        assertThat(check(document).check(plan).shortfall()).contains("document srmp names gone.pdf");
    }

    @Test
    void aSiteThatBuildsTheProductSuppliesItsBuildEvidence() throws IOException {
        Files.writeString(
                dir.resolve("site.yaml"),
                """
                vigil: 1
                system: {id: plant, name: Plant, kind: site}
                zones: [{id: z, type: production, trust: high}]
                components: [{id: station, kind: programming-station, zone: z}]
                data: []
                flows: []
                lifecycle: {development: {secureDevelopmentEnvironment: true}}
                """);
        SystemModel built = withSections(", builtAt: [{site: plant, model: site.yaml}]", "");
        ComplianceRow row = row(judge(built), "iec-81001-5-1-4-1");
        assertThat(row.status()).isEqualTo(ComplianceStatus.MET);
        assertThat(row.evidence()).contains("site plant: lifecycle.development.secureDevelopmentEnvironment = true");
        assertThat(row(judge(withSections("", "")), "iec-81001-5-1-4-1").status())
                .isEqualTo(ComplianceStatus.GAP);
    }

    @Test
    void theIvdrAppliesToIvdsOnlyAndPmaReportsToPmaDevicesOnly() {
        SystemModel device = system("markets: [us, eu], pathways: {us: 510k}");
        assertThat(row(judge(device), "ivdr-art-82").status()).isEqualTo(ComplianceStatus.NOT_APPLICABLE);
        assertThat(row(judge(device), "mdr-art-87").applicable()).isTrue();
        assertThat(row(judge(device), "fda-post-viii").status()).isEqualTo(ComplianceStatus.NOT_APPLICABLE);
        assertThat(row(judge(device), "fda-post-viii").reason()).contains("system.pathways.us is 510k");
        SystemModel ivd = system("markets: [us, eu], ivd: true, classes: {eu: C}, pathways: {us: pma}");
        assertThat(row(judge(ivd), "ivdr-art-82").applicable()).isTrue();
        assertThat(row(judge(ivd), "mdr-art-87").status()).isEqualTo(ComplianceStatus.NOT_APPLICABLE);
        assertThat(row(judge(ivd), "fda-post-viii").status()).isIn(ComplianceStatus.GAP, ComplianceStatus.PARTIAL);
        ComplianceRow unstated = row(judge(withSections("", "")), "fda-post-viii");
        assertThat(unstated.status()).isEqualTo(ComplianceStatus.NOT_ASSESSABLE);
        assertThat(unstated.reason()).contains("system.pathways.us is not stated");
    }

    @Test
    void aRequirementTheFormatCannotExpressIsNotAssessableNamingTheFactNeverAGap() {
        ComplianceRow row = row(judge(withSections("", "")), "fda-post-vii-b-30-days");
        assertThat(row.status()).isEqualTo(ComplianceStatus.NOT_ASSESSABLE);
        assertThat(row.reason())
                .contains(CATALOG.requirement("fda-post-vii-b-30-days").needs());
        assertThat(CATALOG.requirement("fda-post-vii-b-30-days").needs()).contains("30 days");
    }

    @Test
    void marketsWithoutAFrameworkAreNamedInAWarning() {
        // every market has a product framework now; sites have NIS2 in the EU only
        assertThat(judge(system("markets: [us, jp]")).warnings()).isEmpty();
        ComplianceReport site = judge(
                Models.yaml(
                        dir,
                        """
                vigil: 1
                system: {id: plant, name: Plant, kind: site, markets: [eu, us]}
                zones: [{id: z, type: office-it, trust: medium}]
                components: [{id: mes, kind: service, zone: z, owner: manufacturer}]
                data: []
                flows: []
                """));
        assertThat(site.warnings()).anySatisfy(w -> assertThat(w)
                .contains("names us,")
                .contains("no site framework")
                .doesNotContain("eu"));
        assertThat(judge(withSections("", "")).warnings()).isEmpty();
    }

    @Test
    void theActionListNamesEachMissingPieceOnceWithEveryRequirementItServes() {
        ComplianceReport report = judge(withSections("", ""));
        List<ActionList.Action> actions =
                report.actions().stream().flatMap(t -> t.actions().stream()).toList();
        assertThat(actions).extracting(ActionList.Action::item).doesNotHaveDuplicates();
        ActionList.Action cvd = actions.stream()
                .filter(a -> a.item().equals("lifecycle: monitoring.cvdPolicy"))
                .findFirst()
                .orElseThrow();
        assertThat(cvd.requirements()).contains("fda-524b-b1", "imdrf-n60-6-3", "iec-81001-5-1-9");
        // every requirement it closes is one it serves, and is one whose only missing piece it is
        assertThat(cvd.requirements()).containsAll(cvd.closes());
        for (ActionList.ThemeActions t : report.actions()) {
            assertThat(t.actions())
                    .isSortedAccordingTo((a, b) ->
                            Integer.compare(b.closes().size(), a.closes().size()));
        }
    }
}
