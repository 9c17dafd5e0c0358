package dev.vigil.engine.postmarket.csaf;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CVSS v2 base and temporal scores of a vector, as the CVSS v2 guide (FIRST, "A Complete Guide to the Common
 * Vulnerability Scoring System Version 2.0", section 3.2.1 and 3.2.2) computes them, for CSAF test 6.1.9 on
 * {@code cvss_v2} objects. Environmental scores are not computed: 6.1.9 leaves a stated one unchecked here.
 */
final class CvssV2Scores {

    private static final Map<String, Map<String, Double>> BASE = Map.of(
            "AV", Map.of("L", 0.395, "A", 0.646, "N", 1.0),
            "AC", Map.of("H", 0.35, "M", 0.61, "L", 0.71),
            "Au", Map.of("M", 0.45, "S", 0.56, "N", 0.704),
            "C", Map.of("N", 0.0, "P", 0.275, "C", 0.660),
            "I", Map.of("N", 0.0, "P", 0.275, "C", 0.660),
            "A", Map.of("N", 0.0, "P", 0.275, "C", 0.660));

    private static final Map<String, Map<String, Double>> TEMPORAL = Map.of(
            "E", Map.of("U", 0.85, "POC", 0.9, "F", 0.95, "H", 1.0, "ND", 1.0),
            "RL", Map.of("OF", 0.87, "TF", 0.90, "W", 0.95, "U", 1.0, "ND", 1.0),
            "RC", Map.of("UC", 0.90, "UR", 0.95, "C", 1.0, "ND", 1.0));

    /** What a vector computes to; {@code temporal} is empty when the vector states no temporal metric. */
    record Scores(double base, Optional<Double> temporal) {}

    private CvssV2Scores() {}

    /** Empty when the vector lacks a base metric or holds a value v2 does not define (the schema reports it). */
    static Optional<Scores> of(String vector) {
        Map<String, String> metrics = new HashMap<>();
        for (String part : vector.strip().replace("(", "").replace(")", "").split("/")) {
            int colon = part.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            metrics.put(part.substring(0, colon), part.substring(colon + 1));
        }
        Map<String, Double> w = new HashMap<>();
        for (var metric : BASE.entrySet()) {
            Double weight = metric.getValue().get(metrics.get(metric.getKey()));
            if (weight == null) {
                return Optional.empty();
            }
            w.put(metric.getKey(), weight);
        }
        double impact = 10.41 * (1 - (1 - w.get("C")) * (1 - w.get("I")) * (1 - w.get("A")));
        double exploitability = 20 * w.get("AV") * w.get("AC") * w.get("Au");
        double base = round(((0.6 * impact) + (0.4 * exploitability) - 1.5) * (impact == 0 ? 0 : 1.176));
        boolean anyTemporal = TEMPORAL.keySet().stream().anyMatch(metrics::containsKey);
        if (!anyTemporal) {
            return Optional.of(new Scores(base, Optional.empty()));
        }
        double temporal = base;
        for (var metric : TEMPORAL.entrySet()) {
            Double weight = metric.getValue().get(metrics.getOrDefault(metric.getKey(), "ND"));
            if (weight == null) {
                return Optional.empty();
            }
            temporal *= weight;
        }
        return Optional.of(new Scores(base, Optional.of(round(temporal))));
    }

    /** One decimal, half up, as the guide's round_to_1_decimal. */
    private static double round(double x) {
        return Math.round(x * 10) / 10.0;
    }
}
