package dev.vigil.engine.version;

/**
 * vers' {@code lexicographic} scheme: Unicode code points compared in order, without
 * normalisation (so a precomposed {@code é} and {@code e} plus a combining accent differ). Java's
 * own {@code String.compareTo} compares UTF-16 units, which orders some characters differently.
 */
record LexicographicVersion(String text) implements Version {

    static LexicographicVersion parse(String text) throws InvalidVersionException {
        if (text.isEmpty()) {
            throw new InvalidVersionException("lexicographic", text, "empty");
        }
        return new LexicographicVersion(text);
    }

    @Override
    public int compareTo(Version other) {
        if (!(other instanceof LexicographicVersion o)) {
            throw VersionSchemes.mismatch(this, other);
        }
        int i = 0;
        int j = 0;
        while (i < text.length() && j < o.text.length()) {
            int a = text.codePointAt(i);
            int b = o.text.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Integer.compare(text.length() - i, o.text.length() - j);
    }
}
