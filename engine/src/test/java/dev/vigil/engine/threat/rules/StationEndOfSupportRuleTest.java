package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StationEndOfSupportRuleTest {

    /** Assessed on 2026-06-01, so the dates below are fixed in the past or the future. */
    private final Rule rule = new StationEndOfSupportRule();

    private static ModelIndex station(String kind, String software) {
        return SiteModels.site(
                        "- {id: st, kind: %s, zone: prod%s}\n".formatted(kind, software), "data: []\nflows: []\n")
                .on(LocalDate.parse("2026-06-01"));
    }

    @Test
    void aStationWhosePlatformSupportEndedBeforeTheAssessmentDateIsAWeakness() {
        assertThat(rule.check(station("test-station", ", software: {os: Windows 7, supportEnds: 2020-01-14}")))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.element()).isEqualTo("st");
                    assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
                    assertThat(h.facts())
                            .containsExactly(
                                    "components.st.software.os=Windows 7",
                                    "components.st.software.supportEnds=2020-01-14");
                });
    }

    @Test
    void aStationStillSupportedOnTheAssessmentDateIsFine() {
        assertThat(rule.check(station("plc", ", software: {os: S7 V3, supportEnds: 2026-06-02}")))
                .isEmpty();
    }

    @Test
    void officeWorkstationsAreNotThisRulesConcern() {
        assertThat(rule.check(station("workstation", ", software: {supportEnds: 2020-01-14}")))
                .isEmpty();
    }

    @Test
    void anUnstatedEndOfSupportIsNotEnoughInformation() {
        assertThat(rule.check(station("hmi", ", software: {os: Windows 10}")))
                .singleElement()
                .extracting(Hit::kind)
                .isEqualTo(Hit.Kind.NOT_ENOUGH_INFORMATION);
    }
}
