package dev.vigil.engine.diagram;

import dev.vigil.engine.model.WireValue;
import java.util.Optional;

/**
 * Builds PlantUML source. Every piece of model text goes through {@link #text}, which keeps a small set
 * of harmless characters and writes everything else as a numeric character reference, so a model can
 * never smuggle in a preprocessor directive ({@code !include}), a builtin function ({@code %getenv}), a
 * variable, creole markup or a link: PlantUML only turns the reference back into the character when it
 * draws it.
 */
final class Puml {

    private final StringBuilder out = new StringBuilder();

    /** Starts a diagram; {@code layout} asks for Smetana, the pure-Java port of Graphviz. */
    static Puml start(String title, boolean layout) {
        Puml p = new Puml();
        p.line("@startuml");
        if (layout) {
            p.line("!pragma layout smetana");
        }
        // Fixed look, independent of any PlantUML defaults that might vary with a user's config.
        p.line("skinparam shadowing false");
        p.line("skinparam defaultFontName Helvetica");
        p.line("title " + text(title));
        return p;
    }

    Puml line(String line) {
        out.append(line).append('\n');
        return this;
    }

    String end() {
        line("@enduml");
        return out.toString();
    }

    /**
     * Model text as PlantUML label text. Letters, digits, spaces and a few punctuation marks stay as they
     * are so the source remains readable; a mark that creole doubles for markup ({@code --}, {@code __},
     * {@code //}, {@code ==}, {@code ..}, {@code [[}) is kept only when it is not the second of a pair. Line breaks
     * become PlantUML's {@code \n}; everything else becomes {@code &#n;}.
     */
    static String text(String raw) {
        return escape(raw, Integer.MAX_VALUE);
    }

    /**
     * Model text as label text of at most {@code maxLength} characters once escaped, cut between
     * characters and ended with an ellipsis when longer. PlantUML refuses a sequence-diagram message of
     * 2,000 characters or more, which a flow with many data items or a long protocol text reaches.
     */
    static String text(String raw, int maxLength) {
        String full = text(raw);
        if (full.length() <= maxLength) {
            return full;
        }
        String ellipsis = "&#8230;";
        return escape(raw, maxLength - ellipsis.length()) + ellipsis;
    }

    /** The escaped text, stopping before the character that would make it longer than {@code budget}. */
    private static String escape(String raw, int budget) {
        StringBuilder sb = new StringBuilder(Math.min(budget, raw.length() + 8));
        int previous = -1;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            String piece;
            if (cp == '\n') {
                piece = "\\n";
            } else if (cp == '\r') {
                piece = ""; // Dropped: a CRLF line break is already written by its '\n'.
            } else if (plain(cp) && !(doubling(cp) && cp == previous)) {
                piece = Character.toString(cp);
            } else {
                piece = "&#" + cp + ';';
            }
            if (sb.length() + piece.length() > budget) {
                break;
            }
            sb.append(piece);
            previous = cp;
        }
        return sb.toString();
    }

    /** Several model texts joined into one label, one per line. */
    static String lines(String... raw) {
        StringBuilder sb = new StringBuilder();
        for (String r : raw) {
            if (!sb.isEmpty()) {
                sb.append("\\n");
            }
            sb.append(text(r));
        }
        return sb.toString();
    }

    /** A quoted label for an element declaration. */
    static String quoted(String label) {
        return '"' + label + '"';
    }

    private static boolean plain(int cp) {
        return (cp >= 'a' && cp <= 'z')
                || (cp >= 'A' && cp <= 'Z')
                || (cp >= '0' && cp <= '9')
                || " ,.:;()[]+=-_/".indexOf(cp) >= 0;
    }

    private static boolean doubling(int cp) {
        return "-_/=.[]".indexOf(cp) >= 0;
    }

    /**
     * A PlantUML alias for a model id. Aliases allow no hyphens, so the loader's kebab-case ids map
     * one-to-one by turning {@code -} into {@code _}; any other character (ids from elsewhere) is spelled
     * out in hex so that two ids never share an alias. The prefix keeps kinds of element apart.
     */
    static String alias(String prefix, String id) {
        String alias = spelled(prefix, id);
        if (alias.length() <= ALIAS_LIMIT) {
            return alias;
        }
        // A very long id would make a line PlantUML refuses (a message line of ~2,000 characters): its
        // alias keeps a readable start and a digest of the whole id, so two ids still never share one.
        return alias.substring(0, ALIAS_LIMIT - 18) + "_" + digest(id);
    }

    /** Longest alias spelled out in full. */
    static final int ALIAS_LIMIT = 120;

    private static String digest(String id) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 8) + "h";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String spelled(String prefix, String id) {
        StringBuilder sb = new StringBuilder(prefix).append('_');
        id.codePoints().forEach(cp -> {
            if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
                sb.append((char) cp);
            } else if (cp == '-') {
                sb.append('_');
            } else {
                sb.append("_x").append(Integer.toHexString(cp)).append('_');
            }
        });
        return sb.toString();
    }

    /** An optional fact as a word, saying plainly when the model does not state it. */
    static String fact(Optional<? extends WireValue> value) {
        return value.map(WireValue::wire).orElse("not stated");
    }

    static String flag(Optional<Boolean> value, String yes, String no) {
        return value.map(v -> v ? yes : no).orElse("not stated");
    }
}
