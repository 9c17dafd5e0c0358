package dev.vigil.engine.catalog;

/** Where a requirement comes from: the document, its edition or date, and the section inside it. */
public record Citation(String document, String documentId, String version, String section, String url) {

    /** One line for tables and reports, e.g. {@code "IMDRF/CYBER WG/N60FINAL:2020 (2020-03-18) §6.3"}. */
    public String text() {
        return documentId + " (" + version + ") §" + section;
    }
}
