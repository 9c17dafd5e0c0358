package dev.vigil.engine.load;

import dev.vigil.engine.model.Evidence;
import dev.vigil.engine.model.WireValue;
import dev.vigil.engine.source.Node;
import dev.vigil.engine.source.Node.ListNode;
import dev.vigil.engine.source.Node.MapNode;
import dev.vigil.engine.source.Node.ScalarNode;
import dev.vigil.engine.source.Node.ScalarType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed reads from a map that the {@link ShapeChecker} has already accepted; a value that is absent (or
 * an empty optional value) reads as empty.
 */
record NodeValues(MapNode map) {

    Optional<String> text(String key) {
        return scalar(key).map(ScalarNode::text);
    }

    String required(String key) {
        return text(key).orElseThrow(() -> new IllegalStateException("checked model lacks '" + key + "'"));
    }

    Optional<Boolean> bool(String key) {
        return scalar(key).map(s -> Boolean.parseBoolean(s.text()));
    }

    Optional<LocalDate> date(String key) {
        return text(key).flatMap(LoadedValues::date);
    }

    Optional<Integer> integer(String key) {
        return text(key).map(t -> Integer.parseInt(t.replace("_", "")));
    }

    <E extends Enum<E> & WireValue> Optional<E> enumOf(String key, Class<E> type) {
        return text(key).flatMap(t -> WireValue.parse(type, t));
    }

    <E extends Enum<E> & WireValue> E requiredEnum(String key, Class<E> type) {
        return enumOf(key, type).orElseThrow(() -> new IllegalStateException("checked model lacks '" + key + "'"));
    }

    /** Whether the key is present with a value, so an empty list can be told from an absent one. */
    boolean stated(String key) {
        return map.get(key)
                .filter(n -> !(n instanceof ScalarNode s && s.type() == ScalarType.NULL))
                .isPresent();
    }

    List<String> texts(String key) {
        return items(key).stream()
                .filter(ScalarNode.class::isInstance)
                .map(n -> ((ScalarNode) n).text())
                .toList();
    }

    <E extends Enum<E> & WireValue> List<E> enums(String key, Class<E> type) {
        return texts(key).stream()
                .map(t -> WireValue.parse(type, t).orElseThrow())
                .toList();
    }

    List<NodeValues> objects(String key) {
        return items(key).stream()
                .filter(MapNode.class::isInstance)
                .map(n -> new NodeValues((MapNode) n))
                .toList();
    }

    Optional<NodeValues> object(String key) {
        return map.get(key).filter(MapNode.class::isInstance).map(n -> new NodeValues((MapNode) n));
    }

    Optional<Evidence> evidence(String key) {
        return map.get(key).flatMap(NodeValues::evidenceOf);
    }

    static Optional<Evidence> evidenceOf(Node node) {
        if (node instanceof MapNode object) {
            Map<String, Evidence> fields = new LinkedHashMap<>();
            for (Node.Entry e : object.entries()) {
                evidenceOf(e.value()).ifPresent(v -> fields.put(e.key(), v));
            }
            return Optional.of(new Evidence.Structured(fields));
        }
        if (!(node instanceof ScalarNode scalar) || scalar.type() == ScalarType.NULL) {
            return Optional.empty();
        }
        if (scalar.type() == ScalarType.BOOLEAN) {
            return Optional.of(new Evidence.Flag(Boolean.parseBoolean(scalar.text())));
        }
        Optional<LocalDate> date = LoadedValues.date(scalar.text());
        return Optional.of(
                date.<Evidence>map(Evidence.Dated::new).orElseGet(() -> new Evidence.Reference(scalar.text())));
    }

    private Optional<ScalarNode> scalar(String key) {
        return map.get(key)
                .filter(n -> n instanceof ScalarNode s && s.type() != ScalarType.NULL)
                .map(ScalarNode.class::cast);
    }

    private List<Node> items(String key) {
        return map.get(key)
                .filter(ListNode.class::isInstance)
                .map(n -> ((ListNode) n).items())
                .orElse(List.of());
    }
}
