package dev.vigil.engine.catalog;

/**
 * One thing that counts towards meeting a requirement. The kinds form a closed vocabulary
 * (docs/catalog-authoring.md); the terms each kind accepts live in {@code catalog/evidence.yaml}.
 * Written in catalog files as a one-key map, e.g. {@code lifecycle: monitoring.cvdPolicy}.
 */
public sealed interface Evidence {

    /** The term as written in the catalog, e.g. {@code "lifecycle: monitoring.cvdPolicy"}. */
    default String term() {
        return kind() + ": " + key();
    }

    /** The evidence kind, one of {@link EvidenceVocabulary#KINDS}. */
    String kind();

    /** The vocabulary term this evidence uses (for a model fact, its path). */
    String key();

    /** A lifecycle evidence key of the model (dotted path below {@code lifecycle}) is present and true. */
    record Lifecycle(String key) implements Evidence {
        @Override
        public String kind() {
            return "lifecycle";
        }
    }

    /** The model claims a control of this FDA control category. */
    record Control(String category) implements Evidence {
        @Override
        public String kind() {
            return "control";
        }

        @Override
        public String key() {
            return category;
        }
    }

    /**
     * A fact of the model. Without an operator the fact must be stated on every element that has
     * the path; with {@code =} or {@code !=} every stated value must (not) equal {@code value}.
     */
    record ModelFact(String path, Operator operator, String value) implements Evidence {
        @Override
        public String kind() {
            return "model";
        }

        @Override
        public String key() {
            return path;
        }

        @Override
        public String term() {
            return "model: " + path + operator.symbol + (value == null ? "" : value);
        }
    }

    /** How {@link ModelFact} compares a stated value. */
    enum Operator {
        STATED(""),
        EQUALS("="),
        NOT_EQUALS("!=");

        final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }
    }

    /** The SBOMs the model points to reach this quality level. */
    record Sbom(String quality) implements Evidence {
        @Override
        public String kind() {
            return "sbom";
        }

        @Override
        public String key() {
            return quality;
        }
    }

    /** Vigil can generate this architecture view or diagram from the model. */
    record View(String view) implements Evidence {
        @Override
        public String kind() {
            return "view";
        }

        @Override
        public String key() {
            return view;
        }
    }
}
