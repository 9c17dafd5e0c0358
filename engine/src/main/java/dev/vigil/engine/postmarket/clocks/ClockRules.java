package dev.vigil.engine.postmarket.clocks;

import dev.vigil.engine.catalog.Catalog;
import dev.vigil.engine.catalog.Requirement;
import dev.vigil.engine.model.SystemInfo.Market;
import dev.vigil.engine.model.WireValue;
import dev.vigil.engine.postmarket.casefile.Milestones.Step;
import dev.vigil.engine.source.Diagnostic;
import dev.vigil.engine.source.Location;
import dev.vigil.engine.source.Node;
import dev.vigil.engine.source.Node.ListNode;
import dev.vigil.engine.source.Node.MapNode;
import dev.vigil.engine.source.Node.ScalarNode;
import dev.vigil.engine.source.SourceException;
import dev.vigil.engine.source.SourceReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The regulator clocks, read from {@code postmarket/clocks.yaml} (their one home) through the located reader
 * and checked strictly: a wrong rule silently changes every case's deadlines.
 */
public final class ClockRules {

    private static final String RESOURCE = "/postmarket/clocks.yaml";
    private static final List<String> RULE_KEYS = List.of(
            "id",
            "regulator",
            "markets",
            "when",
            "unless",
            "start",
            "days",
            "count",
            "before",
            "done",
            "must",
            "to",
            "requirement",
            "citation",
            "verified",
            "note");
    private static final List<String> CITATION_KEYS = List.of("document", "documentId", "edition", "section", "url");
    private static volatile ClockRules bundled;

    private final int defaultDisclosureDays;
    private final List<ClockRule> rules;

    ClockRules(int defaultDisclosureDays, List<ClockRule> rules) {
        this.defaultDisclosureDays = defaultDisclosureDays;
        this.rules = List.copyOf(rules);
    }

    /** The rules shipped with Vigil; a broken resource is a fault of Vigil, not of the user's input. */
    public static ClockRules standard() {
        ClockRules rules = bundled;
        if (rules == null) {
            try (InputStream in = ClockRules.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                rules = parse(Path.of("postmarket/clocks.yaml"), text, Catalog.load());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InvalidClockRulesException e) {
                throw new IllegalStateException("the bundled clock rules are invalid: " + e.getMessage(), e);
            }
            bundled = rules;
        }
        return rules;
    }

    public List<ClockRule> rules() {
        return rules;
    }

