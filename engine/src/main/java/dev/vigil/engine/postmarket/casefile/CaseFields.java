package dev.vigil.engine.postmarket.casefile;

import dev.vigil.engine.source.Diagnostic;
import dev.vigil.engine.source.Location;
import dev.vigil.engine.source.Node;
import dev.vigil.engine.source.Node.ListNode;
import dev.vigil.engine.source.Node.MapNode;
import dev.vigil.engine.source.Node.ScalarNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Strict reads of one mapping of a case file: each read names its key, and every problem (missing key, wrong
 * type, unknown key, bad date) becomes a located diagnostic while reading goes on, so one run reports all.
 */
final class CaseFields {
    static final String CODE = "invalid-case";

    private final MapNode map;
    private final String what;
    private final List<Diagnostic> out;

    CaseFields(MapNode map, String what, List<Diagnostic> out) {
        this.map = map;
        this.what = what;
        this.out = out;
        for (Node.Entry repeat : map.repeats()) {
            out.add(error(
                    repeat.keyLocation(),
                    "duplicate key '" + repeat.key() + "' in " + what + " (first at line "
                            + map.firstAt(repeat.key()).line() + ")"));
        }
    }

    /** The mapping {@code node} is, or a problem and an empty mapping. */
    static CaseFields of(Node node, String what, List<Diagnostic> out) {
        if (node instanceof MapNode m) {
            return new CaseFields(m, what, out);
        }
        out.add(error(node.location(), what + " must be a map, not " + node.describe()));
        return new CaseFields(new MapNode(node.location(), List.of()), what, out);
    }

    Location location() {
        return map.location();
    }

    void allowOnly(Collection<String> keys) {
        for (Node.Entry e : map.entries()) {
            if (!keys.contains(e.key())) {
                out.add(error(
                        e.keyLocation(),
                        "unknown key '" + e.key() + "' in " + what + " (valid keys: "
                                + String.join(", ", new TreeSet<>(keys)) + ")"));
            }
        }
    }

    Optional<Node> node(String key) {
        return map.get(key).filter(n -> !(n instanceof ScalarNode s && s.type() == Node.ScalarType.NULL));
    }

    /** Where the value of {@code key} is written (the map itself when the key is absent). */
    Location at(String key) {
        return map.get(key).map(Node::location).orElse(map.location());
    }

    String text(String key) {
        Optional<String> value = optionalText(key);
        if (value.isEmpty() && map.get(key).isEmpty()) {
            out.add(error(map.location(), what + " is missing the required key '" + key + "'"));
        }
        return value.orElse("");
    }

    Optional<String> optionalText(String key) {
        Optional<Node> n = map.get(key);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (n.get() instanceof ScalarNode s
                && s.type() != Node.ScalarType.NULL
                && !s.text().isBlank()) {
            return Optional.of(s.text().strip());
        }
        out.add(error(
                n.get().location(),
                "'" + key + "' must be non-empty text, not " + n.get().describe()));
        return Optional.empty();
    }

    Optional<LocalDate> date(String key, boolean required) {
        Optional<Node> n = map.get(key);
        if (n.isEmpty()) {
            if (required) {
                out.add(error(map.location(), what + " is missing the required key '" + key + "'"));
            }
            return Optional.empty();
        }
        return dateOf(key, n.get(), out);
    }

    static Optional<LocalDate> dateOf(String key, Node n, List<Diagnostic> out) {
        if (n instanceof ScalarNode s && s.type() != Node.ScalarType.NULL) {
            try {
                return Optional.of(LocalDate.parse(s.text().strip()));
            } catch (DateTimeParseException e) {
                // falls through to the problem below
            }
        }
        String found = n instanceof ScalarNode s ? "'" + s.text() + "'" : n.describe();
        out.add(error(n.location(), "'" + key + "' must be a date written YYYY-MM-DD, not " + found));
        return Optional.empty();
    }

    boolean bool(String key) {
        Optional<Node> n = map.get(key);
        if (n.isEmpty()) {
            return false;
        }
        if (n.get() instanceof ScalarNode s && s.type() == Node.ScalarType.BOOLEAN) {
            return Boolean.parseBoolean(s.text().strip().toLowerCase(java.util.Locale.ROOT));
        }
        out.add(error(
                n.get().location(),
                "'" + key + "' must be true or false, not " + n.get().describe()));
        return false;
    }

    Optional<Boolean> optionalBool(String key) {
        return map.get(key).isPresent() ? Optional.of(bool(key)) : Optional.empty();
    }

    Optional<Integer> positiveInt(String key) {
        Optional<Node> n = map.get(key);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (n.get() instanceof ScalarNode s && s.type() == Node.ScalarType.INTEGER) {
            try {
                int v = Integer.parseInt(s.text().strip());
                if (v > 0) {
                    return Optional.of(v);
                }
            } catch (NumberFormatException e) {
                // falls through
            }
        }
        out.add(error(
                n.get().location(),
                "'" + key + "' must be a whole number of days above 0, not "
                        + n.get().describe()));
        return Optional.empty();
    }

    /** The items of a list value; a scalar or map where a list belongs is a problem. */
    List<Node> list(String key, boolean required) {
        Optional<Node> n = map.get(key);
        if (n.isEmpty()) {
            if (required) {
                out.add(error(map.location(), what + " is missing the required key '" + key + "'"));
            }
            return List.of();
        }
        if (n.get() instanceof ListNode l) {
            if (required && l.items().isEmpty()) {
                out.add(error(l.location(), "'" + key + "' must list at least one item"));
            }
            return l.items();
        }
        out.add(error(
                n.get().location(),
                "'" + key + "' must be a list, not " + n.get().describe()));
        return List.of();
    }

    /** Texts of a list of scalars, with where each was written. */
    List<ScalarNode> texts(String key, boolean required) {
        List<ScalarNode> texts = new ArrayList<>();
        for (Node item : list(key, required)) {
            if (item instanceof ScalarNode s
                    && s.type() != Node.ScalarType.NULL
                    && !s.text().isBlank()) {
                texts.add(s);
            } else {
                out.add(error(item.location(), "'" + key + "' must list non-empty text, found " + item.describe()));
            }
        }
        return texts;
    }

    List<Diagnostic> out() {
        return out;
    }

    List<Node.Entry> entries() {
        return map.entries();
    }

    void problem(Location at, String message) {
        out.add(error(at, message));
    }

    static Diagnostic error(Location at, String message) {
        return Diagnostic.error(at, CODE, message);
    }
}
