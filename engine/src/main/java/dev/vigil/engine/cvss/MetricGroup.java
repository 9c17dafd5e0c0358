package dev.vigil.engine.cvss;

/**
 * The metric groups a vector can carry. Temporal exists in v3 only, threat and supplemental in v4
 * only; supplemental metrics never change a score.
 */
public enum MetricGroup {
    BASE,
    TEMPORAL,
    THREAT,
    ENVIRONMENTAL,
    SUPPLEMENTAL
}
