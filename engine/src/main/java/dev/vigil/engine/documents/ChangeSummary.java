package dev.vigil.engine.documents;

import dev.vigil.engine.assess.AssessResult;
import dev.vigil.engine.assessment.Finding;
import dev.vigil.engine.compliance.ComplianceRow;
import dev.vigil.engine.model.Component;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed since an earlier release's model, for a 510(k) or a change notification: findings added
 * and fixed, model components added, removed and updated (which facts changed), and requirements whose
 * status changed.
 */
final class ChangeSummary {
    private ChangeSummary() {}

    /** The component facts compared, by the name a reader sees. */
    private static final Map<String, Function<Component, Object>> FACTS = facts();

    static Section write(AssessResult before, DocumentContext c) {
        AssessResult now = c.result();
        List<Block> blocks = new ArrayList<>();
        var old = before.assessment().model().system();
        blocks.add(new Block.Paragraph("Compared with " + old.name()
                + old.version().map(v -> " version " + v).orElse(" (version not stated in the model)")
                + ", assessed with the same rules and catalog."));
        Map<String, Finding> was = byId(before.assessment().findings());
        Map<String, Finding> is = byId(now.assessment().findings());
        blocks.add(new Block.Table(
                "Findings added",
                List.of("Finding", "Threat", "Severity"),
                is.values().stream()
                        .filter(f -> !was.containsKey(f.id()))
                        .map(f -> List.of(
                                f.id(), f.rule().title(), f.score().severity().wire()))
                        .toList(),
                "none"));
        blocks.add(new Block.Table(
                "Findings fixed (no longer found)",
                List.of("Finding", "Threat", "Severity"),
                was.values().stream()
                        .filter(f -> !is.containsKey(f.id()))
                        .map(f -> List.of(
                                f.id(), f.rule().title(), f.score().severity().wire()))
                        .toList(),
                "none"));
        Map<String, Component> oldComponents = components(before);
        Map<String, Component> newComponents = components(now);
        List<List<String>> changes = new ArrayList<>();
        newComponents.forEach((id, x) -> {
            Component o = oldComponents.get(id);
            if (o == null) {
                changes.add(List.of(id, "added", ""));
            } else if (!o.equals(x)) {
                String what = FACTS.entrySet().stream()
                        .filter(e -> !Objects.equals(
                                e.getValue().apply(o), e.getValue().apply(x)))
                        .map(Map.Entry::getKey)
                        .collect(Collectors.joining(", "));
                changes.add(List.of(id, "updated", what.isEmpty() ? "other facts" : what));
            }
        });
        oldComponents.keySet().stream()
                .filter(id -> !newComponents.containsKey(id))
                .forEach(id -> changes.add(List.of(id, "removed", "")));
        blocks.add(new Block.Table(
                "Components added, removed and updated",
                List.of("Component", "Change", "Facts changed"),
                changes,
                "none"));
        Map<String, ComplianceRow> oldRows = rows(before);
        List<List<String>> status = new ArrayList<>();
        rows(now).forEach((id, r) -> {
            ComplianceRow o = oldRows.get(id);
            if (o != null && o.status() != r.status()) {
                status.add(List.of(id, word(o), word(r)));
            }
        });
        blocks.add(new Block.Table(
                "Requirements whose status changed", List.of("Requirement", "Before", "Now"), status, "none"));
        return Sections.section("changes", "Changes since the previous release", blocks);
    }

    private static String word(ComplianceRow r) {
        return r.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Map<String, Finding> byId(List<Finding> findings) {
        Map<String, Finding> map = new LinkedHashMap<>();
        findings.forEach(f -> map.put(f.id(), f));
        return map;
    }

    private static Map<String, Component> components(AssessResult r) {
        Map<String, Component> map = new LinkedHashMap<>();
        r.assessment().model().components().forEach(x -> map.put(x.id(), x));
        return map;
    }

    private static Map<String, ComplianceRow> rows(AssessResult r) {
        Map<String, ComplianceRow> map = new LinkedHashMap<>();
        r.compliance()
                .ifPresent(c -> c.rows().forEach(x -> map.put(x.requirement().id(), x)));
        return map;
    }

    private static Map<String, Function<Component, Object>> facts() {
        Map<String, Function<Component, Object>> f = new LinkedHashMap<>();
        f.put("kind", Component::kind);
        f.put("zone", Component::zone);
        f.put("software", Component::software);
        f.put("sbom", Component::sbom);
        f.put("hardening", Component::hardening);
        f.put("safety", Component::safety);
        f.put("stores", Component::stores);
        f.put("encryptedAtRest", Component::encryptedAtRest);
        f.put("interfaces", Component::interfaces);
        f.put("accounts", Component::accounts);
        f.put("logging", Component::logging);
        f.put("capabilities", Component::capabilities);
        f.put("functions", Component::functions);
        return f;
    }
}
