package dev.vigil.engine.model;

/** The system itself as an element, so that controls and exclusions can name it. */
public record SystemElement(String id) implements Element {}
