package dev.vigil.engine.scan;

/** The CVSS statement a finding's priority starts from: vector, score computed from it, severity label. */
public record CvssRating(String vector, double score, String severity) {}
