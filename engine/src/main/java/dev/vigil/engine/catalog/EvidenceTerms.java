package dev.vigil.engine.catalog;

import dev.vigil.engine.load.ResourceCheck;
import dev.vigil.engine.source.Fields;
import dev.vigil.engine.source.Location;
import dev.vigil.engine.source.Node;
import dev.vigil.engine.source.Node.MapNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads a requirement's {@code evidence} and {@code blockedBy} lists, whose keys and types the shape check
 * has accepted; here the rules between the keys of one item (one kind, that kind's parameters). The vocabulary
 * check is in {@link CatalogCheck}.
 */
final class EvidenceTerms {
    static final List<String> FINDING_TAGS = List.of("theme", "fdaControl", "dittaPrinciple");

    private final ResourceCheck check;
    private final String where;

    EvidenceTerms(ResourceCheck check, String where) {
        this.check = check;
        this.where = where;
    }

    List<Evidence> evidence(Fields requirement) {
        List<Evidence> out = new ArrayList<>();
        for (Node item : requirement.items("evidence")) {
            item(item, true).ifPresent(out::add);
        }
        return out;
    }

    /** One item: a mapping with exactly one kind naming a term, and that kind's parameters. */
    private Optional<Evidence> item(Node node, boolean top) {
        if (!(node instanceof MapNode map)) {
            return Optional.empty(); // the shape check reported it
        }
        Fields fields = new Fields(map);
        List<String> kinds = map.entries().stream()
                .map(Node.Entry::key)
                .filter(CatalogFormat.EVIDENCE_PARAMETERS::containsKey)
                .toList();
        if (kinds.size() != 1) {
            problem(
                    map.location(),
                    "evidence-kind",
                    "an evidence item names exactly one kind (" + String.join(", ", CatalogFormat.EVIDENCE_KINDS)
                            + "), not " + (kinds.isEmpty() ? "none" : String.join(" and ", kinds)));
            return Optional.empty();
        }
        String kind = kinds.get(0);
        List<String> allowed = CatalogFormat.EVIDENCE_PARAMETERS.get(kind);
        for (Node.Entry e : map.entries()) {
            if (!e.key().equals(kind) && !allowed.contains(e.key())) {
                problem(
                        e.keyLocation(),
                        "evidence-parameter",
                        "evidence '" + kind + "' does not take '" + e.key() + "'"
                                + (allowed.isEmpty() ? "" : " (allowed: " + String.join(", ", allowed) + ")"));
            }
        }
        if (kind.equals("anyOf")) {
            List<Node> options = fields.items(kind);
            if (!top || options.size() < 2) {
                problem(
                        map.location(),
                        "evidence-any-of",
                        "'anyOf' takes a list of at least two evidence items and cannot be nested");
                return Optional.empty();
            }
            List<Evidence> parsed = new ArrayList<>();
            for (Node option : options) {
                item(option, false).ifPresent(parsed::add);
            }
            return Optional.of(new Evidence.AnyOf(parsed));
        }
        Optional<String> text = fields.optionalText(kind);
        if (text.isEmpty()) {
            problem(map.location(), "evidence-term", "evidence '" + kind + "' needs a term as text");
            return Optional.empty();
        }
        String term = text.get();
        Evidence.Limits limits =
                new Evidence.Limits(number(fields, "min"), number(fields, "max"), number(fields, "maxAgeDays"));
        return Optional.of(
                switch (kind) {
                    case "lifecycle" -> new Evidence.Lifecycle(term, limits);
                    case "control" -> new Evidence.Control(term);
                    case "model" -> modelFact(term, limits);
                    case "sbom" -> new Evidence.Sbom(term);
                    case "view" -> new Evidence.View(term);
                    case "test" -> new Evidence.Test(term, fields.bool("independent"), limits);
                    case "document" -> new Evidence.Document(term, limits);
                    default -> new Evidence.Isao(term);
                });
    }

    /** A whole number of at least 0; the shape check has reported anything else. */
    private static OptionalInt number(Fields fields, String key) {
        return fields.optionalText(key)
                .filter(t -> t.matches("\\d{1,9}"))
                .map(t -> OptionalInt.of(Integer.parseInt(t)))
                .orElse(OptionalInt.empty());
    }

    List<FindingSelector> blockers(Fields requirement) {
        List<FindingSelector> out = new ArrayList<>();
        for (Fields selector : requirement.objects("blockedBy")) {
            List<Node.Entry> entries = selector.map().entries();
            if (entries.size() != 1) {
                problem(
                        selector.location(),
                        "finding-selector",
                        "a blockedBy item names exactly one finding tag (" + String.join(", ", FINDING_TAGS) + ")");
                continue;
            }
            String tag = entries.get(0).key();
            selector.optionalText(tag).ifPresent(value -> out.add(new FindingSelector(tag, value)));
        }
        return out;
    }

    private void problem(Location location, String code, String message) {
        check.error(location, code, where + ": " + message);
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
