package dev.vigil.engine.load;

import dev.vigil.engine.load.ModelGenerator.Ref;
import dev.vigil.engine.load.Shape.Field;
import dev.vigil.engine.load.Shape.ObjectShape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a freshly generated tree into a valid model: drops elements whose required references have nothing
 * to point at, points every reference at an element of an allowed kind, then mends what the cross-field
 * rules of {@link ModelRules} forbid (each mend names the rule it mirrors). A rule added to the loader and
 * not mended here shows up as a generated model the loader refuses.
 */
final class ModelRepairs {

    /** Placeholder for evidence text that names a document of the model. */
    static final String DOCUMENT_ID = "\u0000document";

    private static final Set<String> WIRELESS =
            Set.of("ble", "bluetooth", "wifi", "cellular", "nfc", "rf-proprietary", "ir", "optical", "inductive");

    private final ModelGenerator generator;
    private final GeneratedValues values;
    private final List<String> ruleIds;
    private Map<String, List<String>> ids;

    ModelRepairs(ModelGenerator generator, List<String> ruleIds) {
        this.generator = generator;
        this.values = generator.values();
        this.ruleIds = ruleIds;
    }

    /**
     * Makes {@code root} valid. {@code sboms} names the SBOM files a component may point at, {@code sites}
     * the site links (site id, model path) a product may state; empty for a site.
     */
    void repair(Map<String, Object> root, List<String> sboms, List<Map<String, Object>> sites) {
        while (prune(root)) {
            // dropping an element can leave another without its required reference: repeat until stable
        }
        ids = generator.ids(root);
        resolve(root);
        mend(root, root, sboms, sites);
    }

    // --- pruning: elements whose required references cannot be satisfied ---

    private boolean prune(Object node) {
        Map<String, List<String>> defined = generator.ids(node);
        return prune(node, defined);
    }

    private boolean prune(Object node, Map<String, List<String>> defined) {
        boolean changed = false;
        if (node instanceof Map<?, ?> map) {
            for (Object v : map.values()) {
                changed |= prune(v, defined);
            }
        } else if (node instanceof List<?> list) {
            for (Iterator<?> it = list.iterator(); it.hasNext(); ) {
                Object item = it.next();
                if (item instanceof Map<?, ?> m && unsatisfiable(m, defined)) {
                    it.remove();
                    changed = true;
                } else {
                    changed |= prune(item, defined);
                }
            }
        }
        return changed;
    }

