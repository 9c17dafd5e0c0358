package dev.vigil.engine.vex;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One VEX statement, whatever format it came from: the status of one vulnerability in some products.
 * When {@code subcomponents} is not empty the statement is about those components inside the products
 * (OpenVEX); otherwise about the products themselves.
 *
 * @param impactStatement why a product is not affected, in words (OpenVEX impact_statement, CycloneDX
 *     analysis.detail, CSAF threats of category impact)
 * @param actionStatement what to do when affected (OpenVEX action_statement, CycloneDX response and
 *     recommendation, CSAF remediations)
 * @param timestamp when the statement was made; the document's timestamp when the statement has none
 */
public record VexStatement(
        String vulnerabilityId,
        Set<String> aliases,
        List<ComponentRef> products,
        List<ComponentRef> subcomponents,
        VexStatus status,
        Optional<Justification> justification,
        Optional<String> impactStatement,
        Optional<String> actionStatement,
        Optional<Instant> timestamp,
        VexSource source) {

    public VexStatement {
        Objects.requireNonNull(vulnerabilityId, "vulnerabilityId == null");
        if (vulnerabilityId.isBlank()) {
            throw new IllegalArgumentException("vulnerabilityId is blank");
        }
        aliases = Set.copyOf(new TreeSet<>(Objects.requireNonNull(aliases, "aliases == null")));
        products = List.copyOf(Objects.requireNonNull(products, "products == null"));
        subcomponents = List.copyOf(Objects.requireNonNull(subcomponents, "subcomponents == null"));
        Objects.requireNonNull(status, "status == null");
        Objects.requireNonNull(justification, "justification == null");
        Objects.requireNonNull(impactStatement, "impactStatement == null");
        Objects.requireNonNull(actionStatement, "actionStatement == null");
        Objects.requireNonNull(timestamp, "timestamp == null");
        Objects.requireNonNull(source, "source == null");
    }

    /** The components the status is about: the subcomponents when given, else the products. */
    public List<ComponentRef> subjects() {
        return subcomponents.isEmpty() ? products : subcomponents;
    }

    /** The aliases in a stable order, for output. */
    public List<String> sortedAliases() {
        return List.copyOf(new TreeSet<>(aliases));
    }

    /**
     * One line for a scan report, e.g. {@code not_affected by OpenVEX statement https://x#/statements/0
     * (vex.json): vulnerable_code_not_present}.
     */
    public String explain() {
        String why = justification
                .map(Justification::describe)
                .or(() -> impactStatement)
                .or(() -> actionStatement)
                .orElse("no justification given");
        return status.id() + " by " + source.describe() + ": " + why;
    }
}
