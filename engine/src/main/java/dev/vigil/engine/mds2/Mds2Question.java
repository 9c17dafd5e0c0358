package dev.vigil.engine.mds2;

/**
 * One question of the form: its id as the form numbers it ({@code PAUT-4}), its section code, our short
 * summary of what it asks, and the key of the model fact that answers it.
 */
public record Mds2Question(String id, String section, String ask, String answerKey) {}
