package dev.vigil.engine.assess;

/**
 * The optional parts of an assessment. Findings are always made (compliance reads them); a caller asks for
 * the others only when it shows them, since diagrams and the vulnerability scan cost the most.
 */
public enum Output {
    COMPLIANCE,
    VULNERABILITIES,
    DIAGRAMS,
    /** The stated ends of support that passed or fall within the warning horizon (reads the SBOMs). */
    SUPPORT
}
