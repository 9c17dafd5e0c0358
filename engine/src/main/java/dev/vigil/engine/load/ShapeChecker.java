package dev.vigil.engine.load;

import dev.vigil.engine.load.Shape.BoolShape;
import dev.vigil.engine.load.Shape.ChoiceShape;
import dev.vigil.engine.load.Shape.ConstShape;
import dev.vigil.engine.load.Shape.DateShape;
import dev.vigil.engine.load.Shape.EnumShape;
import dev.vigil.engine.load.Shape.EvidenceShape;
import dev.vigil.engine.load.Shape.Field;
import dev.vigil.engine.load.Shape.IdShape;
import dev.vigil.engine.load.Shape.IntShape;
import dev.vigil.engine.load.Shape.ListShape;
import dev.vigil.engine.load.Shape.MapShape;
import dev.vigil.engine.load.Shape.ObjectShape;
import dev.vigil.engine.load.Shape.RefShape;
import dev.vigil.engine.load.Shape.TextShape;
import dev.vigil.engine.source.Diagnostic;
import dev.vigil.engine.source.Location;
import dev.vigil.engine.source.Node;
import dev.vigil.engine.source.Node.ListNode;
import dev.vigil.engine.source.Node.MapNode;
import dev.vigil.engine.source.Node.ScalarNode;
import dev.vigil.engine.source.Node.ScalarType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks one file's tree against the format's shapes, reporting every problem (not just the first), and
 * registers ids and references in the model's {@link IdSpace}.
 */
final class ShapeChecker {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final IdSpace ids;
    private final List<Diagnostic> out;

    ShapeChecker(IdSpace ids, List<Diagnostic> out) {
        this.ids = ids;
        this.out = out;
    }

    /** Checks a file's root map; {@code skipRequired} names keys whose absence is judged across files. */
    void checkRoot(Node root, ObjectShape shape, Set<String> skipRequired, String where) {
        checkRoot(root, shape, skipRequired, where, "a model file must be a map of sections (vigil, system, ...)");
    }

    /** As above; {@code whatItIs} says in words what the file must be when it is not a map. */
    void checkRoot(Node root, ObjectShape shape, Set<String> skipRequired, String where, String whatItIs) {
        if (!(root instanceof MapNode map)) {
            // The kind only, never the content: the file may be anything a model named (a
            // key file, notes), and its text must not reach a terminal or a CI log.
            error(root.location(), "not-a-map", whatItIs + ", not " + kind(root));
            return;
        }
        checkObject(map, shape, where, skipRequired);
    }

    private static String kind(Node node) {
        if (node instanceof Node.ListNode) {
            return "a list";
        }
        return node instanceof Node.ScalarNode scalar && scalar.type() != Node.ScalarType.STRING
                ? "a single value"
                : "text";
    }

    private void check(Node node, Shape shape, String field, String where) {
        if (shape instanceof ObjectShape object) {
            if (node instanceof MapNode map) {
                checkObject(map, object, nested(object, where), Set.of());
            } else {
                wrongType(node, field, where, shape);
            }
        } else if (shape instanceof ListShape list) {
            checkList(node, list, field, where);
        } else if (shape instanceof MapShape mapShape) {
            if (node instanceof MapNode map) {
                checkMap(map, mapShape, field, where);
            } else {
                wrongType(node, field, where, shape);
            }
        } else if (shape instanceof ChoiceShape choice) {
            check(node, node instanceof MapNode ? choice.object() : choice.scalar(), field, where);
        } else if (node instanceof ScalarNode scalar) {
            checkScalar(scalar, shape, field, where);
        } else {
            wrongType(node, field, where, shape);
        }
    }

    /** How a nested map is named: a path below a section ("lifecycle.endOfLife"), else "x of y". */
    private static String nested(ObjectShape object, String where) {
        if (where.startsWith("the ")) {
            return object.label();
        }
        if (!where.contains("'") && !where.contains(" ")) {
            return where + "." + object.label();
        }
        return object.label() + " of " + where;
    }

