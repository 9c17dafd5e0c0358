package dev.vigil.engine.sbom;

/** SPDX license expressions as components list them. */
final class SpdxLicenses {
    private SpdxLicenses() {}

    /** The expression with its white space collapsed (a tag-value line or a JSON string may wrap it). */
    static String normalise(String expression) {
        StringBuilder out = new StringBuilder(expression.length());
        boolean space = false;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
