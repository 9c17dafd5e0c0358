package dev.vigil.engine.source;

import dev.vigil.engine.source.Node.ListNode;
import dev.vigil.engine.source.Node.MapNode;
import dev.vigil.engine.source.Node.ScalarNode;
import dev.vigil.engine.source.Node.ScalarType;
import java.util.List;
import java.util.Optional;

/**
 * Lenient typed reads from a map whose shape was checked before (bundled resource files): an absent, empty
 * or wrongly typed value reads as absent, because the shape check has already reported it with its place.
 * Text is stripped, as folded YAML blocks end in a line break.
 */
public record Fields(MapNode map) {

    public Location location() {
        return map.location();
    }

    /** Where the key's value is, or the map's own place when the key is absent. */
    public Location location(String key) {
        return map.get(key).map(Node::location).orElse(map.location());
    }

    public boolean has(String key) {
        return map.get(key)
                .filter(n -> !(n instanceof ScalarNode s && s.type() == ScalarType.NULL))
                .isPresent();
    }

    public Optional<String> optionalText(String key) {
        return map.get(key)
                .filter(n -> n instanceof ScalarNode s && s.type() != ScalarType.NULL)
                .map(n -> ((ScalarNode) n).text().strip())
                .filter(t -> !t.isEmpty());
    }

    /** The text, or "" when absent (a required key's absence is reported by the shape check). */
    public String text(String key) {
        return optionalText(key).orElse("");
    }

    public Optional<Boolean> bool(String key) {
        return map.get(key)
                .filter(n -> n instanceof ScalarNode s && s.type() == ScalarType.BOOLEAN)
                .map(n -> Boolean.parseBoolean(((ScalarNode) n).text()));
    }

    public List<String> texts(String key) {
        return items(key).stream()
                .filter(n -> n instanceof ScalarNode s && s.type() != ScalarType.NULL)
                .map(n -> ((ScalarNode) n).text().strip())
                .toList();
    }

    /** The scalar items of a list with their places, for checks that point at one item. */
    public List<ScalarNode> scalars(String key) {
        return items(key).stream()
                .filter(n -> n instanceof ScalarNode s && s.type() != ScalarType.NULL)
                .map(ScalarNode.class::cast)
                .toList();
    }

    public List<Fields> objects(String key) {
        return items(key).stream()
                .filter(MapNode.class::isInstance)
                .map(n -> new Fields((MapNode) n))
                .toList();
    }

    public Optional<Fields> object(String key) {
        return map.get(key).filter(MapNode.class::isInstance).map(n -> new Fields((MapNode) n));
    }

    public List<Node> items(String key) {
        return map.get(key)
                .filter(ListNode.class::isInstance)
                .map(n -> ((ListNode) n).items())
                .orElse(List.of());
    }
}
