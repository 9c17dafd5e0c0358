package dev.vigil.engine.cvss;

/** The CVSS versions Vigil scores; each vector names its version in the {@code CVSS:x.y/} prefix. */
public enum CvssVersion {
    V3_0("3.0"),
    V3_1("3.1"),
    V4_0("4.0");

    private final String label;

    CvssVersion(String label) {
        this.label = label;
    }

    /** The version as written in the vector prefix, e.g. {@code 3.1}. */
    public String label() {
        return label;
    }

    /** The prefix every vector of this version starts with, e.g. {@code CVSS:3.1/}. */
    String prefix() {
        return "CVSS:" + label + "/";
    }
}
