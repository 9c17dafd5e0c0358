package dev.vigil.engine.cvss;

/**
 * Scores CVSS v3.0, v3.1 and v4.0 vectors exactly as the FIRST specifications define; the one
 * entry point of CVSS scoring in Vigil.
 */
public final class Cvss {
    private Cvss() {}

    /**
     * Scores a vector such as {@code CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H}.
     *
     * @throws InvalidCvssVectorException with the precise reason when the vector is not valid
     */
    public static CvssScore score(String vector) throws InvalidCvssVectorException {
        ParsedVector parsed = ParsedVector.parse(vector);
        return AeSecurityScoring.score(parsed);
    }
}
