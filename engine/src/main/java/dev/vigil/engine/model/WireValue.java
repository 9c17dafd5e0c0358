package dev.vigil.engine.model;

import java.util.Locale;
import java.util.Optional;

/** An enum whose values are written in models as lower-case kebab-case words. */
public interface WireValue {

    String name();

    /** The value as a model file spells it. */
    default String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant a model file's word stands for, if any. */
    static <E extends Enum<E> & WireValue> Optional<E> parse(Class<E> type, String word) {
        for (E value : type.getEnumConstants()) {
            if (value.wire().equals(word)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
