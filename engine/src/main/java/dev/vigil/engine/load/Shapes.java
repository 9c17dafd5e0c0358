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

/** Short factories the format declaration is written with ({@link FormatOne}, {@link EvidenceFormat}). */
final class Shapes {

    private Shapes() {}

    /** A map of named lifecycle evidence values, one per key. */
    static ObjectShape evidenceObject(String label, String... keys) {
        return object(
                label,
                null,
                label + " phase",
                Arrays.stream(keys).map(k -> opt(k, new EvidenceShape(), k)).toArray(Field[]::new));
    }

    /** Lifecycle evidence: a yes/no, a date, or a path, URL, document id or text. */
    static Shape evidence() {
        return new EvidenceShape();
    }

    static ObjectShape object(String label, String idKind, String description, Field... fields) {
        return new ObjectShape(label, idKind, List.of(fields), description);
    }

    static Field id() {
        return new Field("id", new IdShape(), true, "Unique id, lower-case kebab-case");
    }

    static Field req(String name, Shape shape, String description) {
        return new Field(name, shape, true, description);
    }

    static Field opt(String name, Shape shape, String description) {
        return new Field(name, shape, false, description);
    }

    static Shape text() {
        return new TextShape();
    }

    static Shape bool() {
        return new BoolShape();
    }

    static Shape date() {
        return new DateShape();
    }

    static ListShape list(Shape item) {
        return new ListShape(item, -1);
    }

    static RefShape ref(String... kinds) {
        return new RefShape(Set.of(kinds));
    }

    static ListShape refs(String... kinds) {
        return list(ref(kinds));
    }

    static <E extends Enum<E> & WireValue> EnumShape enumOf(Class<E> type) {
        return new EnumShape(
                Arrays.stream(type.getEnumConstants()).map(WireValue::wire).toList());
    }
}
