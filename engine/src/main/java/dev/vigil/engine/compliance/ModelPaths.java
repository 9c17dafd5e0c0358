package dev.vigil.engine.compliance;

import dev.vigil.engine.model.Element;
import dev.vigil.engine.model.Evidence;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.model.WireValue;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads the model facts a catalog {@code model:} term names, such as {@code components[].accounts[].authentication}.
 * The path follows the model records' own field names, so every path the vocabulary lists resolves
 * without a second table that could drift from the model format. {@code name[]} steps into each
 * element of a list; an empty optional part of the path means the element does not have the path.
 */
final class ModelPaths {

    /**
     * One fact at the end of a path.
     *
     * @param label where it is, e.g. {@code components.pump.accounts[role=service].authentication}
     * @param value the stated value; empty when the model leaves the fact out (unknown)
     */
    record Fact(String label, Optional<Object> value) {}

    private record Node(String label, Object value) {}

    private ModelPaths() {}

    /** The facts at {@code path}; throws {@link IllegalArgumentException} for a path the model does not have. */
    static List<Fact> resolve(SystemModel model, String path) {
        String[] segments = path.split("\\.");
        List<Node> nodes = List.of(new Node("", model));
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < segments.length; i++) {
            boolean each = segments[i].endsWith("[]");
            String name = each ? segments[i].substring(0, segments[i].length() - 2) : segments[i];
            boolean last = i == segments.length - 1;
            List<Node> next = new ArrayList<>();
            for (Node node : nodes) {
                String label = node.label().isEmpty() ? name : node.label() + "." + name;
                Optional<Object> value = unwrap(field(node.value(), name, path));
                if (each) {
                    List<?> list = value.map(List.class::cast).orElse(List.of());
                    for (int k = 0; k < list.size(); k++) {
                        Object item = list.get(k);
                        Node child = new Node(label + key(item, k), item);
                        if (last) {
                            facts.add(new Fact(child.label(), Optional.of(item)));
                        } else {
                            next.add(child);
                        }
                    }
                } else if (last) {
                    facts.add(new Fact(label, value));
                } else {
                    // an optional part that is left out: this element does not have the path
                    value.ifPresent(v -> next.add(new Node(label, v)));
                }
            }
            nodes = next;
        }
        return facts;
    }

    /** The value as a model file would spell it. */
    static String text(Object value) {
        if (value instanceof WireValue w) {
            return w.wire();
        }
        if (value instanceof Evidence.Flag f) {
            return String.valueOf(f.value());
        }
        if (value instanceof Evidence.Dated d) {
            return d.date().toString();
        }
        if (value instanceof Evidence.Reference r) {
            return r.text();
        }
        if (value instanceof Evidence.Structured s) {
            return s.fields().keySet().stream().sorted().toList().toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ModelPaths::text).toList().toString();
        }
        if (value instanceof Element e) {
            return e.id();
        }
        if (value instanceof LocalDate || value instanceof Boolean || value instanceof Number) {
            return value.toString();
        }
        return String.valueOf(value);
    }

    /** How an element of a list is named: by its id, by its role (accounts), else by its position. */
    private static String key(Object item, int index) {
        if (item instanceof Element e) {
            return "." + e.id();
        }
        if (item instanceof dev.vigil.engine.model.Component.Account a) {
            return "[role=" + a.role() + "]";
        }
        return "[" + index + "]";
    }

    private static Object field(Object target, String name, String path) {
        if (target.getClass().isRecord()) {
            for (RecordComponent c : target.getClass().getRecordComponents()) {
                if (c.getName().equals(name)) {
                    try {
                        return c.getAccessor().invoke(target);
                    } catch (IllegalAccessException | InvocationTargetException e) {
                        throw new IllegalStateException("cannot read " + name + " of " + target.getClass(), e);
                    }
                }
            }
        }
        throw new IllegalArgumentException("the model has no '" + name + "' in path '" + path + "'");
    }

    private static Optional<Object> unwrap(Object value) {
        if (value instanceof Optional<?> o) {
            return o.map(Object.class::cast);
        }
        if (value instanceof OptionalInt o) {
            return o.isPresent() ? Optional.of(o.getAsInt()) : Optional.empty();
        }
        return Optional.ofNullable(value);
    }
}
