package dev.vigil.engine.advisory;

import java.util.List;

/**
 * One NVD configuration: nodes joined by {@code operator} (AND means "vulnerable X running on Y").
 *
 * @param operator {@code AND} or {@code OR}; null means OR
 */
public record CpeConfiguration(String operator, boolean negate, List<Node> nodes) {

    public CpeConfiguration {
        nodes = List.copyOf(nodes == null ? List.of() : nodes);
    }

    /** A node: criteria joined by {@code operator}, optionally negated. */
    public record Node(String operator, boolean negate, List<Criterion> matches) {
        public Node {
            matches = List.copyOf(matches == null ? List.of() : matches);
        }
    }

    /**
     * One {@code cpeMatch} entry with its version bounds as the NVD writes them (null when absent).
     *
     * @param criteria a CPE 2.3 formatted string
     * @param vulnerable false for platform criteria ("running on")
     */
    public record Criterion(
            String criteria,
            boolean vulnerable,
            String versionStartIncluding,
            String versionStartExcluding,
            String versionEndIncluding,
            String versionEndExcluding,
            String matchCriteriaId) {

        /** The vendor:product key, or empty when the criteria is not a parsable CPE 2.3 string. */
        public java.util.Optional<CpeKey> key() {
            return CpeKey.fromCpe(criteria);
        }
    }
}
