package dev.vigil.engine.scan;

/** Which matching rule produced a match; the wire names appear in reports. */
public enum MatchRule {
    PURL_RANGE("purl-range", Confidence.HIGH),
    PURL_VERSION_LIST("purl-version-list", Confidence.HIGH),
    CPE_BOUNDS("cpe-bounds", Confidence.MEDIUM),
    CSAF_HELPER("csaf-helper", Confidence.HIGH),
    CSAF_NAME_RANGE("csaf-name-range", Confidence.LOW);

    private final String wire;
    private final Confidence confidence;

    MatchRule(String wire, Confidence confidence) {
        this.wire = wire;
        this.confidence = confidence;
    }

    public String wire() {
        return wire;
    }

    /** The confidence a match by this rule carries. */
    public Confidence confidence() {
        return confidence;
    }
}
