package dev.vigil.engine.load;

import dev.vigil.engine.load.Shape.ObjectShape;
import dev.vigil.engine.source.Diagnostic;
import dev.vigil.engine.source.Fields;
import dev.vigil.engine.source.Location;
import dev.vigil.engine.source.Node;
import dev.vigil.engine.source.Node.MapNode;
import dev.vigil.engine.source.SourceException;
import dev.vigil.engine.source.SourceReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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

    /**
     * Reads a file shipped on the class path ({@code resource} relative to its root, which is also how messages
     * name it) and checks it; a missing resource is a problem like any other.
     */
    public Optional<Fields> readResource(String resource, ObjectShape shape, String where) {
        Path name = Path.of(resource);
        String text;
        try (InputStream in = ResourceCheck.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                error(Location.ofFile(name), "missing-file", "the resource is missing from the class path");
                return Optional.empty();
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            error(Location.ofFile(name), "unreadable-file", "cannot read the resource: " + e.getMessage());
            return Optional.empty();
        }
        String article = shape.label().matches("[aeiouAEIOU].*") ? "an " : "a ";
        return read(name, text, shape, where, article + shape.label() + " must be a map")
                .filter(MapNode.class::isInstance)
                .map(n -> new Fields((MapNode) n));
    }

    /**
     * For files that ship with Vigil: a broken one is a defect of the build, not the user's input, so it ends
     * in an {@link IllegalStateException} that lists every problem with its place.
     */
    public void failIfBroken(String what) {
        List<Diagnostic> problems = finish();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the bundled " + what + " is invalid:\n"
                    + problems.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
        }
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
