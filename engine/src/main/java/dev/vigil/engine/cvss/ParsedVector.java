package dev.vigil.engine.cvss;

import dev.vigil.engine.cvss.VectorGrammar.Metric;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * A vector that passed the grammar of its version: the one place that turns vector text into
 * metric values and says exactly what is wrong with text that is not a vector.
 *
 * @param normalized the prefix and the given metrics in specification order
 * @param baseVector the prefix and the base metrics alone, in specification order
 * @param groups the metric groups with at least one defined (not {@code X}) metric
 */
record ParsedVector(CvssVersion version, String normalized, String baseVector, Set<MetricGroup> groups) {

    ParsedVector {
        Objects.requireNonNull(version, "version == null");
        Objects.requireNonNull(normalized, "normalized == null");
        Objects.requireNonNull(baseVector, "baseVector == null");
        groups = Collections.unmodifiableSet(EnumSet.copyOf(groups));
    }

    static ParsedVector parse(String vector) throws InvalidCvssVectorException {
        Objects.requireNonNull(vector, "vector == null");
        CvssVersion version = version(vector);
        VectorGrammar grammar = VectorGrammar.of(version);
        Map<String, String> given = new HashMap<>();
        String body = vector.substring(version.prefix().length());
        // An empty body is reported as the missing base metrics, the more useful reason.
        for (String part : body.isEmpty() ? new String[0] : body.split("/", -1)) {
            if (part.isEmpty()) {
                throw new InvalidCvssVectorException(vector, "empty metric (a '/' too many)");
            }
            int colon = part.indexOf(':');
            if (colon <= 0 || colon != part.lastIndexOf(':') || colon == part.length() - 1) {
                throw new InvalidCvssVectorException(vector, "malformed metric '" + part + "' (expected NAME:VALUE)");
            }
            String name = part.substring(0, colon);
            String value = part.substring(colon + 1);
            Metric metric = grammar.find(name)
                    .orElseThrow(() -> new InvalidCvssVectorException(
                            vector, "unknown metric " + name + " for CVSS " + version.label()));
            if (!metric.values().contains(value)) {
                throw new InvalidCvssVectorException(
                        vector,
                        "unknown value " + value + " for metric " + name + " (allowed: "
                                + String.join(", ", metric.values()) + ")");
            }
            if (given.put(name, value) != null) {
                throw new InvalidCvssVectorException(vector, "duplicate metric " + name);
            }
        }
        return ordered(vector, version, grammar, given);
    }

    private static ParsedVector ordered(
            String vector, CvssVersion version, VectorGrammar grammar, Map<String, String> given)
            throws InvalidCvssVectorException {
        List<String> missing = new ArrayList<>();
        StringJoiner normalized = new StringJoiner("/", version.prefix(), "");
        StringJoiner base = new StringJoiner("/", version.prefix(), "");
        Set<MetricGroup> groups = EnumSet.noneOf(MetricGroup.class);
        for (Metric metric : grammar.metrics()) {
            String value = given.get(metric.name());
            if (value == null) {
                if (metric.mandatory()) {
                    missing.add(metric.name());
                }
                continue;
            }
            normalized.add(metric.name() + ":" + value);
            if (metric.group() == MetricGroup.BASE) {
                base.add(metric.name() + ":" + value);
            }
            if (metric.definedBy(value)) {
                groups.add(metric.group());
            }
        }
        if (!missing.isEmpty()) {
            String plural = missing.size() == 1 ? "metric " : "metrics ";
            throw new InvalidCvssVectorException(vector, "missing mandatory " + plural + String.join(", ", missing));
        }
        return new ParsedVector(version, normalized.toString(), base.toString(), groups);
    }

    private static CvssVersion version(String vector) throws InvalidCvssVectorException {
        if (vector.isBlank()) {
            throw new InvalidCvssVectorException(vector, "empty vector");
        }
        for (CvssVersion version : CvssVersion.values()) {
            if (vector.startsWith(version.prefix())) {
                return version;
            }
        }
        for (CvssVersion version : CvssVersion.values()) {
            if (vector.equals(version.prefix().substring(0, version.prefix().length() - 1))) {
                throw new InvalidCvssVectorException(vector, "no metrics after the prefix " + vector);
            }
        }
        if (vector.startsWith("CVSS:")) {
            int slash = vector.indexOf('/');
            String label = slash < 0 ? vector.substring(5) : vector.substring(5, slash);
            throw new InvalidCvssVectorException(
                    vector, "unsupported CVSS version " + label + " (supported: 3.0, 3.1, 4.0)");
        }
        if (vector.contains("Au:")) {
            throw new InvalidCvssVectorException(vector, "CVSS v2 vectors are not supported (only 3.0, 3.1, 4.0)");
        }
        throw new InvalidCvssVectorException(vector, "missing version prefix CVSS:3.0/, CVSS:3.1/ or CVSS:4.0/");
    }
}
