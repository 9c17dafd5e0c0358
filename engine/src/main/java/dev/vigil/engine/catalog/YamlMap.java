package dev.vigil.engine.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A strict view of one YAML mapping in a catalog file: every read names the key it wants, unknown
 * keys and wrong types become problems that say where they are ({@code where}), and reading goes on
 * so one run reports every problem.
 */
final class YamlMap {
    private final Map<String, Object> values;
    private final String where;
    private final List<String> problems;

    private YamlMap(Map<String, Object> values, String where, List<String> problems) {
        this.values = values;
        this.where = where;
        this.problems = problems;
    }

    /** Parses a catalog file. Only booleans and null are typed: dates and versions stay text. */
    static YamlMap parse(InputStream in, String file, List<String> problems) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Yaml yaml = new Yaml(
                new SafeConstructor(options),
                new Representer(new DumperOptions()),
                new DumperOptions(),
                options,
                new TextResolver());
        try (in) {
            Object root = yaml.load(in);
            if (root instanceof Map<?, ?> map) {
                return new YamlMap(stringKeys(map), file, problems);
            }
            problems.add(file + ": expected a mapping at the top");
        } catch (RuntimeException e) {
            problems.add(file + ": not valid YAML: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        return new YamlMap(Map.of(), file, problems);
    }

    static YamlMap empty(String where, List<String> problems) {
        return new YamlMap(Map.of(), where, problems);
    }

    /** A list of one-key mappings with text values, e.g. {@code [{lifecycle: monitoring.cvdPolicy}]}. */
    List<Map.Entry<String, String>> pairs(String key) {
        Object value = values.get(key);
        List<Map.Entry<String, String>> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (!(value instanceof List<?> list)) {
            problem("'" + key + "' must be a list of one-key mappings");
            return out;
        }
        for (Object item : list) {
            if (item instanceof Map<?, ?> map
                    && map.size() == 1
                    && map.values().iterator().next() instanceof String text
                    && !text.isBlank()) {
                out.add(Map.entry(String.valueOf(map.keySet().iterator().next()), text.strip()));
            } else {
                problem("'" + key + "' items must be one-key mappings such as {kind: term}, found " + describe(item));
            }
        }
        return out;
    }

    void problem(String message) {
        problems.add(where + ": " + message);
    }

    /** Reports every key not in {@code allowed}, naming the allowed ones. */
    void allowOnly(Collection<String> allowed) {
        for (String key : values.keySet()) {
            if (!allowed.contains(key)) {
                problem("unknown key '" + key + "' (allowed: " + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
    }

    boolean has(String key) {
        return values.get(key) != null;
    }

    String text(String key) {
        String value = optionalText(key, null);
        if (value == null && !values.containsKey(key)) {
            problem("missing '" + key + "'");
        }
        return value == null ? "" : value;
    }

    String optionalText(String key, String fallback) {
        Object value = values.get(key);
        if (value == null) {
            if (values.containsKey(key)) {
                problem("'" + key + "' is empty");
            }
            return fallback;
        }
        if (value instanceof String s && !s.isBlank()) {
            return s.strip();
        }
        problem("'" + key + "' must be non-empty text, not " + describe(value));
        return fallback;
    }

    boolean bool(String key, boolean fallback) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        problem("'" + key + "' must be true or false, not " + describe(value));
        return fallback;
    }

    List<String> texts(String key) {
        Object value = values.get(key);
        if (value == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof String s && !s.isBlank()) {
                    out.add(s.strip());
                } else {
                    problem("'" + key + "' must list non-empty text, found " + describe(item));
                }
            }
        } else {
            problem("'" + key + "' must be a list");
        }
        return out;
    }

    YamlMap map(String key) {
        Object value = values.get(key);
        if (value instanceof Map<?, ?> map) {
            return new YamlMap(stringKeys(map), where + " " + key, problems);
        }
        if (value != null) {
            problem("'" + key + "' must be a mapping");
        }
        return new YamlMap(Map.of(), where + " " + key, problems);
    }

    /** The list of mappings under {@code key}; messages name each item as {@code noun id}. */
    List<YamlMap> maps(String key, String noun) {
        Object value = values.get(key);
        List<YamlMap> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (!(value instanceof List<?> list)) {
            problem("'" + key + "' must be a list");
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Map<?, ?> map) {
                Object id = map.get("id");
                String name = id instanceof String s ? noun + " " + s : noun + " #" + (i + 1);
                out.add(new YamlMap(stringKeys(map), where + " " + name, problems));
            } else {
                problem("'" + key + "' item " + (i + 1) + " must be a mapping");
            }
        }
        return out;
    }

    /** The raw entries, for files whose keys are data (vocabulary terms). */
    Map<String, Object> entries() {
        return values;
    }

    YamlMap child(String key, Map<String, Object> map) {
        return new YamlMap(map, where + " " + key, problems);
    }

    static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    private static String describe(Object value) {
        if (value instanceof Map<?, ?>) {
            return "a mapping";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        return "'" + value + "'";
    }

    /** Resolves only booleans and null, so dates, versions and section numbers stay as written. */
    private static final class TextResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, Resolver.BOOL, "yYnNtTfFoO");
            addImplicitResolver(Tag.NULL, Resolver.NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, Resolver.EMPTY, null);
        }
    }
}
