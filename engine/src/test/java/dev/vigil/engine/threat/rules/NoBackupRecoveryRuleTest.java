package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class NoBackupRecoveryRuleTest {

    private final Rule rule = new NoBackupRecoveryRule();

    private static ModelIndex database(String purpose, String controls) {
        return TestModels.product(
                "  - {id: db, kind: database, zone: z}\n  - {id: vault, kind: file-store, zone: z}\n",
                """
                data: [{id: rec, category: phi, confidentiality: 5, integrity: 4, availability: 3}]
                flows:
                  - {id: copy, from: db, to: vault, data: [rec], network: local%s}
                controls: %s
                """
                        .formatted(purpose, controls));
    }

    @Test
    void aDatabaseWithoutBackupFlowOrRecoveryControlIsAWeakness() {
        var hits = rule.check(
                database("", "[{id: c, name: Offline copy, category: resiliency-recovery, appliesTo: [vault]}]"));
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.element()).isEqualTo("db");
            assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
            assertThat(h.facts()).contains("flows[purpose=backup] of db=(none)");
        });
    }

    @Test
    void aBackupFlowCoversBothEnds() {
        assertThat(rule.check(database(", purpose: backup", "[]"))).isEmpty();
    }

    @Test
    void aRecoveryControlInAnotherCategoryDoesNotCount() {
        assertThat(rule.check(
                        database("", "[{id: c, name: Encryption, category: confidentiality, appliesTo: [db, vault]}]")))
                .hasSize(2);
    }
}
