package dev.vigil.engine.postmarket;

import static dev.vigil.engine.postmarket.CaseFixtures.caseOf;
import static dev.vigil.engine.postmarket.CaseFixtures.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.engine.postmarket.RiskDecision.Verdict;
import dev.vigil.engine.postmarket.casefile.CaseReader;
import dev.vigil.engine.postmarket.casefile.InvalidCaseException;
import dev.vigil.engine.postmarket.clocks.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaseCheckTest {

    private static final String BOLUS =
            "elements: [pump, app-to-pump]\ncvss: \"CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:H\"\n";

    private static Optional<Clock> clock(CaseReport r, String rule) {
        return r.clocks().stream().filter(c -> c.rule().id().equals(rule)).findFirst();
    }

    @Test
    void theReferenceCaseIsUncontrolledWithTheFdaThirtyAndSixtyDayClocks() {
        CaseReport r = check(new CaseReader().read(CaseFixtures.REFERENCE_CASE), "2026-11-10");
        assertThat(r.verdict()).isEqualTo(Verdict.UNCONTROLLED);
        assertThat(clock(r, "fda-uncontrolled-communicate").orElseThrow().due())
                .hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2026-12-02"));
        assertThat(clock(r, "fda-uncontrolled-remediate").orElseThrow().due())
                .hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2027-01-01"));
        // customersNotified is 2026-11-20: on 2026-11-10 it has not happened yet
        assertThat(clock(r, "fda-uncontrolled-communicate").orElseThrow().state())
                .isEqualTo(Clock.State.OPEN);
        assertThat(r.anyOverdue()).isFalse();
    }

    @Test
    void aMilestoneOnTimeMeetsItsClock() {
        CaseReport r = check(new CaseReader().read(CaseFixtures.REFERENCE_CASE), "2026-11-25");
        Clock told = clock(r, "fda-uncontrolled-communicate").orElseThrow();
        assertThat(told.state()).isEqualTo(Clock.State.MET);
        assertThat(told.done()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2026-11-20"));
    }

    @Test
    void anUncontrolledRiskPastThirtyDaysWithoutCustomerNotificationIsOverdue() {
        CaseReport r = check(caseOf(BOLUS, ""), "2026-12-03");
        assertThat(r.verdict()).isEqualTo(Verdict.UNCONTROLLED);
        assertThat(clock(r, "fda-uncontrolled-communicate").orElseThrow().state())
                .isEqualTo(Clock.State.OVERDUE);
        assertThat(r.anyOverdue()).isTrue();
    }

    @Test
    void knownAdverseEventsStartTheIncidentReportsWhichGoOverdue() {
        CaseReport r = check(caseOf(BOLUS + "adverseEvents: true\n", ""), "2026-12-10");
        assertThat(clock(r, "fda-803-30").orElseThrow().state()).isEqualTo(Clock.State.OVERDUE);
        assertThat(clock(r, "eu-mdr-87-death").orElseThrow().due())
                .hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2026-11-12"));
        assertThat(clock(r, "eu-mdr-87-serious-incident")).isEmpty();
        assertThat(r.facts()).contains(dev.vigil.engine.postmarket.clocks.Condition.FDA_CONDITIONS_UNMET);
        assertThat(r.anyOverdue()).isTrue();
    }

    @Test
    void aControlledRiskRunsNoFdaThirtyOrSixtyDayClock() {
        // SWD needs a hand on the board: physical, complex, privileged; band 1 is controlled even for catastrophic harm
        CaseReport r = check(
                caseOf("elements: [pump]\ncvss: \"CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N\"\n", ""), "2027-06-01");
        assertThat(r.verdict()).isEqualTo(Verdict.CONTROLLED);
        assertThat(r.clocks())
                .extracting(c -> c.rule().id())
                .doesNotContain("fda-uncontrolled-communicate", "fda-uncontrolled-remediate");
        assertThat(r.skipped()).anySatisfy(s -> {
            assertThat(s.rule().id()).isEqualTo("fda-uncontrolled-communicate");
            assertThat(s.reason()).contains("uncontrolled");
        });
    }

    @Test
    void theModelsMarketsDecideWhichRegulatorsClocksRun() throws java.io.IOException {
        String text = java.nio.file.Files.readString(CaseFixtures.MODEL)
                .replace("markets: [us, eu, ca, au, fr]", "markets: [fr]");
        var model = new dev.vigil.engine.load.ModelLoader()
                .load(CaseFixtures.MODEL, text, dev.vigil.engine.source.SourceResolver.fileSystem())
                .orThrow();
        CaseReport r = new CaseCheck()
                .check(caseOf(BOLUS + "adverseEvents: true\n", ""), model, java.time.LocalDate.parse("2026-11-03"));
        // France counts as the EU: the MDR clocks run, the FDA, Health Canada and TGA ones do not
        assertThat(r.clocks()).extracting(c -> c.rule().id()).contains("eu-mdr-87-death", "eu-mdr-87-fsca");
        assertThat(r.clocks()).extracting(c -> c.rule().regulator()).doesNotContain("FDA", "Health Canada", "TGA");
        assertThat(r.skipped()).anySatisfy(s -> {
            assertThat(s.rule().id()).isEqualTo("fda-803-30");
            assertThat(s.reason()).contains("markets do not include us");
        });
    }

    @Test
    void theModelsPathLimitsAVectorThatClaimsMoreReach() {
        // the vector says network, but the pump is reached only over BLE (adjacent)
        CaseReport r = check(
                caseOf("elements: [pump]\ncvss: \"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:H\"\n", ""), "2026-11-03");
        RiskDecision d = r.decisions().get(0);
        assertThat(d.factors()).anySatisfy(f -> {
            assertThat(f.name()).isEqualTo("attack vector");
            assertThat(f.value()).isEqualTo("adjacent");
            assertThat(f.reason()).contains("limits");
        });
    }

    @Test
    void withoutAVectorEveryFactorComesFromTheModelAndTheVectorIsDerived() {
        CaseReport r = check(caseOf("elements: [app-to-pump]\n", ""), "2026-11-03");
        RiskDecision d = r.decisions().get(0);
        assertThat(d.vectorStated()).isFalse();
        assertThat(d.cvssVector()).startsWith("CVSS:3.1/AV:A/");
        assertThat(d.factors()).anySatisfy(f -> assertThat(f.facts()).contains("flows.app-to-pump.network=adjacent"));
    }

    @Test
    void knownExploitationSetsTheBandToFive() {
        CaseReport r = check(
                caseOf(
                        "elements: [pump]\ncvss: \"CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N\"\nexploited: true\n",
                        ""),
                "2026-11-03");
        assertThat(r.decisions().get(0).band()).isEqualTo(5);
        assertThat(r.verdict()).isEqualTo(Verdict.UNCONTROLLED);
    }

    @Test
    void aCaseAboutAnotherProductOrUnknownElementsIsRefusedWithLocations() {
        var c = new CaseReader()
                .parse(
                        java.nio.file.Path.of("x.yaml"),
                        "vigil-case: 1\nid: c\ntitle: t\nproduct: other\naware: 2026-11-02\nsource: feed\n"
                                + "vulnerabilities:\n  - {id: V, title: v, affected: any, elements: [nope]}\n"
                                + "milestones: {reports: [{rule: no-such-rule, filed: 2026-11-03}]}\n");
        assertThatThrownBy(() -> CaseFixtures.check(c, "2026-11-03"))
                .isInstanceOf(InvalidCaseException.class)
                .satisfies(e -> assertThat(((InvalidCaseException) e).lines())
                        .containsExactly(
                                "x.yaml:4:10: the case is about product 'other' but the model is of 'glucoflow'",
                                "x.yaml:8:49: element 'nope' is not defined in the model of glucoflow",
                                "x.yaml:9:31: no clock rule 'no-such-rule' (see 'vigil case rules')"));
    }
}
