package dev.vigil.engine.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SupportFieldsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "vigil:support:level",
                "fda:support-level",
                "fda:level-of-support",
                "Level of support",
                "supportLevel"
            })
    void supportLevelSpellings(String name) {
        assertThat(SupportFields.fieldOf(name)).contains(SupportFields.Field.LEVEL);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "vigil:support:end",
                "fda:end-of-support",
                "fda:end-of-support-date",
                "End of support",
                "eol",
                "endOfLife"
            })
    void endOfSupportSpellings(String name) {
        assertThat(SupportFields.fieldOf(name)).contains(SupportFields.Field.END);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cdx:npm:package:path", "support-email", "level", "acme:support:level", ""})
    void otherNamesAreNotSupportFields(String name) {
        assertThat(SupportFields.fieldOf(name)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2030-12-31", "2030-12-31T00:00:00Z", "2030-12-31T23:00:00+02:00"})
    void datesAndDateTimesGiveTheDay(String value) {
        assertThat(SupportFields.date(value)).contains(LocalDate.of(2030, 12, 31));
    }

    @ParameterizedTest
    @ValueSource(strings = {"end of 2030", "31.12.2030", " "})
    void otherTextIsNoDate(String value) {
        assertThat(SupportFields.date(value)).isEqualTo(Optional.empty());
    }
}
