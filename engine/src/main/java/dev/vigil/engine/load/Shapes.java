package dev.vigil.engine.load;

import dev.vigil.engine.load.Shape.BoolShape;
import dev.vigil.engine.load.Shape.DateShape;
import dev.vigil.engine.load.Shape.EnumShape;
import dev.vigil.engine.load.Shape.EvidenceShape;
import dev.vigil.engine.load.Shape.Field;
import dev.vigil.engine.load.Shape.IdShape;
import dev.vigil.engine.load.Shape.ListShape;
import dev.vigil.engine.load.Shape.ObjectShape;
import dev.vigil.engine.load.Shape.RefShape;
import dev.vigil.engine.load.Shape.TextShape;
import dev.vigil.engine.model.WireValue;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Short factories the format declarations are written with: the model's ({@link FormatOne}, {@link
 * EvidenceFormat}) and the bundled resource files' (catalog, rule metadata).
 */
public final class Shapes {

    private Shapes() {}

    /** A map of named lifecycle evidence values, one per key. */
    public static ObjectShape evidenceObject(String label, String... keys) {
        return object(
                label,
                null,
                label + " phase",
                Arrays.stream(keys).map(k -> opt(k, new EvidenceShape(), k)).toArray(Field[]::new));
    }

    /** Lifecycle evidence: a yes/no, a date, or a path, URL, document id or text. */
    public static Shape evidence() {
        return new EvidenceShape();
    }

    public static ObjectShape object(String label, String idKind, String description, Field... fields) {
        return new ObjectShape(label, idKind, List.of(fields), description);
    }

    public static Field id() {
        return new Field("id", new IdShape(), true, "Unique id, lower-case kebab-case");
    }

    public static Field req(String name, Shape shape, String description) {
        return new Field(name, shape, true, description);
    }

    public static Field opt(String name, Shape shape, String description) {
        return new Field(name, shape, false, description);
    }

    public static Shape text() {
        return new TextShape();
    }

    public static Shape bool() {
        return new BoolShape();
    }

    public static Shape date() {
        return new DateShape();
    }

    public static ListShape list(Shape item) {
        return new ListShape(item, -1);
    }

    public static RefShape ref(String... kinds) {
        return new RefShape(Set.of(kinds));
    }

    public static ListShape refs(String... kinds) {
        return list(ref(kinds));
    }

    /** A map whose keys are data; every value has the given shape. */
    public static Shape.MapShape mapOf(String keyLabel, Shape value) {
        return new Shape.MapShape(keyLabel, value);
    }

    public static Shape integer(int min, int max) {
        return new Shape.IntShape(min, max);
    }

    public static EnumShape oneOf(java.util.Collection<String> values) {
        return new EnumShape(List.copyOf(values));
    }

    public static <E extends Enum<E> & WireValue> EnumShape enumOf(Class<E> type) {
        return new EnumShape(
                Arrays.stream(type.getEnumConstants()).map(WireValue::wire).toList());
    }
}
