package dev.vigil.engine.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Reads a requirement's {@code evidence} and {@code blockedBy} lists; the vocabulary check is in {@link CatalogCheck}. */
final class EvidenceTerms {
    static final List<String> FINDING_TAGS = List.of("theme", "fdaControl", "dittaPrinciple");

    /** The kinds an evidence item may start with, and the parameters each accepts after it. */
    private static final Map<String, List<String>> PARAMETERS = parameters();

    private EvidenceTerms() {}

    private static Map<String, List<String>> parameters() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        p.put("lifecycle", List.of("min", "max", "maxAgeDays"));
        p.put("model", List.of("min", "max", "maxAgeDays"));
        p.put("control", List.of());
        p.put("sbom", List.of());
        p.put("view", List.of());
        p.put("test", List.of("independent", "maxAgeDays"));
        p.put("document", List.of("maxAgeDays"));
        p.put("isao", List.of());
        p.put("anyOf", List.of());
        return p;
    }

    static List<Evidence> evidence(YamlMap requirement) {
        Object value = requirement.entries().get("evidence");
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            requirement.problem("'evidence' must be a list of mappings such as {kind: term}");
            return List.of();
        }
        List<Evidence> out = new ArrayList<>();
        for (Object item : items) {
            item(requirement, item, true).ifPresent(out::add);
        }
        return out;
    }

    /** One item: a mapping whose first key is the kind, followed by that kind's parameters. */
    private static Optional<Evidence> item(YamlMap where, Object item, boolean top) {
        if (!(item instanceof Map<?, ?> raw) || raw.isEmpty()) {
            where.problem("evidence items must be mappings such as {kind: term}, found " + item);
            return Optional.empty();
        }
        Map<String, Object> map = YamlMap.stringKeys(raw);
        String kind = map.keySet().iterator().next();
        List<String> allowed = PARAMETERS.get(kind);
        if (allowed == null) {
            where.problem(
                    "unknown evidence kind '" + kind + "' (allowed: " + String.join(", ", PARAMETERS.keySet()) + ")");
            return Optional.empty();
        }
        for (String key : map.keySet()) {
            if (!key.equals(kind) && !allowed.contains(key)) {
                where.problem("evidence '" + kind + "' does not take '" + key + "'"
                        + (allowed.isEmpty() ? "" : " (allowed: " + String.join(", ", allowed) + ")"));
            }
        }
        Object value = map.get(kind);
        if (kind.equals("anyOf")) {
            if (!top || !(value instanceof List<?> options) || options.size() < 2) {
                where.problem("'anyOf' takes a list of at least two evidence items and cannot be nested");
                return Optional.empty();
            }
            List<Evidence> parsed = new ArrayList<>();
            for (Object option : options) {
                item(where, option, false).ifPresent(parsed::add);
            }
            return Optional.of(new Evidence.AnyOf(parsed));
        }
        if (!(value instanceof String text) || text.isBlank()) {
            where.problem("evidence '" + kind + "' needs a term as text, found " + value);
            return Optional.empty();
        }
        String term = text.strip();
        Evidence.Limits limits = new Evidence.Limits(
                number(where, map, "min"), number(where, map, "max"), number(where, map, "maxAgeDays"));
        return Optional.of(
                switch (kind) {
                    case "lifecycle" -> new Evidence.Lifecycle(term, limits);
                    case "control" -> new Evidence.Control(term);
                    case "model" -> modelFact(term, limits);
                    case "sbom" -> new Evidence.Sbom(term);
                    case "view" -> new Evidence.View(term);
                    case "test" -> new Evidence.Test(term, flag(where, map, "independent"), limits);
                    case "document" -> new Evidence.Document(term, limits);
                    default -> new Evidence.Isao(term);
                });
    }

    private static OptionalInt number(YamlMap where, Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return OptionalInt.empty();
        }
        // the catalog reader keeps numbers as written (text)
        if (value instanceof String text && text.strip().matches("\\d{1,9}")) {
            return OptionalInt.of(Integer.parseInt(text.strip()));
        }
        where.problem("evidence parameter '" + key + "' must be a whole number of at least 0, not " + value);
        return OptionalInt.empty();
    }

    private static Optional<Boolean> flag(YamlMap where, Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Boolean b) {
            return Optional.of(b);
        }
        where.problem("evidence parameter '" + key + "' must be true or false, not " + value);
        return Optional.empty();
    }

    static List<FindingSelector> blockers(YamlMap requirement) {
        List<FindingSelector> out = new ArrayList<>();
        for (Map.Entry<String, String> term : requirement.pairs("blockedBy")) {
            if (FINDING_TAGS.contains(term.getKey())) {
                out.add(new FindingSelector(term.getKey(), term.getValue()));
            } else {
                requirement.problem("unknown finding tag '" + term.getKey() + "' in blockedBy (allowed: "
                        + String.join(", ", FINDING_TAGS) + ")");
            }
        }
        return out;
    }

    /** {@code path}, {@code path=value} or {@code path!=value}. */
    static Evidence.ModelFact modelFact(String text) {
        return modelFact(text, Evidence.Limits.NONE);
    }

    private static Evidence.ModelFact modelFact(String text, Evidence.Limits limits) {
        int ne = text.indexOf("!=");
        if (ne > 0) {
            return new Evidence.ModelFact(
                    text.substring(0, ne).strip(),
                    Evidence.Operator.NOT_EQUALS,
                    text.substring(ne + 2).strip(),
                    limits);
        }
        int eq = text.indexOf('=');
        if (eq > 0) {
            return new Evidence.ModelFact(
                    text.substring(0, eq).strip(),
                    Evidence.Operator.EQUALS,
                    text.substring(eq + 1).strip(),
                    limits);
        }
        return new Evidence.ModelFact(text, Evidence.Operator.STATED, null, limits);
    }
}
