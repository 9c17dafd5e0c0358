package dev.vigil.engine.threat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.threat.rules.TestModels;
import org.junit.jupiter.api.Test;

class DecisionsTest {

    private final Decisions decisions = Decisions.of(TestModels.product(
                    "",
                    """
            data: []
            flows: []
            tracking:
              - {finding: shared-account@b, status: mitigated}
              - {finding: shared-account@a, status: open}
            assumptions:
              - {id: lab-only, text: Used in the lab only., excludes: [{rule: debug-port-enabled, element: b}]}
            """)
            .model());

    @Test
    void aDecidedFindingIsClosedAndAnOpenTrackingEntryKeepsItOpen() {
        assertThat(decisions.isOpen("shared-account@b")).isFalse();
        assertThat(decisions.isOpen("shared-account@a")).isTrue();
        assertThat(decisions.tracking("shared-account@b")).isPresent();
    }

    @Test
    void anExcludedFindingIsClosedAndNamesItsAssumption() {
        assertThat(decisions.isOpen("debug-port-enabled@b")).isFalse();
        assertThat(decisions.exclusion("debug-port-enabled@b"))
                .hasValueSatisfying(a -> assertThat(a.id()).isEqualTo("lab-only"));
    }

    @Test
    void anUntrackedFindingIsOpen() {
        assertThat(decisions.isOpen("default-credentials@a")).isTrue();
        assertThat(decisions.tracking("default-credentials@a")).isEmpty();
    }
}
