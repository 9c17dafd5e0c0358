package dev.vigil.engine.advisory;

/** An EPSS score: probability of exploitation in the next 30 days and its percentile, both 0..1. */
public record EpssScore(String cve, double epss, double percentile) {}
