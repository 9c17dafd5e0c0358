package dev.vigil.engine.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Spreads one model tree over a root file and a tree of included files (YAML and JSON, in sub-folders and
 * back up with {@code ..}, unicode names), each section's items split among the files, and writes the
 * files' text. The loader merges them back into the same model.
 */
final class IncludeTree {

    private static final List<String> ROOT_ONLY = List.of("vigil", "system");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final GeneratedValues values;

    IncludeTree(GeneratedValues values) {
        this.values = values;
    }

    /** The files of the model whose root is {@code rootName}, added to {@code files}. */
    void write(Map<String, Object> model, String rootName, Map<String, byte[]> files) {
        int extra =
                switch (values.random().nextInt(6)) {
                    case 0, 1, 2 -> 0;
                    case 3, 4 -> values.between(1, 3);
                    default -> values.between(4, 12);
                };
        List<String> names = new ArrayList<>(List.of(rootName));
        List<Map<String, Object>> contents = new ArrayList<>();
        contents.add(new LinkedHashMap<>());
        for (int i = 1; i <= extra; i++) {
            int parent = values.random().nextInt(names.size());
            String parentName = names.get(parent);
            String reference = reference(parentName, i);
            String name = SourceNames.sibling(parentName, reference);
            names.add(name);
            Map<String, Object> child = new LinkedHashMap<>();
            if (values.chance(0.3)) {
                child.put("vigil", 1);
            }
            contents.add(child);
            includes(contents.get(parent)).add(reference);
        }
        if (extra == 0 && values.chance(0.1)) {
            contents.get(0).put("include", new ArrayList<>());
        }
        for (Map.Entry<String, Object> section : model.entrySet()) {
            String key = section.getKey();
            if (ROOT_ONLY.contains(key) || extra == 0) {
                contents.get(0).put(key, section.getValue());
            } else if (section.getValue() instanceof List<?> items) {
                split(key, items, contents);
            } else {
                values.pick(contents).put(key, section.getValue()); // lifecycle: one file
            }
        }
        for (int i = 0; i < names.size(); i++) {
            files.put(names.get(i), text(names.get(i), contents.get(i)));
        }
    }

    /** Each item goes to one file; a section may appear in several files, some of them empty. */
    private void split(String key, List<?> items, List<Map<String, Object>> contents) {
        int owner = values.random().nextInt(contents.size());
        @SuppressWarnings("unchecked")
        List<Object> first = (List<Object>) contents.get(owner).computeIfAbsent(key, k -> new ArrayList<>());
        for (Object item : items) {
            @SuppressWarnings("unchecked")
            List<Object> into = values.chance(0.5)
                    ? first
                    : (List<Object>) values.pick(contents).computeIfAbsent(key, k -> new ArrayList<>());
            into.add(item);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> includes(Map<String, Object> file) {
        return (List<Object>) file.computeIfAbsent("include", k -> new ArrayList<>());
    }

    /** How a file names the file it includes: beside it, below it, or one folder up (never out of the root). */
    private String reference(String from, int serial) {
        String ext = values.pick(List.of("yaml", "yml", "json", "yaml"));
        String base = values.pick(List.of("part", "teil-\u00fc", "\u05d7\u05dc\u05e7", "parts with spaces")) + "-"
                + serial + "." + ext;
        boolean nested = Path.of(from).getParent() != null;
        return switch (values.random().nextInt(nested ? 3 : 2)) {
            case 0 -> base;
            case 1 -> "sub" + serial + "/" + base;
            default -> "../" + base;
        };
    }

    private byte[] text(String name, Map<String, Object> content) {
        if (name.endsWith(".json")) {
            try {
                ObjectMapper json = values.chance(0.5) ? JSON.copy().enable(SerializationFeature.INDENT_OUTPUT) : JSON;
                return json.writeValueAsBytes(content);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(values.pick(
                List.of(DumperOptions.FlowStyle.BLOCK, DumperOptions.FlowStyle.FLOW, DumperOptions.FlowStyle.AUTO)));
        options.setWidth(values.chance(0.5) ? 80 : 10_000);
        options.setAllowUnicode(values.chance(0.8));
        return new Yaml(options).dump(content).getBytes(StandardCharsets.UTF_8);
    }

    /** Names as the loader resolves them: relative to the including file's folder. */
    static final class SourceNames {
        private SourceNames() {}

        static String sibling(String from, String reference) {
            return dev.vigil.engine.source.SourceResolver.sibling(Path.of(from), reference)
                    .toString()
                    .replace('\\', '/');
        }
    }
}
