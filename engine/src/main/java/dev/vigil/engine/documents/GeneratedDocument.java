package dev.vigil.engine.documents;

import java.util.List;

/**
 * One document made from the model: control block, executive summary and numbered sections (the table
 * of contents is drawn from them). {@code fileStem} is the file name without extension.
 */
public record GeneratedDocument(
        String setId,
        String setTitle,
        String title,
        String fileStem,
        DocumentControl control,
        List<String> summary,
        List<Section> sections) {

    public GeneratedDocument {
        summary = List.copyOf(summary);
        sections = List.copyOf(sections);
    }
}
