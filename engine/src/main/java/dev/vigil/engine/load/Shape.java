package dev.vigil.engine.load;

import java.util.List;
import java.util.Set;

/**
 * The shape a value in a model or a bundled resource file must have. The model format's shapes are declared
 * once ({@link FormatOne}), the resource files' beside their readers (catalog, rule metadata); the checker
 * enforces them and the JSON Schemas are generated from them, so the two cannot drift apart.
 */
public sealed interface Shape {

    /** What a value of this shape is called in messages ("a list", "an integer from 1 to 5"). */
    String expected();

    /** A map with a closed set of keys. {@code idKind} names the element kind when the map has an id. */
    record ObjectShape(String label, String idKind, List<Field> fields, String description) implements Shape {
        public ObjectShape {
            fields = List.copyOf(fields);
        }

        public java.util.Optional<Field> field(String name) {
            return fields.stream().filter(f -> f.name().equals(name)).findFirst();
        }

        @Override
        public String expected() {
            return "a map";
        }
    }

    /** One key of an {@link ObjectShape}. */
    record Field(String name, Shape shape, boolean required, String description) {}

    /** A list; {@code exactSize} is -1 when any length is fine. */
    record ListShape(Shape item, int exactSize) implements Shape {
        @Override
        public String expected() {
            return "a list";
        }
    }

    record TextShape() implements Shape {
        @Override
        public String expected() {
            return "text";
        }
    }

    record IntShape(int min, int max) implements Shape {
        @Override
        public String expected() {
            return max == Integer.MAX_VALUE ? "an integer of at least " + min : "an integer from " + min + " to " + max;
        }
    }

    record BoolShape() implements Shape {
        @Override
        public String expected() {
            return "true or false";
        }
    }

    record DateShape() implements Shape {
        @Override
        public String expected() {
            return "a date (YYYY-MM-DD)";
        }
    }

    /** The element's own id. */
    record IdShape() implements Shape {
        @Override
        public String expected() {
            return "an id (lower-case kebab-case)";
        }
    }

    /** A reference to an element of one of the given kinds (any kind when empty). */
    record RefShape(Set<String> kinds) implements Shape {
        public RefShape {
            kinds = Set.copyOf(kinds);
        }

        @Override
        public String expected() {
            return "an id";
        }
    }

    record EnumShape(List<String> values) implements Shape {
        public EnumShape {
            values = List.copyOf(values);
        }

        @Override
        public String expected() {
            return "one of " + String.join(", ", values);
        }
    }

    /** Lifecycle evidence: a yes/no, a date, or a path, URL, document id or text. */
    record EvidenceShape() implements Shape {
        @Override
        public String expected() {
            return "true/false, a date, or a path, URL, document id or text";
        }
    }

    /** A fixed integer, such as the format version. */
    record ConstShape(int value) implements Shape {
        @Override
        public String expected() {
            return String.valueOf(value);
        }
    }

    /**
     * A map whose keys are data (vocabulary terms, markets), not a closed set: every value has {@code value}'s
     * shape. {@code keyLabel} names a key in messages ("term", "market").
     */
    record MapShape(String keyLabel, Shape value) implements Shape {
        @Override
        public String expected() {
            return "a map";
        }
    }

    /** A scalar of one shape or a map of another (e.g. evidence given as a value or as a record). */
    record ChoiceShape(Shape scalar, ObjectShape object) implements Shape {
        @Override
        public String expected() {
            return scalar.expected() + ", or " + object.expected();
        }
    }
}
