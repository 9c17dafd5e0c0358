package dev.vigil.engine.threat;

import dev.vigil.engine.load.ResourceCheck;
import dev.vigil.engine.source.Diagnostic;
import dev.vigil.engine.source.Fields;
import dev.vigil.engine.source.Node;
import dev.vigil.engine.source.Node.MapNode;
import dev.vigil.engine.threat.rules.Rule;
import dev.vigil.engine.threat.rules.Rules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
        String text;
        try (InputStream in = RuleBook.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException(id + ": no metadata file " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(id + ": cannot read " + resource + ": " + e.getMessage());
        }
        List<Diagnostic> problems = new ArrayList<>();
        return read(id, Path.of("rules", id + ".yaml"), text, problems)
                .orElseThrow(() -> new IllegalArgumentException(
                        problems.stream().map(Diagnostic::toString).collect(Collectors.joining("\n"))));
    }

    /**
     * Reads one metadata file checked against {@link RuleMetadataFormat#RULE}; every problem goes to {@code
     * problems} as {@code file:line:column: message}, and then there is no metadata.
     */
    static Optional<RuleMetadata> read(String id, Path origin, String text, List<Diagnostic> problems) {
        ResourceCheck check = new ResourceCheck();
        Optional<Fields> read = check.read(
                        origin, text, RuleMetadataFormat.RULE, "the rule metadata", "rule metadata must be a map")
                .filter(MapNode.class::isInstance)
                .map(n -> new Fields((MapNode) n));
        read.ifPresent(map -> {
            if (!id.equals(map.text("id"))) {
                check.error(
                        map.location("id"),
                        "rule-id",
                        "id '" + map.text("id") + "' does not match the file name (" + id + ".yaml)");
            }
            pattern(check, map, "cwe", CWE, "CWE-<number>");
            pattern(check, map, "capec", CAPEC, "CAPEC-<number>");
            for (String key : List.of("stride", "cwe", "themes", "mitigations")) {
                if (map.map().get(key).orElse(null) instanceof Node.ListNode list
                        && list.items().isEmpty()) {
                    check.error(map.location(key), "empty-list", "'" + key + "' must not be empty");
                }
            }
        });
        problems.addAll(check.finish());
        if (!problems.isEmpty() || read.isEmpty()) {
            return Optional.empty();
        }
        Fields map = read.get();
        return Optional.of(new RuleMetadata(
                id,
                map.text("title"),
                RuleMetadata.Category.valueOf(map.text("category").toUpperCase(Locale.ROOT)),
                RuleMetadata.Scope.valueOf(map.text("scope").toUpperCase(Locale.ROOT)),
                map.texts("stride"),
                map.texts("cwe"),
                map.texts("capec"),
                map.text("dittaPrinciple"),
                map.text("fdaControlCategory"),
                map.texts("themes"),
                map.texts("mitigations"),
                map.text("rationale"),
                map.optionalText("processSeverity")));
    }

    private static void pattern(ResourceCheck check, Fields map, String key, Pattern pattern, String form) {
        for (Node.ScalarNode item : map.scalars(key)) {
            if (!pattern.matcher(item.text()).matches()) {
                check.error(
                        item.location(),
                        "bad-" + key,
                        "'" + item.text() + "' in '" + key + "' is not of the form " + form);
            }
        }
    }
}
