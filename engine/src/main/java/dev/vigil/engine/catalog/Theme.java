package dev.vigil.engine.catalog;

/** A common subject several frameworks ask about; the crosswalk groups requirements by theme. */
public record Theme(String id, String title, String summary) {}
