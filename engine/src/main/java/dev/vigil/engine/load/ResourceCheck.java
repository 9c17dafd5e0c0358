package dev.vigil.engine.load;

import dev.vigil.engine.load.Shape.ObjectShape;
import dev.vigil.engine.source.Diagnostic;
import dev.vigil.engine.source.Location;
import dev.vigil.engine.source.Node;
import dev.vigil.engine.source.SourceException;
import dev.vigil.engine.source.SourceReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the files of one bundled resource (the catalog, a rule's metadata, ...) through the same located
 * reader and shape checker as models, so an authoring mistake is reported like a model's: every problem of
 * every file as {@code file:line:column: message}, unknown keys with the nearest valid key, duplicate keys
 * and ids with both places. Ids are kept apart per kind, and references between the files are resolved once
 * all of them are read ({@link #finish}).
 */
public final class ResourceCheck {

    private final SourceReader reader = new SourceReader();
    private final IdSpace ids = new IdSpace(true);
    private final List<Diagnostic> out = new ArrayList<>();

    /**
     * Parses and checks one file. {@code where} names the file's root in messages ("the catalog index");
     * {@code whatItIs} says what the file must be when it is not a map ("a theme file must be a map"). Returns
     * the tree, which may still hold the problems reported, or empty when the text is not YAML at all.
     */
    public Optional<Node> read(Path name, String text, ObjectShape shape, String where, String whatItIs) {
        Node root;
        try {
            root = reader.parseYaml(name, text);
        } catch (SourceException e) {
            out.add(e.diagnostic());
            return Optional.empty();
        }
        new ShapeChecker(ids, out).checkRoot(root, shape, Set.of(), where, whatItIs);
        return Optional.of(root);
    }

    /** A problem the shapes cannot express (a cross-field rule), found by the resource's own reader. */
    public void error(Location location, String code, String message) {
        out.add(Diagnostic.error(location, code, message));
    }

    /** Whether any problem was found so far. */
    public boolean failed() {
        return !out.isEmpty();
    }

    /** Resolves the references between the files read and returns every problem, in file and line order. */
    public List<Diagnostic> finish() {
        ids.resolve(out);
        return out.stream().sorted().toList();
    }

    /** "Did you mean …?" for readers that check words the shapes cannot list. */
    public static Optional<String> nearest(String word, java.util.Collection<String> candidates) {
        return Suggestions.nearest(word, candidates);
    }
}
