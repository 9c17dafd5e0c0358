package dev.vigil.engine.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CSAF version ranges as CISA's medical advisories write them, and the loose ordering behind them. */
class CsafVersionRangeTest {

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource(
            delimiter = ';',
            value = {
                "<=12.1.3;12.1.3;true",
                "<=12.1.3;12.1.4;false",
                "< 12.2.8.410;12.2.8.409;true",
                "< 12.2.8.410;12.2.8.410;false",
                ">= 1.3.4 | < 1.5.3;1.4;true",
                ">= 1.3.4 | < 1.5.3;1.5.3;false",
                ">= 1.3.4 | < 1.5.3;1.3.3;false",
                "5.0|5.1;5.1;true",
                "5.0|5.1;5.2;false",
                "<= 12.2.x.x;12.2.9.1;true",
                "<= 12.2.x.x;12.3.0.0;false",
                "vers:all/*;anything;true",
                "vers:generic/<2.0;1.9;true",
                "<= U61 |<= L81;L80;true",
                "All versions < CPCI85 V05.11;CPCI85 V05.10;true",
                "All versions < CPCI85 V05.11;CPCI85 V05.11;false",
                "<= 2.4A;2.4;true",
                "<= 2.4A;2.4B;false",
                "distributed  < april 1, 2018;1.0;false",
            })
    void rangesContainTheVersionsTheySay(String range, String version, boolean expected) {
        assertThat(CsafVersionRange.parse(range).map(r -> r.contains(version)).orElse(false))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource({
        "1.0,1.0.0,0",
        "1.0,1.0.1,-1",
        "1.0.2,1.0.2h,-1",
        "1.10,1.9,1",
        "v2.0,2.0,0",
        "012U000040,12U000040,0",
        "1.0.beta,1.0.1,-1",
    })
    void looseVersionsCompareNumbersAsNumbers(String a, String b, int expected) {
        assertThat(Integer.signum(LooseVersion.compare(a, b))).isEqualTo(expected);
    }
}
