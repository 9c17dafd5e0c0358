package dev.vigil.engine.sbom;

/**
 * What the SBOM quality check looks for: the NTIA minimum data fields ("The Minimum Elements for a
 * Software Bill of Materials", 2021) and the two component fields the FDA asks for in premarket
 * cybersecurity guidance (level of support, end-of-support date). Ids are stable and used in reports.
 */
public enum QualityElement {
    SUPPLIER("ntia-supplier", "supplier name", false),
    COMPONENT_NAME("ntia-component-name", "component name", false),
    VERSION("ntia-version", "version", false),
    UNIQUE_IDENTIFIER("ntia-unique-identifier", "unique identifier (purl or CPE)", false),
    DEPENDENCY_RELATIONSHIP("ntia-dependency-relationship", "dependency relationship", false),
    AUTHOR("ntia-author", "author of SBOM data", true),
    TIMESTAMP("ntia-timestamp", "timestamp", true),
    SUPPORT_LEVEL("fda-support-level", "level of support", false),
    END_OF_SUPPORT("fda-end-of-support", "end-of-support date", false);

    private final String id;
    private final String label;
    private final boolean documentLevel;

    QualityElement(String id, String label, boolean documentLevel) {
        this.id = id;
        this.label = label;
        this.documentLevel = documentLevel;
    }

    /** Stable kebab-case id, such as {@code ntia-supplier}. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** True for elements the SBOM states once for all components (author, timestamp). */
    public boolean documentLevel() {
        return documentLevel;
    }

    /** True for the FDA fields, false for the NTIA minimum elements. */
    public boolean fda() {
        return id.startsWith("fda-");
    }
}
