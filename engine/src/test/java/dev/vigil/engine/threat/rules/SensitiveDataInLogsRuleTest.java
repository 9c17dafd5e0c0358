package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class SensitiveDataInLogsRuleTest {

    private final Rule rule = new SensitiveDataInLogsRule();

    private static ModelIndex flowTo(String sink, String data) {
        return TestModels.product(
                """
                  - {id: siem, kind: log-server, zone: z}
                  - {id: collector, kind: service, zone: z, functions: [logging]}
                  - {id: clinical, kind: service, zone: z, functions: [monitoring, logging]}
                """,
                """
                data:
                  - {id: phi, category: phi, confidentiality: 5, integrity: 3, availability: 2}
                  - {id: events, category: log, confidentiality: 2, integrity: 3, availability: 2}
                flows:
                  - {id: f, from: b, to: %s, data: [%s], network: local}
                """
                        .formatted(sink, data));
    }

    @Test
    void patientDataSentToALogServerIsAWeakness() {
        assertThat(rule.check(flowTo("siem", "phi, events"))).singleElement().satisfies(h -> {
            assertThat(h.element()).isEqualTo("f");
            assertThat(h.facts()).contains("components.siem.kind=log-server", "flows.f.data=[phi]");
        });
    }

    @Test
    void patientDataSentToAComponentWhoseOnlyFunctionIsLoggingIsAWeakness() {
        assertThat(rule.check(flowTo("collector", "phi"))).singleElement().satisfies(h -> assertThat(h.facts())
                .contains("components.collector.functions=[logging]"));
    }

    @Test
    void securityEventsWithoutPatientDataAreFine() {
        assertThat(rule.check(flowTo("siem", "events"))).isEmpty();
    }

    @Test
    void aClinicalServiceThatAlsoLogsIsNotTreatedAsALogSink() {
        assertThat(rule.check(flowTo("clinical", "phi"))).isEmpty();
    }
}
