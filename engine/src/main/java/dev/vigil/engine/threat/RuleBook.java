package dev.vigil.engine.threat;

import dev.vigil.engine.model.Control;
import dev.vigil.engine.model.WireValue;
import dev.vigil.engine.threat.rules.Rule;
import dev.vigil.engine.threat.rules.Rules;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The rules together with their metadata, read once from {@code rules/<id>.yaml}. A rule without valid
 * metadata is a build defect, so loading fails loudly with every problem listed.
 */
public final class RuleBook {

    static final Set<String> STRIDE = Set.of(
            "spoofing",
            "tampering",
            "repudiation",
            "information-disclosure",
            "denial-of-service",
            "elevation-of-privilege");
    static final Set<String> DITTA = Set.of("p1", "p2", "p3", "p4", "p5", "p6", "p7");
    private static final Pattern CWE = Pattern.compile("CWE-\\d+");
    private static final Pattern CAPEC = Pattern.compile("CAPEC-\\d+");
    private static final Set<String> KEYS = Set.of(
            "id",
            "title",
            "category",
            "scope",
            "stride",
            "cwe",
            "capec",
            "dittaPrinciple",
            "fdaControlCategory",
            "themes",
            "mitigations",
            "rationale",
            "processSeverity");

    private static volatile RuleBook standard;

    private final Map<String, Entry> entries;

    /** A rule and its metadata. */
    public record Entry(Rule rule, RuleMetadata metadata) {}

    RuleBook(List<Rule> rules) {
        Map<String, Entry> byId = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Rule rule : rules) {
            try {
                RuleMetadata metadata = read(rule.id());
                if (byId.putIfAbsent(rule.id(), new Entry(rule, metadata)) != null) {
                    problems.add(rule.id() + ": registered twice");
                }
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("invalid rule metadata:\n" + String.join("\n", problems));
        }
        this.entries = byId;
    }

    /** A book of the given rules, each with its bundled metadata (a subset, or rules wrapped for a test). */
    public static RuleBook of(List<Rule> rules) {
        return new RuleBook(rules);
    }

    /** Every built-in rule, loaded once. */
    public static RuleBook standard() {
        RuleBook book = standard;
        if (book == null) {
            synchronized (RuleBook.class) {
                book = standard;
                if (book == null) {
                    book = new RuleBook(Rules.all());
                    standard = book;
                }
            }
        }
        return book;
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    public java.util.Optional<RuleMetadata> find(String ruleId) {
        return java.util.Optional.ofNullable(entries.get(ruleId)).map(Entry::metadata);
    }

    static RuleMetadata read(String id) {
        String resource = "/rules/" + id + ".yaml";
        Map<String, Object> map;
        try (InputStream in = RuleBook.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException(id + ": no metadata file " + resource);
            }
            map = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new IllegalArgumentException(id + ": cannot read " + resource + ": " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        for (String key : map.keySet()) {
            if (!KEYS.contains(key)) {
                problems.add("unknown key '" + key + "'");
            }
        }
        if (!id.equals(map.get("id"))) {
            problems.add("id '" + map.get("id") + "' does not match the file name");
        }
        List<String> stride = strings(map, "stride", problems);
        stride.stream().filter(s -> !STRIDE.contains(s)).forEach(s -> problems.add("unknown STRIDE category " + s));
        List<String> cwe = strings(map, "cwe", problems);
        cwe.stream().filter(s -> !CWE.matcher(s).matches()).forEach(s -> problems.add("bad CWE id " + s));
        List<String> capec = strings(map, "capec", problems);
        capec.stream().filter(s -> !CAPEC.matcher(s).matches()).forEach(s -> problems.add("bad CAPEC id " + s));
        String ditta = text(map, "dittaPrinciple", problems);
        if (!DITTA.contains(ditta)) {
            problems.add("dittaPrinciple must be one of p1..p7, not " + ditta);
        }
        String fda = text(map, "fdaControlCategory", problems);
        if (WireValue.parse(Control.Category.class, fda).isEmpty()) {
            problems.add("unknown FDA control category " + fda);
        }
        RuleMetadata.Category category = enumOf(RuleMetadata.Category.class, text(map, "category", problems), problems);
        RuleMetadata.Scope scope = enumOf(RuleMetadata.Scope.class, text(map, "scope", problems), problems);
        List<String> themes = strings(map, "themes", problems);
        List<String> mitigations = strings(map, "mitigations", problems);
        if (stride.isEmpty() || cwe.isEmpty() || themes.isEmpty() || mitigations.isEmpty()) {
            problems.add("stride, cwe, themes and mitigations must not be empty");
        }
        String title = text(map, "title", problems);
        String rationale = text(map, "rationale", problems);
        java.util.Optional<String> processSeverity =
                java.util.Optional.ofNullable(map.get("processSeverity")).map(String::valueOf);
        processSeverity
                .filter(s -> !RuleMetadata.PROCESS_SEVERITIES.contains(s))
                .ifPresent(s -> problems.add(
                        "processSeverity must be one of " + RuleMetadata.PROCESS_SEVERITIES + ", not " + s));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(id + ": " + String.join("; ", problems));
        }
        return new RuleMetadata(
                id,
                title,
                category,
                scope,
                stride,
                cwe,
                capec,
                ditta,
                fda,
                themes,
                mitigations,
                rationale.strip(),
                processSeverity);
    }

    private static String text(Map<String, Object> map, String key, List<String> problems) {
        Object value = map.get(key);
        if (!(value instanceof String s) || s.isBlank()) {
            problems.add("'" + key + "' must be non-empty text");
            return "";
        }
        return s;
    }

    private static List<String> strings(Map<String, Object> map, String key, List<String> problems) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
            problems.add("'" + key + "' must be a list of text");
            return List.of();
        }
        return list.stream().map(String.class::cast).toList();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String word, List<String> problems) {
        for (E e : type.getEnumConstants()) {
            if (e.name().toLowerCase(Locale.ROOT).equals(word)) {
                return e;
            }
        }
        problems.add("'" + word + "' is not one of "
                + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
        return type.getEnumConstants()[0];
    }
}
