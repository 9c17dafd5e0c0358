package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class ProductionRecordIntegrityRuleTest {

    private final Rule rule = new ProductionRecordIntegrityRule();

    private static ModelIndex line(String recordIntegrity, String flowIntegrity) {
        return SiteModels.site(
                """
                - {id: tester, kind: test-station, zone: prod}
                - {id: mes, kind: mes, zone: prod}
                """,
                """
                data:
                  - {id: results, category: production-record, confidentiality: 2, integrity: 5, availability: 3}
                  - {id: cal, category: configuration, confidentiality: 2, integrity: 5, availability: 3}
                flows:
                  - {id: upload, from: tester, to: mes, data: [results], network: adjacent%s}
                production:
                  - {id: test, name: Test, station: tester, injects: [cal], verification: signature, produces: [results]%s}
                """
                        .formatted(flowIntegrity, recordIntegrity));
    }

    @Test
    void recordsProducedWithOnlyAChecksumAreAWeaknessOnTheStep() {
        assertThat(rule.check(line(", recordIntegrity: checksum", ", integrity: signature")))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.element()).isEqualTo("test");
                    assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
                    assertThat(h.facts()).contains("production.test.recordIntegrity=checksum");
                });
    }

    @Test
    void recordsCarriedWithoutIntegrityAreAWeaknessOnTheFlow() {
        assertThat(rule.check(line(", recordIntegrity: signature", ", integrity: none")))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.element()).isEqualTo("upload");
                    assertThat(h.facts()).contains("flows.upload.integrity=none");
                });
    }

    @Test
    void signedRecordsOnAMacProtectedFlowAreFine() {
        assertThat(rule.check(line(", recordIntegrity: signature", ", integrity: mac")))
                .isEmpty();
    }

    @Test
    void unstatedRecordIntegrityIsNotEnoughInformation() {
        assertThat(rule.check(line("", "")))
                .extracting(Hit::element, Hit::kind)
                .containsExactlyInAnyOrder(
                        tuple("test", Hit.Kind.NOT_ENOUGH_INFORMATION),
                        tuple("upload", Hit.Kind.NOT_ENOUGH_INFORMATION));
    }
}
