package dev.vigil.engine.catalog;

import java.util.List;

/**
 * One allowed term of the evidence vocabulary.
 *
 * @param type for model facts and lifecycle keys: {@code boolean}, {@code date}, {@code text},
 *     {@code reference}, {@code section} (a list in the model) or {@code enum} with {@code values}
 * @param proposed true when the model format (format 1) does not define the key yet; the catalog
 *     uses it so the requirement is expressible, and the model format must add it before the
 *     evaluator can find it
 */
public record VocabularyTerm(String meaning, String type, List<String> values, boolean proposed) {
    public VocabularyTerm {
        values = List.copyOf(values);
    }
}
