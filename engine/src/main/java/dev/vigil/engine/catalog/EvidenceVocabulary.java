package dev.vigil.engine.catalog;

import java.util.Map;
import java.util.Optional;

/**
 * The closed vocabulary requirements may use to declare what satisfies them, read from
 * {@code catalog/evidence.yaml}: one map of term to meaning per evidence kind.
 */
public record EvidenceVocabulary(Map<String, Map<String, VocabularyTerm>> kinds) {

    /** The evidence kinds, as written before the colon of a term. */
    public static final java.util.List<String> KINDS = java.util.List.of(
            "lifecycle", "control", "model", "sbom", "view", "test", "document", "isao", "dittaPrinciple");

    public EvidenceVocabulary {
        kinds = Map.copyOf(kinds);
    }

    public Optional<VocabularyTerm> find(String kind, String term) {
        return Optional.ofNullable(kinds.getOrDefault(kind, Map.of()).get(term));
    }

    public Map<String, VocabularyTerm> terms(String kind) {
        return kinds.getOrDefault(kind, Map.of());
    }
}
