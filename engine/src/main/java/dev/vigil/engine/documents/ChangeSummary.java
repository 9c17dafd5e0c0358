package dev.vigil.engine.documents;

import dev.vigil.engine.assess.AssessResult;
import dev.vigil.engine.assessment.Finding;
import dev.vigil.engine.compliance.ComplianceRow;
import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Evidence;
import dev.vigil.engine.model.SecurityTest;
import dev.vigil.engine.model.WireValue;
import dev.vigil.engine.sbom.SbomComponent;
import dev.vigil.engine.sbom.SbomReader;
import dev.vigil.engine.source.InputException;
import dev.vigil.engine.source.SourceResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What changed since an earlier release's model, for a 510(k) or a change notification: findings added,
 * fixed and whose risk changed; model components added, removed and updated (each changed fact with its
 * value before and now); the components of their SBOMs added, removed and updated; the security
 * requirements added, removed or verified differently; and the catalog requirements whose status changed.
 */
final class ChangeSummary {
    private ChangeSummary() {}

    /** What a table cell says where the earlier or the later release has no value. */
    private static final String ABSENT = "not stated";

    static Section write(DocumentOptions.Since since, DocumentContext c) {
        AssessResult before = since.result();
        AssessResult now = c.result();
        List<Block> blocks = new ArrayList<>();
        var old = before.assessment().model().system();
        blocks.add(new Block.Paragraph("Compared with " + old.name()
                + old.version().map(v -> " version " + v).orElse(" (version not stated in the model)")
                + ", assessed with the same rules and catalog."));
        findings(before, now, blocks);
        blocks.add(new Block.Table(
                "Components added, removed and updated",
                List.of("Component", "Change", "What changed (before -> now)"),
                components(before, now),
                "none"));
        blocks.add(new Block.Table(
                "SBOM components added, removed and updated",
                List.of("Model component", "SBOM component", "Change", "Before", "Now"),
                sbomChanges(since, c),
                "none"));
        blocks.add(new Block.Table(
                "Security requirements added, removed or verified differently",
                List.of("Requirement", "Change", "Before", "Now"),
                securityRequirements(since, c),
                "none"));
        Map<String, ComplianceRow> oldRows = rows(before);
        List<List<String>> status = new ArrayList<>();
        rows(now).forEach((id, r) -> {
            ComplianceRow o = oldRows.get(id);
            if (o != null && o.status() != r.status()) {
                status.add(List.of(id, r.requirement().title(), word(o), word(r)));
            }
        });
        blocks.add(new Block.Table(
                "Regulatory requirements whose status changed",
                List.of("Requirement", "Title", "Before", "Now"),
                status,
                "none"));
        return Sections.section("changes", "Changes since the previous release", blocks);
    }

    private static void findings(AssessResult before, AssessResult now, List<Block> blocks) {
        Map<String, Finding> was = byId(before.assessment().findings());
        Map<String, Finding> is = byId(now.assessment().findings());
        List<String> header = List.of("Finding", "Threat", "Severity", "Risk");
        blocks.add(new Block.Table(
                "Findings added",
                header,
                is.values().stream()
                        .filter(f -> !was.containsKey(f.id()))
                        .map(ChangeSummary::finding)
                        .toList(),
                "none"));
        blocks.add(new Block.Table(
                "Findings fixed (no longer found)",
                header,
                was.values().stream()
                        .filter(f -> !is.containsKey(f.id()))
                        .map(ChangeSummary::finding)
                        .toList(),
                "none"));
        List<List<String>> changed = new ArrayList<>();
        is.values().forEach(f -> {
            Finding o = was.get(f.id());
            if (o != null && !risk(o).equals(risk(f))) {
                changed.add(List.of(f.id(), f.rule().title(), risk(o), risk(f)));
            }
        });
        blocks.add(new Block.Table(
                "Findings whose risk changed", List.of("Finding", "Threat", "Before", "Now"), changed, "none"));
    }

    private static List<String> finding(Finding f) {
        return List.of(f.id(), f.rule().title(), f.score().severity().wire(), RiskSections.residual(f));
    }

    /** Severity, the controlled/uncontrolled decision and the recorded decision: what a reviewer compares. */
    private static String risk(Finding f) {
        return f.score().severity().wire() + ", " + RiskSections.residual(f);
    }

