package dev.vigil.engine.postmarket.clocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.engine.catalog.Catalog;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ClockRulesTest {

    @Test
    void theBundledRulesLoadAndEachHasACitationAndANote() {
        ClockRules rules = ClockRules.standard();
        assertThat(rules.rules()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(rules.defaultDisclosureDays()).isEqualTo(90);
        for (ClockRule r : rules.rules()) {
            assertThat(r.citation().section()).as(r.id()).isNotBlank();
            assertThat(r.citation().documentId()).as(r.id()).isNotBlank();
        }
    }

    @Test
    void rulesThatNameACatalogRequirementTakeItsCitationFromTheCatalog() {
        ClockRule r = ClockRules.standard().find("fda-uncontrolled-communicate").orElseThrow();
        var req = Catalog.load().requirement("fda-post-vii-b-30-days");
        assertThat(r.citation().section()).isEqualTo(req.section());
        assertThat(r.citation().verified()).isEqualTo(req.verified());
        assertThat(r.citation().requirement()).hasValue("fda-post-vii-b-30-days");
    }

    @Test
    void theIssuesPeriodsAreTheRulesPeriods() {
        ClockRules rules = ClockRules.standard();
        assertThat(rules.find("fda-uncontrolled-communicate").orElseThrow().days())
                .hasValue(30);
        assertThat(rules.find("fda-uncontrolled-remediate").orElseThrow().days())
                .hasValue(60);
        assertThat(rules.find("fda-803-30").orElseThrow().days()).hasValue(30);
        assertThat(rules.find("fda-803-5day").orElseThrow().workingDays()).isTrue();
        assertThat(rules.find("eu-mdr-87-serious-incident").orElseThrow().days())
                .hasValue(15);
        assertThat(rules.find("eu-mdr-87-death").orElseThrow().days()).hasValue(10);
        assertThat(rules.find("eu-mdr-87-public-health").orElseThrow().days()).hasValue(2);
        assertThat(rules.find("fda-806").orElseThrow().days()).hasValue(10);
    }

    @Test
    void workingDaysSkipWeekends() {
        // Friday 2026-11-06 + 1 working day is Monday 2026-11-09; + 5 is Friday 2026-11-13
        assertThat(ClockEvaluator.add(LocalDate.parse("2026-11-06"), 1, true)).hasToString("2026-11-09");
        assertThat(ClockEvaluator.add(LocalDate.parse("2026-11-06"), 5, true)).hasToString("2026-11-13");
        assertThat(ClockEvaluator.add(LocalDate.parse("2026-11-02"), 30, false)).hasToString("2026-12-02");
    }

    @Test
    void aBrokenRuleIsReportedWithItsLocation() {
        String text = "clocks: 1\ndisclosureDays: 90\nrules:\n  - id: x\n    regulator: r\n    when: [sometimes]\n"
                + "    start: [aware]\n    days: 3\n    done: report\n    must: m\n    to: t\n"
                + "    requirement: no-such-requirement\n";
        assertThatThrownBy(() -> ClockRules.parse(Path.of("clocks.yaml"), text, Catalog.load()))
                .isInstanceOf(InvalidClockRulesException.class)
                .hasMessageContaining("clocks.yaml:6:12: unknown condition 'sometimes'")
                .hasMessageContaining("clocks.yaml:12:18: unknown catalog requirement 'no-such-requirement'");
    }
}
