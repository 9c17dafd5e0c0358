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
        StringBuilder sb = new StringBuilder(raw.length() + 8);
        int previous = -1;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                // Dropped: a CRLF line break is already written by its '\n'.
            } else if (plain(cp) && !(doubling(cp) && cp == previous)) {
                sb.append((char) cp);
            } else {
                sb.append("&#").append(cp).append(';');
            }
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
