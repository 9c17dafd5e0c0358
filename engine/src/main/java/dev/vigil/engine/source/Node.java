package dev.vigil.engine.source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed YAML or JSON document as a tree that remembers where every value came from, so that every
 * later check can point at the exact line and column.
 */
public sealed interface Node permits Node.MapNode, Node.ListNode, Node.ScalarNode {

    Location location();

    /** What the value is called in messages: "a map", "a list", "the string 'x'". */
    String describe();

    /** A mapping; keys keep their own location and their order. */
    record MapNode(Location location, List<Entry> entries) implements Node {
        public MapNode {
            entries = List.copyOf(entries);
        }

        public Optional<Entry> entry(String key) {
            for (Entry e : entries) {
                if (e.key().equals(key)) {
                    return Optional.of(e);
                }
            }
            return Optional.empty();
        }

        public Optional<Node> get(String key) {
            return entry(key).map(Entry::value);
        }

        /**
         * The entries whose key an earlier entry of this map already gives. A reader that takes the first
         * and one that takes the last read two different documents (a parser differential), so readers
         * refuse a repeated key rather than pick one.
         */
        public List<Entry> repeats() {
            Set<String> seen = new HashSet<>();
            List<Entry> repeats = new ArrayList<>();
            for (Entry e : entries) {
                if (!seen.add(e.key())) {
                    repeats.add(e);
                }
            }
            return repeats;
        }

        /** Where {@code key} is first given in this map. */
        public Location firstAt(String key) {
            return entry(key).map(Entry::keyLocation).orElse(location);
        }

        @Override
        public String describe() {
            return "a map";
        }
    }

    /** One key of a mapping. */
    record Entry(String key, Location keyLocation, Node value) {}

    /** A sequence. */
    record ListNode(Location location, List<Node> items) implements Node {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A scalar with the type its syntax gave it (a quoted "true" is a string, a plain true a boolean). */
    record ScalarNode(Location location, String text, ScalarType type) implements Node {
        @Override
        public String describe() {
            return switch (type) {
                case NULL -> "an empty value";
                case STRING -> "the string '" + text + "'";
                default -> type.name().toLowerCase(java.util.Locale.ROOT) + " " + text;
            };
        }
    }

    /** The type of a scalar as its syntax resolves it. */
    enum ScalarType {
        STRING,
        INTEGER,
        FLOAT,
        BOOLEAN,
        NULL,
        TIMESTAMP
    }
}