    private boolean unsatisfiable(Map<?, ?> map, Map<String, List<String>> defined) {
        ObjectShape shape = generator.shapeOf.get(map);
        if (shape == FormatOne.FLOW_SHAPE
                && candidates(Set.of(FormatOne.COMPONENT), defined).size() < 2) {
            return true; // flow-to-itself: a flow needs two components
        }
        for (Field field : shape.fields()) {
            if (field.required() && map.get(field.name()) instanceof Ref ref) {
                int needed = ref.list() ? (ref.distinct() ? ref.count() : 0) : 1;
                if (candidates(ref.kinds(), defined).size() < needed) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> candidates(Set<String> kinds, Map<String, List<String>> defined) {
        List<String> out = new ArrayList<>();
        defined.forEach((kind, list) -> {
            if (kinds.isEmpty() || kinds.contains(kind)) {
                out.addAll(list);
            }
        });
        return out;
    }

    // --- resolving references ---

    @SuppressWarnings("unchecked")
    private void resolve(Object node) {
        if (node instanceof Map<?, ?> raw) {
            Map<String, Object> map = (Map<String, Object>) raw;
            for (Iterator<Map.Entry<String, Object>> it = map.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<String, Object> e = it.next();
                if (e.getValue() instanceof Ref ref) {
                    Object resolved = resolve(ref);
                    if (resolved == null) {
                        it.remove();
                    } else {
                        e.setValue(resolved);
                    }
                } else {
                    resolve(e.getValue());
                }
            }
        } else if (node instanceof List<?> list) {
            list.forEach(this::resolve);
        }
    }

    private Object resolve(Ref ref) {
        List<String> candidates = candidates(ref.kinds(), ids);
        if (!ref.list()) {
            return candidates.isEmpty() ? null : values.pick(candidates);
        }
        List<String> picked = new ArrayList<>();
        if (ref.distinct()) {
            List<String> pool = new ArrayList<>(candidates);
            for (int i = 0; i < ref.count(); i++) {
                picked.add(pool.remove(values.random().nextInt(pool.size())));
            }
        } else if (!candidates.isEmpty()) {
            for (int i = 0; i < ref.count(); i++) {
                picked.add(values.pick(candidates));
            }
        }
        return picked;
    }

    // --- the cross-field rules of ModelRules ---

    @SuppressWarnings("unchecked")
    private void mend(Object node, Map<String, Object> root, List<String> sboms, List<Map<String, Object>> sites) {
        if (node instanceof Map<?, ?> raw) {
            Map<String, Object> map = (Map<String, Object>) raw;
            ObjectShape shape = generator.shapeOf.get(map);
            for (Map.Entry<String, Object> e : map.entrySet()) {
                if (DOCUMENT_ID.equals(e.getValue())) {
                    e.setValue(ids.getOrDefault(FormatOne.DOCUMENT, List.of("docs/plan.pdf"))
                            .get(0));
                }
            }
            if (shape == FormatOne.FLOW_SHAPE) {
                flow(map, root);
            } else if (shape == FormatOne.UPDATE_SHAPE) {
                update(map, root);
            } else if (shape == FormatOne.COMPONENT_SHAPE) {
                component(map, sboms);
            } else if (shape == FormatOne.PRODUCTION_SHAPE) {
                if (map.get("injects") instanceof List<?> l && !l.isEmpty() && !map.containsKey("verification")) {
                    map.put("verification", "signature"); // verification-required
                }
            } else if (shape == FormatOne.ASSUMPTION_SHAPE) {
                list(map, "excludes").forEach(x -> ((Map<String, Object>) x).put("rule", ruleId())); // bad-rule-id
            } else if (shape == EvidenceFormat.TEST_SHAPE && map.containsKey("findings")) {
                map.put(
                        "findings",
                        new ArrayList<>(list(map, "findings").stream()
                                .map(f -> findingId())
                                .toList())); // bad-finding-id
            } else if (shape == FormatOne.SYSTEM_SHAPE) {
                system(map, sites);
            } else if (shape != null && shape.label().equals("endOfLife")) {
                supportDates(map);
            }
            map.values().forEach(v -> mend(v, root, sboms, sites));
            if (shape == FormatOne.ROOT) {
                tracking(map);
                mds2Statements(map);
            }
        } else if (node instanceof List<?> list) {
            list.forEach(v -> mend(v, root, sboms, sites));
        }
    }

    /** flow-to-itself, via-not-on-flow, pairing-on-wired. */
    private void flow(Map<String, Object> flow, Map<String, Object> root) {
        List<String> components = ids.get(FormatOne.COMPONENT);
        if (flow.get("from").equals(flow.get("to"))) {
            List<String> others = new ArrayList<>(components);
            others.remove(flow.get("from"));
            flow.put("to", values.pick(others));
        }
        flow.remove("via");
        List<Map<String, Object>> interfaces = new ArrayList<>();
        for (Object c : list(root, "components")) {
            Map<?, ?> component = (Map<?, ?>) c;
            if (component.get("id").equals(flow.get("from"))
                    || component.get("id").equals(flow.get("to"))) {
                list(component, "interfaces").forEach(i -> interfaces.add(cast(i)));
            }
        }
        if (!interfaces.isEmpty() && values.chance(0.7)) {
            Map<String, Object> via = values.pick(interfaces);
            flow.put("via", via.get("id"));
            if (!WIRELESS.contains(String.valueOf(via.get("type")))) {
                flow.remove("pairing");
            }
        }
    }

    /** signing-key-type, update-path-broken, update-path-misses-target: a path walked back from the target. */
    private void update(Map<String, Object> update, Map<String, Object> root) {
        update.remove("signedWith");
        List<String> signing = list(root, "secrets").stream()
                .map(ModelRepairs::cast)
                .filter(s -> "code-signing".equals(s.get("type")))
                .map(s -> (String) s.get("id"))
                .toList();
        if (!signing.isEmpty() && values.chance(0.8)) {
            update.put("signedWith", values.pick(signing));
        }
        List<Object> path = new ArrayList<>();
        Object at = update.get("target");
        int length = values.between(0, 3);
        for (int i = 0; i < length; i++) {
            Object to = at;
            List<Map<String, Object>> arriving = list(root, "flows").stream()
                    .map(ModelRepairs::cast)
                    .filter(f -> f.get("to").equals(to))
                    .toList();
            if (arriving.isEmpty()) {
                break;
            }
            Map<String, Object> flow = values.pick(arriving);
            path.add(0, flow.get("id"));
            at = flow.get("from");
        }
        update.put("path", path);
    }

    /** log-forwarded-to-itself, sbom-not-found. */
    private void component(Map<String, Object> component, List<String> sboms) {
        if (component.get("logging") instanceof Map<?, ?> logging
                && Objects.equals(logging.get("forwardedTo"), component.get("id"))) {
            logging.remove("forwardedTo");
        }
        if (component.containsKey("sbom")) {
            if (sboms.isEmpty()) {
                component.remove("sbom");
            } else {
                component.put("sbom", values.pick(sboms));
            }
        }
    }

    /** class-for-ivd, built-at-on-site, site-model-not-found. */
    private void system(Map<String, Object> system, List<Map<String, Object>> sites) {
        boolean ivd = Boolean.TRUE.equals(system.get("ivd"));
        if (system.get("classes") instanceof Map<?, ?> raw) {
            Map<String, Object> classes = cast(raw);
            for (String market : List.of("eu", "uk", "au")) {
                if (classes.containsKey(market)) {
                    List<String> allowed = market.equals("au")
                            ? (ivd ? List.of("1", "2", "3", "4") : List.of("I", "IIa", "IIb", "III"))
                            : (ivd ? List.of("A", "B", "C", "D") : List.of("I", "IIa", "IIb", "III"));
                    List<String> declared = FormatOne.classesOf(dev.vigil.engine.model.SystemInfo.Market.valueOf(
                            market.toUpperCase(java.util.Locale.ROOT)));
                    classes.put(
                            market,
                            values.pick(
                                    allowed.stream().filter(declared::contains).toList()));
                }
            }
        }
        system.remove("builtAt");
        if ("product".equals(system.get("kind")) && !sites.isEmpty()) {
            system.put("builtAt", new ArrayList<>(sites));
        }
    }

    /** support-dates-order. */
    private static void supportDates(Map<String, Object> endOfLife) {
        if (endOfLife.get("endOfGuaranteedSupport") instanceof String g
                && endOfLife.get("endOfSupport") instanceof String s
                && s.compareTo(g) < 0) {
            endOfLife.put("endOfSupport", g);
            endOfLife.put("endOfGuaranteedSupport", s);
        }
    }

    /** bad-finding-id, unknown-finding-element, duplicate-tracking, justification-required. */
    private void tracking(Map<String, Object> root) {
        Set<String> seen = new HashSet<>();
        for (Iterator<Object> it = list(root, "tracking").iterator(); it.hasNext(); ) {
            Map<String, Object> entry = cast(it.next());
            String finding = findingId();
            if (!seen.add(finding)) {
                it.remove();
                continue;
            }
            entry.put("finding", finding);
            Object status = entry.get("status");
            boolean needsReason = "accepted".equals(status) || "false-positive".equals(status);
            if (needsReason && (!(entry.get("justification") instanceof String j) || j.isBlank())) {
                entry.put("justification", "because " + values.text());
            }
        }
    }

    /** unknown-mds2-question, duplicate-mds2-statement, mds2-note-required, mds2-text-question. */
    private void mds2Statements(Map<String, Object> root) {
        List<String> questions = dev.vigil.engine.mds2.Mds2Catalog.standard().questions().stream()
                .filter(dev.vigil.engine.mds2.Mds2Question::takesStatement)
                .map(dev.vigil.engine.mds2.Mds2Question::id)
                .toList();
        Set<String> seen = new HashSet<>();
        for (Iterator<Object> it = list(root, "mds2").iterator(); it.hasNext(); ) {
            Map<String, Object> entry = cast(it.next());
            String question = values.pick(questions);
            if (!seen.add(question)) {
                it.remove();
                continue;
            }
            entry.put("question", question);
            if (!(entry.get("note") instanceof String note) || note.isBlank()) {
                entry.put("note", "because " + values.text());
            }
        }
    }

    private String ruleId() {
        return values.chance(0.7) ? values.pick(ruleIds) : values.kebab();
    }

    private String findingId() {
        List<String> all = new ArrayList<>();
        ids.values().forEach(all::addAll);
        return ruleId() + "@" + values.pick(all);
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Map<?, ?> map, String key) {
        return map.get(key) instanceof List<?> l ? (List<Object>) l : new ArrayList<>();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> cast(Object map) {
        return (Map<String, Object>) map;
    }
}
