package dev.vigil.engine.scan;

/** How sure a match is, from the strength of the identity it rests on. */
public enum Confidence {
    /** An exact package identity (purl) or a CSAF identification helper. */
    HIGH,
    /** A CPE vendor:product with version bounds: CPE names are assigned loosely, so false positives happen. */
    MEDIUM,
    /** Supplier and product name only, as CISA advisories without helpers require. */
    LOW;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
