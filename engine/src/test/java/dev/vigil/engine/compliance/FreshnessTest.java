package dev.vigil.engine.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.assessment.Assessment;
import dev.vigil.engine.catalog.Catalog;
import dev.vigil.engine.catalog.Evidence;
import dev.vigil.engine.catalog.Requirement;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.risk.RiskMatrix;
import dev.vigil.engine.source.SourceResolver;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, item 3 (freshness): the requirements whose source repeats at a stated interval (the MDR and IVDR
 * periodic safety update reports, the FDA PMA periodic reports) bound the age of their evidence; older
 * evidence is partial with its date and the limit in the reason, fresher is met, and the age is judged on the
 * assessment date given, never the clock. Where the source names no interval (the CRA's regular tests) no
 * limit is set.
 */
class FreshnessTest {

    @TempDir
    Path dir;

    /** A product in the markets, with these system fields, its reporting procedure and one dated document. */
    private SystemModel product(String system, String kind, String date) {
        return Models.yaml(
                dir,
                """
                vigil: 1
                system: {id: sys, name: System, kind: product, %s}
                zones: [{id: z, type: home-network, trust: low}]
                components: [{id: dev, kind: device, zone: z, owner: manufacturer}]
                data: []
                flows: []
                documents:
                  - {id: periodic, title: Periodic report, kind: %s, version: "1", date: %s}
                lifecycle:
                  monitoring: {regulatoryReporting: "vigilance and 806 procedure SOP-12"}
                """
                        .formatted(system, kind, date));
    }

    private static ComplianceRow judge(SystemModel model, LocalDate on, String requirement) {
        Assessment assessment = Assessment.of(model, on, RiskMatrix.standard());
        return Compliance.evaluate(assessment, ComplianceOptions.ALL, on, SourceResolver.fileSystem()).rows().stream()
                .filter(r -> r.requirement().id().equals(requirement))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aClassIIbPsurOlderThanAYearIsPartialWithItsDateAndTheLimit() {
        SystemModel model = product("markets: [eu], classes: {eu: IIb}", "periodic-safety-update-report", "2025-10-01");
        ComplianceRow old = judge(model, LocalDate.of(2026, 12, 4), "mdr-art-86");
        assertThat(old.status()).isEqualTo(ComplianceStatus.PARTIAL);
        assertThat(old.reason())
                .contains("dated 2025-10-01")
                .contains("429 days old on 2026-12-04, more than the 365 days allowed");
        // the same model judged on an earlier date: the report is within its year
        ComplianceRow fresh = judge(model, LocalDate.of(2026, 9, 30), "mdr-art-86");
        assertThat(fresh.status()).isEqualTo(ComplianceStatus.MET);
        assertThat(fresh.evidence()).anySatisfy(e -> assertThat(e).contains("2025-10-01"));
    }

    @Test
    void classIIaIsGivenTwoYearsAndClassIIbOnlyOne() {
        SystemModel iia = product("markets: [eu], classes: {eu: IIa}", "periodic-safety-update-report", "2025-10-01");
        LocalDate on = LocalDate.of(2026, 12, 4);
        assertThat(judge(iia, on, "mdr-art-86-iia").status()).isEqualTo(ComplianceStatus.MET);
        assertThat(judge(iia, on, "mdr-art-86").status()).isEqualTo(ComplianceStatus.NOT_APPLICABLE);
        assertThat(judge(iia, LocalDate.of(2027, 10, 2), "mdr-art-86-iia").reason())
                .contains("731 days old on 2027-10-02, more than the 730 days allowed");
    }

    @Test
    void theIvdrPsurOfClassesCAndDIsYearly() {
        SystemModel ivd =
                product("markets: [eu], ivd: true, classes: {eu: C}", "periodic-safety-update-report", "2026-01-10");
        assertThat(judge(ivd, LocalDate.of(2026, 12, 4), "ivdr-art-81").status())
                .isEqualTo(ComplianceStatus.MET);
        ComplianceRow late = judge(ivd, LocalDate.of(2027, 1, 11), "ivdr-art-81");
        assertThat(late.status()).isEqualTo(ComplianceStatus.PARTIAL);
        assertThat(late.reason()).contains("366 days old on 2027-01-11, more than the 365 days allowed");
    }

    @Test
    void aPmaPeriodicReportOlderThanAYearIsPartial() {
        SystemModel pma = product("markets: [us], pathways: {us: pma}", "pma-periodic-report", "2025-06-30");
        assertThat(judge(pma, LocalDate.of(2026, 6, 30), "fda-post-viii").status())
                .isEqualTo(ComplianceStatus.MET);
        ComplianceRow late = judge(pma, LocalDate.of(2026, 12, 4), "fda-post-viii");
        assertThat(late.status()).isEqualTo(ComplianceStatus.PARTIAL);
        assertThat(late.reason()).contains("dated 2025-06-30").contains("more than the 365 days allowed");
    }

    @Test
    void aReportWithoutADateIsNotFresh() {
        SystemModel undated = Models.yaml(
                dir,
                """
                vigil: 1
                system: {id: sys, name: System, kind: product, markets: [eu], classes: {eu: III}}
                zones: [{id: z, type: home-network, trust: low}]
                components: [{id: dev, kind: device, zone: z, owner: manufacturer}]
                data: []
                flows: []
                documents:
                  - {id: periodic, title: Periodic report, kind: periodic-safety-update-report}
                lifecycle:
                  monitoring: {regulatoryReporting: "vigilance procedure"}
                """);
        ComplianceRow row = judge(undated, LocalDate.of(2026, 12, 4), "mdr-art-86");
        assertThat(row.status()).isEqualTo(ComplianceStatus.PARTIAL);
        assertThat(row.reason()).contains("date not stated");
    }

    /**
     * The catalog's freshness rules are exactly those whose source states an interval, and each says in its note
     * what its number rests on; the CRA's "regular" tests, which name none, carry no limit.
     */
    @Test
    void everyAgeLimitIsOneTheSourceStatesAndItsNoteSaysSo() {
        Map<String, Integer> limits = new java.util.TreeMap<>();
        for (Requirement r : Catalog.load().requirements()) {
            r.evidence().stream()
                    .flatMap(FreshnessTest::terms)
                    .filter(e -> e.limits().maxAgeDays().isPresent())
                    .forEach(e -> {
                        limits.put(r.id(), e.limits().maxAgeDays().getAsInt());
                        assertThat(r.note())
                                .as(r.id())
                                .contains(
                                        "maxAgeDays " + e.limits().maxAgeDays().getAsInt());
                    });
        }
        assertThat(limits)
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("mdr-art-86", 365, "mdr-art-86-iia", 730, "ivdr-art-81", 365, "fda-post-viii", 365));
        assertThat(Catalog.load().requirement("cra-annex-i-2-3").note()).contains("names no interval");
    }

    private static Stream<Evidence> terms(Evidence e) {
        return e instanceof Evidence.AnyOf any ? any.options().stream().flatMap(FreshnessTest::terms) : Stream.of(e);
    }
}