    public Optional<ClockRule> find(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public int defaultDisclosureDays() {
        return defaultDisclosureDays;
    }

    /** Parses rule text; every problem is reported with its location. */
    static ClockRules parse(Path origin, String text, Catalog catalog) throws InvalidClockRulesException {
        Node root;
        try {
            root = new SourceReader().parseYaml(origin, text);
        } catch (SourceException e) {
            throw new InvalidClockRulesException(List.of(e.diagnostic()));
        }
        List<Diagnostic> out = new ArrayList<>();
        if (!(root instanceof MapNode map)) {
            throw new InvalidClockRulesException(List.of(error(root.location(), "the clock rules must be a map")));
        }
        for (Node.Entry e : map.entries()) {
            if (!List.of("clocks", "disclosureDays", "rules").contains(e.key())) {
                out.add(error(e.keyLocation(), "unknown key '" + e.key() + "'"));
            }
        }
        if (!map.get("clocks")
                .map(n -> n instanceof ScalarNode s && s.text().equals("1"))
                .orElse(false)) {
            out.add(error(map.location(), "'clocks' must be 1"));
        }
        int disclosure = map.get("disclosureDays")
                .flatMap(n -> positive(n, out))
                .orElseGet(() -> {
                    out.add(error(map.location(), "missing 'disclosureDays'"));
                    return 90;
                });
        List<ClockRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Node list = map.get("rules").orElse(null);
        if (!(list instanceof ListNode items)) {
            out.add(error(map.location(), "'rules' must be a list"));
        } else {
            for (Node item : items.items()) {
                rule(item, catalog, out).ifPresent(r -> {
                    if (!ids.add(r.id())) {
                        out.add(error(item.location(), "rule id '" + r.id() + "' is used twice"));
                    }
                    rules.add(r);
                });
            }
            for (ClockRule r : rules) {
                for (ClockRule.Start s : r.starts()) {
                    if (s instanceof ClockRule.Start.AfterFiling f && !ids.contains(f.rule())) {
                        out.add(error(
                                map.location(), "rule " + r.id() + " starts after unknown rule '" + f.rule() + "'"));
                    }
                }
            }
        }
        if (!out.isEmpty()) {
            throw new InvalidClockRulesException(out);
        }
        return new ClockRules(disclosure, rules);
    }

    private static Optional<ClockRule> rule(Node node, Catalog catalog, List<Diagnostic> out) {
        if (!(node instanceof MapNode m)) {
            out.add(error(node.location(), "a rule must be a map"));
            return Optional.empty();
        }
        int before = out.size();
        for (Node.Entry e : m.entries()) {
            if (!RULE_KEYS.contains(e.key())) {
                out.add(error(e.keyLocation(), "unknown key '" + e.key() + "' in a clock rule"));
            }
        }
        String id = text(m, "id", out);
        Set<Market> markets = EnumSet.noneOf(Market.class);
        for (ScalarNode s : texts(m, "markets", out)) {
            WireValue.parse(Market.class, s.text())
                    .ifPresentOrElse(
                            markets::add, () -> out.add(error(s.location(), "unknown market '" + s.text() + "'")));
        }
        Set<Condition> when = conditions(m, "when", out);
        if (when.isEmpty()) {
            out.add(error(m.location(), "rule " + id + " needs at least one 'when' condition"));
        }
        Set<Condition> unless = conditions(m, "unless", out);
        List<ClockRule.Start> starts = new ArrayList<>();
        for (ScalarNode s : texts(m, "start", out)) {
            String t = s.text();
            if (t.equals("aware")) {
                starts.add(new ClockRule.Start.Aware());
            } else if (t.startsWith("filed:")) {
                starts.add(new ClockRule.Start.AfterFiling(t.substring("filed:".length())));
            } else {
                Step.of(t)
                        .ifPresentOrElse(
                                step -> starts.add(new ClockRule.Start.AtStep(step)),
                                () -> out.add(error(s.location(), "unknown start '" + t + "'")));
            }
        }
        if (starts.isEmpty()) {
            out.add(error(m.location(), "rule " + id + " needs a 'start'"));
        }
        Optional<Integer> days = Optional.empty();
        boolean disclosure = false;
        Optional<Node> daysNode = m.get("days");
        if (daysNode.isPresent()) {
            if (daysNode.get() instanceof ScalarNode s && s.text().equals("disclosure")) {
                disclosure = true;
            } else {
                days = positive(daysNode.get(), out);
            }
        }
        String count = m.get("count")
                .map(n -> n instanceof ScalarNode s ? s.text() : "")
                .orElse("calendar");
        if (!count.equals("calendar") && !count.equals("working")) {
            out.add(error(m.get("count").get().location(), "'count' must be calendar or working"));
        }
        Optional<Step> beforeStep = m.get("before")
                .map(n -> n instanceof ScalarNode s ? s.text() : "")
                .flatMap(t -> {
                    Optional<Step> st = Step.of(t);
                    if (st.isEmpty()) {
                        out.add(error(m.get("before").get().location(), "unknown milestone '" + t + "'"));
                    }
                    return st;
                });
        if (beforeStep.isPresent() && (days.isPresent() || disclosure)) {
            out.add(error(m.location(), "rule " + id + " has both a period and 'before'"));
        }
        List<Step> doneBy = new ArrayList<>();
        Node done = m.get("done").orElse(null);
        if (done instanceof ScalarNode s && s.text().equals("report")) {
            // a filed report under this rule's id stops it
        } else if (done instanceof MapNode dm && dm.get("milestones").orElse(null) instanceof ListNode dl) {
            for (Node n : dl.items()) {
                String t = n instanceof ScalarNode s ? s.text() : "";
                Step.of(t)
                        .ifPresentOrElse(
                                doneBy::add, () -> out.add(error(n.location(), "unknown milestone '" + t + "'")));
            }
        } else {
            out.add(error(m.location(), "rule " + id + " needs 'done: report' or 'done: {milestones: [...]}'"));
        }
        if (beforeStep.isPresent() && !doneBy.isEmpty()) {
            out.add(error(m.location(), "rule " + id + " with 'before' must be done by a report"));
        }
        String must = text(m, "must", out);
        String to = text(m, "to", out);
        ClockRule.RuleCitation citation = citation(m, id, catalog, out);
        if (out.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ClockRule(
                id,
                text(m, "regulator", out),
                markets,
                when,
                unless,
                starts,
                days,
                disclosure,
                count.equals("working"),
                beforeStep,
                doneBy,
                must,
                to,
                citation));
    }

    /** From the catalog when the rule names a requirement (one home per fact), else from the rule itself. */
    private static ClockRule.RuleCitation citation(MapNode m, String id, Catalog catalog, List<Diagnostic> out) {
        Optional<String> note = m.get("note").map(n -> n instanceof ScalarNode s ? s.text() : "");
        Optional<Node> requirement = m.get("requirement");
        if (requirement.isPresent()) {
            if (m.get("citation").isPresent() || m.get("verified").isPresent()) {
                out.add(
                        error(
                                m.location(),
                                "rule " + id
                                        + " names a catalog requirement; its citation and verified mark come from the catalog"));
            }
            String rid = requirement.get() instanceof ScalarNode s ? s.text() : "";
            Optional<Requirement> r = catalog.findRequirement(rid);
            if (r.isEmpty()) {
                out.add(error(requirement.get().location(), "unknown catalog requirement '" + rid + "'"));
                return null;
            }
            var c = r.get().citation();
            return new ClockRule.RuleCitation(
                    c.document(),
                    c.documentId(),
                    c.version(),
                    c.section(),
                    Optional.ofNullable(c.url()),
                    r.get().verified(),
                    note.or(() -> Optional.ofNullable(r.get().note())),
                    Optional.of(rid));
        }
        Node cn = m.get("citation").orElse(null);
        if (!(cn instanceof MapNode c)) {
            out.add(error(m.location(), "rule " + id + " needs a 'requirement' or a 'citation'"));
            return null;
        }
        for (Node.Entry e : c.entries()) {
            if (!CITATION_KEYS.contains(e.key())) {
                out.add(error(e.keyLocation(), "unknown key '" + e.key() + "' in a citation"));
            }
        }
        Node verified = m.get("verified").orElse(null);
        if (!(verified instanceof ScalarNode v && v.type() == Node.ScalarType.BOOLEAN)) {
            out.add(error(m.location(), "rule " + id + " needs 'verified: true|false'"));
        }
        if (note.isEmpty()) {
            out.add(error(m.location(), "rule " + id + " needs a 'note' saying what was checked"));
        }
        return new ClockRule.RuleCitation(
                text(c, "document", out),
                text(c, "documentId", out),
                text(c, "edition", out),
                text(c, "section", out),
                c.get("url").map(n -> n instanceof ScalarNode s ? s.text() : ""),
                verified instanceof ScalarNode v && Boolean.parseBoolean(v.text()),
                note,
                Optional.empty());
    }

    private static Set<Condition> conditions(MapNode m, String key, List<Diagnostic> out) {
        Set<Condition> set = EnumSet.noneOf(Condition.class);
        for (ScalarNode s : texts(m, key, out)) {
            Condition.of(s.text())
                    .ifPresentOrElse(
                            set::add, () -> out.add(error(s.location(), "unknown condition '" + s.text() + "'")));
        }
        return set;
    }

    private static List<ScalarNode> texts(MapNode m, String key, List<Diagnostic> out) {
        Node n = m.get(key).orElse(null);
        if (n == null) {
            return List.of();
        }
        if (!(n instanceof ListNode l)) {
            out.add(error(n.location(), "'" + key + "' must be a list"));
            return List.of();
        }
        List<ScalarNode> texts = new ArrayList<>();
        for (Node item : l.items()) {
            if (item instanceof ScalarNode s) {
                texts.add(s);
            } else {
                out.add(error(item.location(), "'" + key + "' must list text"));
            }
        }
        return texts;
    }

    private static String text(MapNode m, String key, List<Diagnostic> out) {
        Node n = m.get(key).orElse(null);
        if (n instanceof ScalarNode s && !s.text().isBlank()) {
            return s.text().strip();
        }
        out.add(error(n == null ? m.location() : n.location(), "'" + key + "' must be non-empty text"));
        return "";
    }

    private static Optional<Integer> positive(Node n, List<Diagnostic> out) {
        if (n instanceof ScalarNode s && s.type() == Node.ScalarType.INTEGER) {
            int v = Integer.parseInt(s.text());
            if (v > 0) {
                return Optional.of(v);
            }
        }
        out.add(error(n.location(), "must be a whole number above 0, not " + n.describe()));
        return Optional.empty();
    }

    private static Diagnostic error(Location at, String message) {
        return Diagnostic.error(at, "invalid-clock-rules", message);
    }
}
