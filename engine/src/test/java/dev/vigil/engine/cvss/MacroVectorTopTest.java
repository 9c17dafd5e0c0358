package dev.vigil.engine.cvss;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CVSS v4.0 against FIRST's own calculator data (BSD-2-Clause): a vector equal to the
 * highest-severity vector of its MacroVector has severity distance 0, so its score is exactly the
 * MacroVector's lookup value. One vector per MacroVector, built from the calculator's
 * {@code max_composed.js} (first entry of each level, transcribed below).
 */
class MacroVectorTopTest {

    private static final Map<String, String> EQ1 =
            Map.of("0", "AV:N/PR:N/UI:N", "1", "AV:A/PR:N/UI:N", "2", "AV:P/PR:N/UI:N");
    private static final Map<String, String> EQ2 = Map.of("0", "AC:L/AT:N", "1", "AC:H/AT:N");
    private static final Map<String, String> EQ3_EQ6 = Map.of(
            "00", "VC:H/VI:H/VA:H/CR:H/IR:H/AR:H",
            "01", "VC:H/VI:H/VA:L/CR:M/IR:M/AR:H",
            "10", "VC:L/VI:H/VA:H/CR:H/IR:H/AR:H",
            "11", "VC:L/VI:H/VA:L/CR:H/IR:M/AR:H",
            "21", "VC:L/VI:L/VA:L/CR:H/IR:H/AR:H");
    private static final Map<String, String> EQ4 =
            Map.of("0", "SC:H/SI:S/SA:S", "1", "SC:H/SI:H/SA:H", "2", "SC:L/SI:L/SA:L");
    private static final Map<String, String> EQ5 = Map.of("0", "E:A", "1", "E:P", "2", "E:U");
    private static final List<String> ORDER = List.of(
            "AV", "AC", "AT", "PR", "UI", "VC", "VI", "VA", "SC", "SI", "SA", "E", "CR", "IR", "AR", "MSI", "MSA");

    static Stream<Arguments> macroVectors() {
        return ExpectedScores.lines(ExpectedScores.resource("first-cvss-v4-calculator/cvss_v4_macrovector_lookup.tsv"))
                .stream()
                .skip(1)
                .map(line -> line.split("\t"))
                .map(cells -> Arguments.of(cells[0], topVector(cells[0]), Double.valueOf(cells[1])));
    }

    /** The calculator's "SI:S" is only a modified (environmental) value: base SI:H plus MSI:S. */
    static String topVector(String macro) {
        Map<String, String> metrics = new LinkedHashMap<>();
        String composed = String.join(
                "/",
                EQ1.get(macro.substring(0, 1)),
                EQ2.get(macro.substring(1, 2)),
                EQ3_EQ6.get(macro.substring(2, 3) + macro.substring(5, 6)),
                EQ4.get(macro.substring(3, 4)),
                EQ5.get(macro.substring(4, 5)));
        for (String part : composed.split("/")) {
            String[] kv = part.split(":");
            if (kv[1].equals("S")) {
                metrics.put(kv[0], "H");
                metrics.put("M" + kv[0], "S");
            } else {
                metrics.put(kv[0], kv[1]);
            }
        }
        StringBuilder vector = new StringBuilder("CVSS:4.0");
        for (String name : ORDER) {
            if (metrics.containsKey(name)) {
                vector.append('/').append(name).append(':').append(metrics.get(name));
            }
        }
        return vector.toString();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("macroVectors")
    void topVectorOfEachMacroVectorScoresItsLookupValue(String macro, String vector, double expected) throws Exception {
        assertThat(Cvss.score(vector).score()).isEqualTo(expected);
    }

    @Test
    void everyMacroVectorOfTheTableIsCovered() {
        assertThat(macroVectors().count()).isEqualTo(270);
    }
}