    private void checkObject(MapNode map, ObjectShape shape, String where, Set<String> skipRequired) {
        Optional<ScalarNode> id = Optional.empty();
        if (shape.idKind() != null) {
            id = map.get("id")
                    .filter(n -> n instanceof ScalarNode s && s.type() != ScalarType.NULL)
                    .map(ScalarNode.class::cast);
        }
        String self = id.filter(s -> ID.matcher(s.text()).matches())
                .map(s -> shape.label() + " '" + s.text() + "'")
                .orElse(where);
        Map<String, Location> seen = new HashMap<>();
        for (Node.Entry entry : map.entries()) {
            Location first = seen.putIfAbsent(entry.key(), entry.keyLocation());
            if (first != null) {
                error(
                        entry.keyLocation(),
                        "duplicate-key",
                        "duplicate key '" + entry.key() + "' in " + self + " (first at line " + first.line() + ")");
                continue;
            }
            var field = shape.field(entry.key());
            if (field.isEmpty()) {
                unknownKey(entry, shape, self);
            } else if (isAbsentOptional(entry.value(), field.get())) {
                continue;
            } else {
                check(entry.value(), field.get().shape(), entry.key(), self);
            }
        }
        for (Field field : shape.fields()) {
            if (field.required() && !seen.containsKey(field.name()) && !skipRequired.contains(field.name())) {
                error(map.location(), "missing-key", self + " is missing the required key '" + field.name() + "'");
            }
        }
        // An invalid id is still defined (its error is reported once), so references to it do not
        // cascade into a dangling-reference error each.
        id.ifPresent(s -> ids.define(new IdSpace.Definition(s.text(), shape.idKind(), self, map.location()), out));
    }

    /** A map whose keys are data: each value is checked against the one value shape. */
    private void checkMap(MapNode map, MapShape shape, String field, String where) {
        Map<String, Location> seen = new HashMap<>();
        for (Node.Entry entry : map.entries()) {
            Location first = seen.putIfAbsent(entry.key(), entry.keyLocation());
            String self = shape.keyLabel() + " '" + entry.key() + "'";
            if (first != null) {
                error(
                        entry.keyLocation(),
                        "duplicate-key",
                        "duplicate " + self + " in '" + field + "' of " + where + " (first at line " + first.line()
                                + ")");
            } else if (shape.value() instanceof ObjectShape object && entry.value() instanceof MapNode value) {
                checkObject(value, object, self, Set.of());
            } else {
                check(entry.value(), shape.value(), entry.key(), "'" + field + "' of " + where);
            }
        }
    }

    /** An optional list written as an empty value ({@code tracking:}) simply means none. */
    private static boolean isAbsentOptional(Node value, Field field) {
        return !field.required()
                && field.shape() instanceof ListShape
                && value instanceof ScalarNode s
                && s.type() == ScalarType.NULL;
    }

    private void unknownKey(Node.Entry entry, ObjectShape shape, String where) {
        List<String> keys = shape.fields().stream().map(Field::name).toList();
        String hint = Suggestions.nearest(entry.key(), keys)
                .map(s -> "; did you mean '" + s + "'?")
                .orElse("; valid keys are " + String.join(", ", keys));
        error(entry.keyLocation(), "unknown-key", "unknown key '" + entry.key() + "' in " + where + hint);
    }

    private void checkList(Node node, ListShape shape, String field, String where) {
        if (!(node instanceof ListNode list)) {
            wrongType(node, field, where, shape);
            return;
        }
        if (shape.exactSize() >= 0 && list.items().size() != shape.exactSize()) {
            error(
                    list.location(),
                    "list-size",
                    "'" + field + "' of " + where + " must list exactly " + shape.exactSize() + " items, not "
                            + list.items().size());
        }
        int index = 0;
        for (Node item : list.items()) {
            index++;
            if (shape.item() instanceof ObjectShape object) {
                if (item instanceof MapNode map) {
                    String itemWhere = object.label() + " " + index + " in '" + field + "'"
                            + (where.equals("the model") ? "" : " of " + where);
                    checkObject(map, object, itemWhere, Set.of());
                } else {
                    wrongType(item, field, where, object);
                }
            } else {
                check(item, shape.item(), field, where);
            }
        }
    }

