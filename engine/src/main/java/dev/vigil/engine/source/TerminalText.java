package dev.vigil.engine.source;

/**
 * Text from inputs made safe to print on a terminal or in a CI log: control characters (which can move
 * the cursor, clear the screen or forge log lines) and bidirectional overrides are written as {@code
 * \\uXXXX}, and very long values are cut with their length stated.
 */
public final class TerminalText {
    /** How much of one input value a message quotes; the rest is summarised by its length. */
    public static final int QUOTED_LENGTH = 120;

    private TerminalText() {}

    /** {@code text} with control characters escaped; line breaks are kept. */
    public static String escape(String text) {
        if (text == null || !needsEscape(text, true)) {
            return text;
        }
        return escaped(text, true);
    }

    /** One value quoted inside a one-line message: escaped (line breaks too) and cut after {@link #QUOTED_LENGTH}. */
    public static String quote(String value) {
        if (value == null) {
            return "null";
        }
        String head = value.length() > QUOTED_LENGTH ? value.substring(0, QUOTED_LENGTH) : value;
        String shown = needsEscape(head, false) ? escaped(head, false) : head;
        return value.length() > QUOTED_LENGTH ? shown + "... (" + value.length() + " characters)" : shown;
    }

    private static boolean needsEscape(String text, boolean keepLineBreaks) {
        for (int i = 0; i < text.length(); i++) {
            if (unsafe(text.charAt(i), keepLineBreaks)) {
                return true;
            }
        }
        return false;
    }

    private static String escaped(String text, boolean keepLineBreaks) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unsafe(c, keepLineBreaks)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@code c} is written as {@code \\uXXXX} by {@link #escape}: line breaks and tabs are not. */
    public static boolean unsafe(char c) {
        return unsafe(c, true);
    }

    private static boolean unsafe(char c, boolean keepLineBreaks) {
        if (c == '\n' || c == '\t') {
            return !keepLineBreaks && c == '\n';
        }
        return c < 0x20
                || (c >= 0x7f && c <= 0x9f)
                || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u2028'
                || c == '\u2029';
    }
}
