package dev.vigil.engine.sbom;

/** The SBOM serialisations Vigil reads. */
public enum SbomFormat {
    CYCLONEDX_JSON("CycloneDX", "JSON"),
    CYCLONEDX_XML("CycloneDX", "XML"),
    SPDX_JSON("SPDX", "JSON"),
    SPDX_TAG_VALUE("SPDX", "tag-value");

    private final String standard;
    private final String encoding;

    SbomFormat(String standard, String encoding) {
        this.standard = standard;
        this.encoding = encoding;
    }

    /** {@code CycloneDX} or {@code SPDX}. */
    public String standard() {
        return standard;
    }

    /** {@code JSON}, {@code XML} or {@code tag-value}. */
    public String encoding() {
        return encoding;
    }

    @Override
    public String toString() {
        return standard + " " + encoding;
    }
}
