package dev.vigil.engine.catalog;

import java.util.List;

/**
 * One allowed term of the evidence vocabulary.
 *
 * @param type for model facts and lifecycle keys: {@code boolean}, {@code date}, {@code integer}, {@code text},
 *     {@code reference}, {@code section} (a list in the model) or {@code enum} with {@code values}
 * @param fromSites true when a site that builds the product ({@code system.builtAt}) can supply the
 *     evidence: build, signing and supply-chain facts
 */
public record VocabularyTerm(String meaning, String type, List<String> values, boolean fromSites) {
    public VocabularyTerm {
        values = List.copyOf(values);
    }
}
