package dev.vigil.engine.advisory;

/** A link from an advisory; {@code type} is the feed's category (OSV type, NVD tag, CSAF category). */
public record Reference(String type, String url) {}
