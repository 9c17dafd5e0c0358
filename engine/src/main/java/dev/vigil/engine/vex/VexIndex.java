package dev.vigil.engine.vex;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * All statements of several VEX documents, looked up by vulnerability (id or any alias) and component.
 * When statements disagree the one with the latest timestamp wins; without timestamps, or on a tie, the
 * one read last wins, so a caller lists documents oldest first.
 */
public final class VexIndex {

    private record Entry(VexStatement statement, int order) {}

    private static final Comparator<Entry> PRECEDENCE = Comparator.comparing(
                    (Entry e) -> e.statement().timestamp().orElse(Instant.MIN))
            .thenComparingInt(Entry::order);

    private final Map<String, List<Entry>> byVulnerability = new HashMap<>();
    private final int size;

    private VexIndex(List<VexStatement> statements) {
        int order = 0;
        for (VexStatement statement : statements) {
            Entry entry = new Entry(statement, order++);
            Set<String> keys = new LinkedHashSet<>();
            keys.add(key(statement.vulnerabilityId()));
            statement.aliases().forEach(a -> keys.add(key(a)));
            for (String key : keys) {
                byVulnerability.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
            }
        }
        this.size = statements.size();
    }

    /** An index over the statements of the documents, in the order given. */
    public static VexIndex of(Collection<VexDocument> documents) {
        List<VexStatement> statements = new ArrayList<>();
        documents.forEach(d -> statements.addAll(d.statements()));
        return new VexIndex(statements);
    }

    /** An index over statements, in the order given. */
    public static VexIndex ofStatements(Collection<VexStatement> statements) {
        return new VexIndex(List.copyOf(statements));
    }

    /** How many statements the index holds. */
    public int size() {
        return size;
    }

    /**
     * The statement that decides the status of a vulnerability (named by id or any of its aliases) in a
     * component (by purl, name@version, CPE or bom-ref); empty when no statement covers the pair.
     */
    public Optional<VexStatement> lookup(String vulnerabilityId, Set<String> aliases, ComponentRef component) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(key(vulnerabilityId));
        aliases.forEach(a -> keys.add(key(a)));
        Set<Entry> candidates = new LinkedHashSet<>();
        for (String key : keys) {
            candidates.addAll(byVulnerability.getOrDefault(key, List.of()));
        }
        return candidates.stream()
                .filter(e -> e.statement().subjects().stream().anyMatch(s -> ComponentMatch.covers(s, component)))
                .max(PRECEDENCE)
                .map(Entry::statement);
    }

    private static String key(String id) {
        return id.strip().toUpperCase(Locale.ROOT);
    }
}
