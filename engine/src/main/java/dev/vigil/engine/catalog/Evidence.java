package dev.vigil.engine.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * One thing that counts towards meeting a requirement. The kinds form a closed vocabulary
 * (docs/catalog-authoring.md); the terms each kind accepts live in {@code catalog/evidence.yaml}.
 * Written in catalog files as a mapping whose first key is the kind, e.g. {@code {lifecycle:
 * monitoring.cvdPolicy}} or {@code {lifecycle: monitoring.patchCadenceDays, max: 60}}.
 */
public sealed interface Evidence {

    /** The term as written in the catalog, e.g. {@code "lifecycle: monitoring.cvdPolicy"}; unique per meaning. */
    default String term() {
        return kind() + ": " + key() + limits().text();
    }

    /** The evidence kind, one of {@link EvidenceVocabulary#KINDS} or {@code anyOf}. */
    String kind();

    /** The vocabulary term this evidence uses (for a model fact, its path). */
    String key();

    /** Numeric and age limits on the value; none for most terms. */
    default Limits limits() {
        return Limits.NONE;
    }

    /**
     * Limits on a stated value: {@code min}/{@code max} for numbers, {@code maxAgeDays} for a date that must
     * not be older than that many days on the assessment date.
     */
    record Limits(OptionalInt min, OptionalInt max, OptionalInt maxAgeDays) {
        public static final Limits NONE = new Limits(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty());

        public boolean isEmpty() {
            return min.isEmpty() && max.isEmpty() && maxAgeDays.isEmpty();
        }

        /** The limits as a term suffix, e.g. {@code " (max 60)"}. */
        public String text() {
            List<String> parts = new ArrayList<>();
            min.ifPresent(v -> parts.add("min " + v));
            max.ifPresent(v -> parts.add("max " + v));
            maxAgeDays.ifPresent(v -> parts.add("at most " + v + " days old"));
            return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
        }
    }

    /** A lifecycle evidence key of the model (dotted path below {@code lifecycle}) is present and true. */
    record Lifecycle(String key, Limits limits) implements Evidence {
        public Lifecycle(String key) {
            this(key, Limits.NONE);
        }

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
     * the path; with {@code =} or {@code !=} every stated value must (not) equal {@code value}; limits
     * bound a number or the age of a date.
     */
    record ModelFact(String path, Operator operator, String value, Limits limits) implements Evidence {
        public ModelFact(String path, Operator operator, String value) {
            this(path, operator, value, Limits.NONE);
        }

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
            return "model: " + path + operator.symbol + (value == null ? "" : value) + limits.text();
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

    /**
     * A security test of this kind (a {@code tests} element of the model) that passed; when
     * {@code independent} is set its testers' independence must be stated as that, and {@code maxAgeDays}
     * bounds its date.
     */
    record Test(String testKind, Optional<Boolean> independent, Limits limits) implements Evidence {
        @Override
        public String kind() {
            return "test";
        }

        @Override
        public String key() {
            return testKind;
        }

        @Override
        public String term() {
            return "test: " + testKind
                    + independent
                            .map(i -> i ? ", independent" : ", not independent")
                            .orElse("") + limits.text();
        }
    }

    /** A document of this kind (a {@code documents} element of the model); {@code maxAgeDays} bounds its date. */
    record Document(String documentKind, Limits limits) implements Evidence {
        @Override
        public String kind() {
            return "document";
        }

        @Override
        public String key() {
            return documentKind;
        }
    }

    /**
     * ISAO participation: {@code named} asks that {@code lifecycle.monitoring.isao} names a known ISAO
     * ({@code catalog/isaos.yaml}), {@code member} that it also states membership (a start date or an
     * agreement).
     */
    record Isao(String level) implements Evidence {
        @Override
        public String kind() {
            return "isao";
        }

        @Override
        public String key() {
            return level;
        }
    }

    /** Any one of the options satisfies the term, e.g. a lifecycle statement or a test element. */
    record AnyOf(List<Evidence> options) implements Evidence {
        public AnyOf {
            options = List.copyOf(options);
        }

        @Override
        public String kind() {
            return "anyOf";
        }

        @Override
        public String key() {
            return options.stream().map(Evidence::term).collect(Collectors.joining(" | "));
        }

        @Override
        public String term() {
            return "anyOf: [" + options.stream().map(Evidence::term).collect(Collectors.joining("; ")) + "]";
        }
    }
}
