package dev.vigil.engine.advisory;

/**
 * A severity statement as the feed gives it.
 *
 * @param type {@code CVSS_V2}, {@code CVSS_V3}, {@code CVSS_V4} or a feed-specific type (Ubuntu, ...)
 * @param vector the CVSS vector string (or the feed's score text for non-CVSS types)
 * @param baseScore the base score when the feed states one, else null (the vector is authoritative)
 * @param origin who scored it (NVD {@code source}, {@code Primary}/{@code Secondary}), may be null
 */
public record Severity(String type, String vector, Double baseScore, String origin) {

    /** The OSV severity type for a CVSS vector, from its prefix. */
    public static String typeOfVector(String vector) {
        if (vector == null) {
            return "UNKNOWN";
        }
        if (vector.startsWith("CVSS:4")) {
            return "CVSS_V4";
        }
        if (vector.startsWith("CVSS:3")) {
            return "CVSS_V3";
        }
        return "CVSS_V2";
    }
}
