package dev.vigil.engine.cvss;

/** The qualitative severity rating scale; v3.0, v3.1 and v4.0 share the same bands. */
public enum CvssSeverity {
    NONE("None"),
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High"),
    CRITICAL("Critical");

    private final String label;

    CvssSeverity(String label) {
        this.label = label;
    }

    /** The rating as the specifications write it: None, Low, Medium, High or Critical. */
    public String label() {
        return label;
    }

    /** The rating of a score between 0.0 and 10.0 (scores carry one decimal). */
    public static CvssSeverity of(double score) {
        if (!(score >= 0.0 && score <= 10.0)) {
            throw new IllegalArgumentException("score out of range 0.0-10.0: " + score);
        }
        if (score == 0.0) {
            return NONE;
        }
        if (score < 4.0) {
            return LOW;
        }
        if (score < 7.0) {
            return MEDIUM;
        }
        return score < 9.0 ? HIGH : CRITICAL;
    }
}
