package dev.vigil.engine.scan;

/**
 * What a VEX document says about a vulnerability in a product component.
 *
 * @param status {@code not_affected}, {@code affected}, {@code fixed} or {@code under_investigation}
 * @param justification the statement's justification or impact text, or null
 */
public record VexStatement(String status, String justification) {}
