package dev.vigil.engine.documents;

import dev.vigil.engine.render.Renderer;
import java.util.Map;

/** A document as one self-contained XHTML page (the PDF renderer reads the same markup). */
public final class DocumentHtml {
    private static final PrintLayout PRINT = new PrintLayout();

    private DocumentHtml() {}

    public static String render(GeneratedDocument document, String generator) {
        return Renderer.render(
                "documents/document",
                Map.of("doc", document, "generator", generator, "notStated", Block.NOT_STATED, "print", PRINT));
    }
}
