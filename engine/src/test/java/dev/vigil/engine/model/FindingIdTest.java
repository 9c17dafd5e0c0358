package dev.vigil.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FindingIdTest {

    @Test
    void readsTheRuleAndTheElementAndWritesThemBackTheSame() {
        FindingId id = FindingId.parse("default-credentials@pump").orElseThrow();
        assertThat(id).isEqualTo(new FindingId("default-credentials", "pump"));
        assertThat(id.toString()).isEqualTo("default-credentials@pump");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "default-credentials", "@pump", "rule@", "a@b@c", "Rule@pump", "rule @pump"})
    void refusesTextThatIsNotRuleAtElement(String text) {
        assertThat(FindingId.parse(text)).isEmpty();
    }
}
