package dev.vigil.engine.render;

import org.unbescape.html.HtmlEscape;

/**
 * The one text escaper for the few places that build markup outside a template (for example SVG labels).
 * It is the escaping library Thymeleaf itself uses, so both escape alike.
 */
public final class HtmlText {

    private HtmlText() {}

    /** Escapes text for element content and quoted attribute values ({@code & < > " '}). */
    public static String escape(String text) {
        return HtmlEscape.escapeHtml4Xml(text);
    }
}