    private static List<List<String>> components(AssessResult before, AssessResult now) {
        Map<String, Component> was = new LinkedHashMap<>();
        before.assessment().model().components().forEach(x -> was.put(x.id(), x));
        Map<String, Component> is = new LinkedHashMap<>();
        now.assessment().model().components().forEach(x -> is.put(x.id(), x));
        List<List<String>> rows = new ArrayList<>();
        is.forEach((id, x) -> {
            Component o = was.get(id);
            if (o == null) {
                rows.add(List.of(id, "added", "new component: " + x.kind().wire() + " in zone " + x.zone()));
            } else {
                // Compared fact by fact, not by equals: reordering a list of interfaces is no change.
                List<String> what = changes(facts(o), facts(x));
                if (!what.isEmpty()) {
                    rows.add(List.of(id, "updated", String.join("; ", what)));
                }
            }
        });
        was.forEach((id, o) -> {
            if (!is.containsKey(id)) {
                rows.add(List.of(
                        id,
                        "removed",
                        "no longer in the model (was " + o.kind().wire() + " in zone " + o.zone() + ")"));
            }
        });
        return rows;
    }

    /** Each key whose value differs, as {@code key: before -> now}; a missing value is "not stated". */
    static List<String> changes(Map<String, String> before, Map<String, String> now) {
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(now.keySet());
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            String a = before.getOrDefault(k, ABSENT);
            String b = now.getOrDefault(k, ABSENT);
            if (!a.equals(b)) {
                out.add(k + ": " + a + " -> " + b);
            }
        }
        return out;
    }

    /**
     * A component's facts as {@code path -> value}, read from the record itself so that a fact the model
     * format gains later is compared too, without a list here to keep in step. List entries that have an
     * id (interfaces) or a role (accounts) are keyed by it, so reordering them is no change.
     */
    static Map<String, String> facts(Component x) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten("", x, out);
        out.remove("id");
        return out;
    }

    private static void flatten(String path, Object value, Map<String, String> out) {
        if (value == null) {
            return;
        }
        if (value instanceof Optional<?> o) {
            o.ifPresent(v -> flatten(path, v, out));
        } else if (value instanceof Evidence e) {
            out.put(path, Text.evidence(e));
        } else if (value instanceof WireValue w) {
            out.put(path, w.wire());
        } else if (value instanceof Record r) {
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                flatten(path.isEmpty() ? rc.getName() : path + "." + rc.getName(), read(rc, r), out);
            }
        } else if (value instanceof Collection<?> list) {
            if (list.stream().allMatch(v -> v instanceof Record)) {
                Map<String, Integer> seen = new LinkedHashMap<>();
                for (Object v : list) {
                    String key = key((Record) v);
                    int n = seen.merge(key, 1, Integer::sum);
                    Map<String, String> inner = new LinkedHashMap<>();
                    flatten("", v, inner);
                    String at = path + "[" + key + (n > 1 ? " #" + n : "") + "]";
                    inner.forEach((k, s) -> {
                        if (!k.equals("id")) {
                            out.put(at + "." + k, s);
                        }
                    });
                }
                if (list.isEmpty()) {
                    out.put(path, "none");
                }
            } else {
                out.put(
                        path,
                        list.isEmpty()
                                ? "none"
                                : list.stream()
                                        .map(v -> v instanceof WireValue w ? w.wire() : String.valueOf(v))
                                        .collect(Collectors.joining(", ")));
            }
        } else {
            out.put(path, String.valueOf(value));
        }
    }

    private static String key(Record r) {
        for (String name : List.of("id", "role")) {
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                if (rc.getName().equals(name)) {
                    return String.valueOf(read(rc, r));
                }
            }
        }
        return "entry";
    }

    private static Object read(RecordComponent rc, Record r) {
        try {
            return rc.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + rc.getName() + " of " + r.getClass(), e);
        }
    }

    /**
     * The packages of each model component's SBOM, before and now, matched by package identity (the
     * package URL without its version, else group and name): added, removed, and updated where the
     * version or the stated support changed. A previous SBOM that cannot be read is said so in the table.
     */
    private static List<List<String>> sbomChanges(DocumentOptions.Since since, DocumentContext c) {
        Map<String, Component> was = new LinkedHashMap<>();
        since.result().assessment().model().components().forEach(x -> was.put(x.id(), x));
        List<List<String>> rows = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        c.model().components().forEach(x -> ids.add(x.id()));
        ids.addAll(was.keySet());
        for (String id : ids) {
            Optional<Component> now = c.model().components().stream()
                    .filter(x -> x.id().equals(id))
                    .findFirst();
            Optional<Component> before = Optional.ofNullable(was.get(id));
            Map<String, SbomComponent> a;
            Map<String, SbomComponent> b;
            try {
                a = packages(before, since.result(), since.sources());
            } catch (InputException e) {
                rows.add(List.of(id, "-", "previous SBOM not readable", e.getMessage(), "-"));
                continue;
            }
            b = packages(now, c.result(), c.sources());
            b.forEach((k, p) -> {
                SbomComponent o = a.get(k);
                if (o == null) {
                    rows.add(List.of(id, label(p), "added", "-", describe(p)));
                } else if (!describe(o).equals(describe(p))) {
                    rows.add(List.of(id, label(p), "updated", describe(o), describe(p)));
                }
            });
            a.forEach((k, o) -> {
                if (!b.containsKey(k)) {
                    rows.add(List.of(id, label(o), "removed", describe(o), "-"));
                }
            });
        }
        return rows;
    }

    private static Map<String, SbomComponent> packages(
            Optional<Component> x, AssessResult result, SourceResolver sources) {
        Map<String, SbomComponent> out = new LinkedHashMap<>();
        if (x.isEmpty() || x.get().sbom().isEmpty()) {
            return out;
        }
        Path file = SourceResolver.sibling(
                result.assessment().model().source(), x.get().sbom().get());
        SbomReader.withDefaults()
                .withoutSchemaValidation()
                .read(file, sources)
                .components()
                .forEach(p -> out.putIfAbsent(identity(p), p));
        return out;
    }

    private static String identity(SbomComponent p) {
        if (p.purl() != null) {
            String purl = p.purl();
            int cut = purl.length();
            for (char sep : new char[] {'?', '#'}) {
                int at = purl.indexOf(sep);
                if (at >= 0) {
                    cut = Math.min(cut, at);
                }
            }
            String base = purl.substring(0, cut);
            int version = base.lastIndexOf('@');
            return version > base.lastIndexOf('/') ? base.substring(0, version) : base;
        }
        return (p.group() == null ? "" : p.group() + "/") + p.name();
    }

    private static String label(SbomComponent p) {
        return (p.group() == null || p.group().isBlank() ? "" : p.group() + "/") + p.name();
    }

    private static String describe(SbomComponent p) {
        return (p.version() == null ? "version not stated" : p.version())
                + (p.supportLevel() == null ? "" : ", support " + p.supportLevel())
                + (p.endOfSupport() == null ? "" : " until " + p.endOfSupport());
    }

    private static List<List<String>> securityRequirements(DocumentOptions.Since since, DocumentContext c) {
        DocumentContext earlier = new DocumentContext(since.result(), c.options(), c.sets(), since.sources());
        Map<String, String> was = new LinkedHashMap<>();
        SecurityRequirements.of(earlier).items().forEach(i -> was.put(i.id(), verification(i.tests())));
        Map<String, String> is = new LinkedHashMap<>();
        SecurityRequirements.of(c).items().forEach(i -> is.put(i.id(), verification(i.tests())));
        List<List<String>> rows = new ArrayList<>();
        is.forEach((id, v) -> {
            if (!was.containsKey(id)) {
                rows.add(List.of(id, "added", "-", v));
            } else if (!was.get(id).equals(v)) {
                rows.add(List.of(id, "verification changed", was.get(id), v));
            }
        });
        was.forEach((id, v) -> {
            if (!is.containsKey(id)) {
                rows.add(List.of(id, "removed", v, "-"));
            }
        });
        return rows;
    }

    private static String verification(List<SecurityTest> tests) {
        return tests.isEmpty()
                ? "not verified by a test"
                : "verified by "
                        + tests.stream()
                                .map(t -> t.id()
                                        + t.result()
                                                .map(r -> " (" + r.wire() + ")")
                                                .orElse(""))
                                .collect(Collectors.joining(", "));
    }

    private static String word(ComplianceRow r) {
        return r.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Map<String, Finding> byId(List<Finding> findings) {
        Map<String, Finding> map = new LinkedHashMap<>();
        findings.forEach(f -> map.put(f.id(), f));
        return map;
    }

    private static Map<String, ComplianceRow> rows(AssessResult r) {
        Map<String, ComplianceRow> map = new LinkedHashMap<>();
        r.compliance().ifPresent(x -> x.rows()
                .forEach(row -> map.put(row.requirement().id(), row)));
        return map;
    }
}
