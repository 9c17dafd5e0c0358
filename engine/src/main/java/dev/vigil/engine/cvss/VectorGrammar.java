package dev.vigil.engine.cvss;

import static dev.vigil.engine.cvss.MetricGroup.BASE;
import static dev.vigil.engine.cvss.MetricGroup.ENVIRONMENTAL;
import static dev.vigil.engine.cvss.MetricGroup.SUPPLEMENTAL;
import static dev.vigil.engine.cvss.MetricGroup.TEMPORAL;
import static dev.vigil.engine.cvss.MetricGroup.THREAT;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The metrics and values each CVSS version allows, in the order of the specification's vector
 * string tables (v3.1 table 15, v4.0 table 23). Scoring is the library's job; this grammar exists
 * so that an invalid vector is rejected with a precise reason instead of being scored leniently.
 */
final class VectorGrammar {

    /** One metric: its abbreviation, group and allowed values ({@code X} = not defined). */
    record Metric(String name, MetricGroup group, List<String> values) {
        boolean mandatory() {
            return group == BASE;
        }

        boolean definedBy(String value) {
            return !value.equals("X");
        }
    }

    private static final VectorGrammar V3 = new VectorGrammar(List.of(
            metric("AV", BASE, "N A L P"),
            metric("AC", BASE, "L H"),
            metric("PR", BASE, "N L H"),
            metric("UI", BASE, "N R"),
            metric("S", BASE, "U C"),
            metric("C", BASE, "H L N"),
            metric("I", BASE, "H L N"),
            metric("A", BASE, "H L N"),
            metric("E", TEMPORAL, "X H F P U"),
            metric("RL", TEMPORAL, "X U W T O"),
            metric("RC", TEMPORAL, "X C R U"),
            metric("CR", ENVIRONMENTAL, "X H M L"),
            metric("IR", ENVIRONMENTAL, "X H M L"),
            metric("AR", ENVIRONMENTAL, "X H M L"),
            metric("MAV", ENVIRONMENTAL, "X N A L P"),
            metric("MAC", ENVIRONMENTAL, "X L H"),
            metric("MPR", ENVIRONMENTAL, "X N L H"),
            metric("MUI", ENVIRONMENTAL, "X N R"),
            metric("MS", ENVIRONMENTAL, "X U C"),
            metric("MC", ENVIRONMENTAL, "X H L N"),
            metric("MI", ENVIRONMENTAL, "X H L N"),
            metric("MA", ENVIRONMENTAL, "X H L N")));

    private static final VectorGrammar V4 = new VectorGrammar(List.of(
            metric("AV", BASE, "N A L P"),
            metric("AC", BASE, "L H"),
            metric("AT", BASE, "N P"),
            metric("PR", BASE, "N L H"),
            metric("UI", BASE, "N P A"),
            metric("VC", BASE, "H L N"),
            metric("VI", BASE, "H L N"),
            metric("VA", BASE, "H L N"),
            metric("SC", BASE, "H L N"),
            metric("SI", BASE, "H L N"),
            metric("SA", BASE, "H L N"),
            metric("E", THREAT, "X A P U"),
            metric("CR", ENVIRONMENTAL, "X H M L"),
            metric("IR", ENVIRONMENTAL, "X H M L"),
            metric("AR", ENVIRONMENTAL, "X H M L"),
            metric("MAV", ENVIRONMENTAL, "X N A L P"),
            metric("MAC", ENVIRONMENTAL, "X L H"),
            metric("MAT", ENVIRONMENTAL, "X N P"),
            metric("MPR", ENVIRONMENTAL, "X N L H"),
            metric("MUI", ENVIRONMENTAL, "X N P A"),
            metric("MVC", ENVIRONMENTAL, "X H L N"),
            metric("MVI", ENVIRONMENTAL, "X H L N"),
            metric("MVA", ENVIRONMENTAL, "X H L N"),
            metric("MSC", ENVIRONMENTAL, "X H L N"),
            metric("MSI", ENVIRONMENTAL, "X S H L N"),
            metric("MSA", ENVIRONMENTAL, "X S H L N"),
            metric("S", SUPPLEMENTAL, "X N P"),
            metric("AU", SUPPLEMENTAL, "X N Y"),
            metric("R", SUPPLEMENTAL, "X A U I"),
            metric("V", SUPPLEMENTAL, "X D C"),
            metric("RE", SUPPLEMENTAL, "X L M H"),
            metric("U", SUPPLEMENTAL, "X Clear Green Amber Red")));

    private final Map<String, Metric> metrics = new LinkedHashMap<>();

    private VectorGrammar(List<Metric> metrics) {
        metrics.forEach(m -> this.metrics.put(m.name(), m));
    }

    static VectorGrammar of(CvssVersion version) {
        return version == CvssVersion.V4_0 ? V4 : V3;
    }

    /** All metrics in specification order. */
    Iterable<Metric> metrics() {
        return metrics.values();
    }

    Optional<Metric> find(String name) {
        return Optional.ofNullable(metrics.get(name));
    }

    private static Metric metric(String name, MetricGroup group, String values) {
        return new Metric(name, group, Arrays.asList(values.split(" ")));
    }
}
