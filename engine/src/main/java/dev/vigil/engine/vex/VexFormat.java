package dev.vigil.engine.vex;

/** The VEX document formats Vigil reads; the first two it also writes. */
public enum VexFormat {
    CYCLONEDX("CycloneDX"),
    OPENVEX("OpenVEX"),
    CSAF("CSAF");

    private final String label;

    VexFormat(String label) {
        this.label = label;
    }

    /** The format's own name, for messages: {@code CycloneDX}, {@code OpenVEX}, {@code CSAF}. */
    public String label() {
        return label;
    }
}