    private void checkScalar(ScalarNode scalar, Shape shape, String field, String where) {
        String text = scalar.text();
        ScalarType type = scalar.type();
        if (type == ScalarType.NULL && !(shape instanceof ConstShape)) {
            wrongType(scalar, field, where, shape);
            return;
        }
        if (shape instanceof TextShape) {
            return; // numbers, dates and words are all fine as text
        }
        if (shape instanceof IdShape) {
            if (!ID.matcher(text).matches()) {
                error(
                        scalar.location(),
                        "bad-id",
                        "'" + text + "' is not a valid id for " + where
                                + ": use lower-case words joined by hyphens, e.g. '" + suggestId(text) + "'");
            }
        } else if (shape instanceof RefShape ref) {
            ids.refer(scalar.location(), field, where, text, ref.kinds());
        } else if (shape instanceof EnumShape enumShape) {
            // numeric classes (Australian IVD class 1-4) may be written as plain integers, and a word that
            // YAML 1.1 reads as a boolean (yes, no) is still that word where the enum has it
            boolean word = type == ScalarType.STRING
                    || type == ScalarType.INTEGER
                    || (type == ScalarType.BOOLEAN && enumShape.values().contains(text));
            if (!word || !enumShape.values().contains(text)) {
                String hint = Suggestions.nearest(text, enumShape.values())
                        .map(s -> "; did you mean '" + s + "'?")
                        .orElse("; expected one of " + String.join(", ", enumShape.values()));
                error(
                        scalar.location(),
                        "bad-enum",
                        "'" + field + "' of " + where + ": '" + text + "' is not a valid value" + hint);
            }
        } else if (shape instanceof BoolShape) {
            checkBoolean(scalar, field, where, shape);
        } else if (shape instanceof IntShape range) {
            checkInteger(scalar, range, field, where);
        } else if (shape instanceof DateShape) {
            if (!(type == ScalarType.STRING || type == ScalarType.TIMESTAMP)) {
                wrongType(scalar, field, where, shape);
            } else {
                checkDate(scalar, field, where);
            }
        } else if (shape instanceof EvidenceShape) {
            if (type == ScalarType.BOOLEAN) {
                checkBoolean(scalar, field, where, shape);
            } else if (DATE.matcher(text).matches()) {
                checkDate(scalar, field, where);
            }
        } else if (shape instanceof ConstShape constant) {
            if (!(type == ScalarType.INTEGER && text.equals(String.valueOf(constant.value())))) {
                error(
                        scalar.location(),
                        "unsupported-version",
                        "unsupported format version '" + text
                                + "'; this Vigil reads format " + constant.value() + " ('" + field + ": "
                                + constant.value() + "')");
            }
        }
    }

    private void checkBoolean(ScalarNode scalar, String field, String where, Shape shape) {
        if (!(scalar.type() == ScalarType.BOOLEAN
                && (scalar.text().equals("true") || scalar.text().equals("false")))) {
            error(
                    scalar.location(),
                    "not-a-boolean",
                    "'" + field + "' of " + where + " must be " + shape.expected() + ", not '" + scalar.text() + "'");
        }
    }

    private void checkInteger(ScalarNode scalar, IntShape range, String field, String where) {
        long value;
        try {
            if (scalar.type() != ScalarType.INTEGER) {
                throw new NumberFormatException();
            }
            value = Long.parseLong(scalar.text().replace("_", ""));
        } catch (NumberFormatException e) {
            wrongType(scalar, field, where, range);
            return;
        }
        if (value < range.min() || value > range.max()) {
            error(
                    scalar.location(),
                    "out-of-range",
                    "'" + field + "' of " + where + " must be " + range.expected() + ", not " + value);
        }
    }

    private void checkDate(ScalarNode scalar, String field, String where) {
        if (LoadedValues.date(scalar.text()).isEmpty()) {
            error(
                    scalar.location(),
                    "bad-date",
                    "'" + field + "' of " + where + ": '" + scalar.text() + "' is not a valid date (YYYY-MM-DD)");
        }
    }

    private void wrongType(Node node, String field, String where, Shape shape) {
        error(
                node.location(),
                "wrong-type",
                "'" + field + "' of " + where + " must be " + shape.expected() + ", not " + node.describe());
    }

    private void error(Location location, String code, String message) {
        out.add(Diagnostic.error(location, code, message));
    }

    private static String suggestId(String text) {
        String id = text.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return id.isEmpty() ? "my-element" : id;
    }
}
