package dev.vigil.engine.load;

import dev.vigil.engine.load.Shape.BoolShape;
import dev.vigil.engine.load.Shape.ChoiceShape;
import dev.vigil.engine.load.Shape.ConstShape;
import dev.vigil.engine.load.Shape.DateShape;
import dev.vigil.engine.load.Shape.EnumShape;
import dev.vigil.engine.load.Shape.EvidenceShape;
import dev.vigil.engine.load.Shape.Field;
import dev.vigil.engine.load.Shape.IdShape;
import dev.vigil.engine.load.Shape.IntShape;
import dev.vigil.engine.load.Shape.ListShape;
import dev.vigil.engine.load.Shape.ObjectShape;
import dev.vigil.engine.load.Shape.RefShape;
import dev.vigil.engine.load.Shape.TextShape;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds valid models from the format declaration ({@link FormatOne}): it walks the declared shapes, so a
 * field added there is generated without a change here. Each field, enum value and list length is drawn
 * at random; references are placeholders until every element exists, then point at elements of the kinds
 * the declaration allows. What the declaration cannot say (the cross-field rules of {@link ModelRules}) is
 * mended afterwards by {@link ModelRepairs}; a model the loader refuses means the generator or the loader
 * is wrong.
 */
final class ModelGenerator {

    /** A reference still to be pointed at an element; {@code count} ids when it stands for a list. */
    record Ref(Set<String> kinds, int count, boolean distinct, boolean list) {}

    /** How dense a model is: the chance of each optional field and the longest lists. */
    record Profile(double optionalRate, int sectionMax, int nestedMax, int listStyle) {}

    private final GeneratedValues values;
    private final Profile profile;
    private final Map<String, Set<String>> enumsSeen;
    /** The declared shape of every generated map, so later passes know what each map is. */
    final Map<Object, ObjectShape> shapeOf = new IdentityHashMap<>();

    ModelGenerator(GeneratedValues values, Map<String, Set<String>> enumsSeen) {
        this.values = values;
        this.enumsSeen = enumsSeen;
        SplittableRandom r = values.random();
        double[] rates = {0.0, 0.1, 0.5, 0.9, 1.0};
        int[] maxes = {0, 1, 3, 8, 25};
        int section = maxes[r.nextInt(maxes.length)];
        this.profile = new Profile(rates[r.nextInt(rates.length)], section, Math.min(section, 3), r.nextInt(3));
    }

    Profile profile() {
        return profile;
    }

    GeneratedValues values() {
        return values;
    }

    /** One model's root tree, every section in it (split into files later), references resolved. */
    @SuppressWarnings("unchecked")
    Map<String, Object> model() {
        Map<String, Object> root = (Map<String, Object>) object(FormatOne.ROOT, "model", 0);
        return root;
    }

    private Object value(Shape shape, String path, int depth) {
        if (shape instanceof ObjectShape o) {
            return object(o, path, depth + 1);
        }
        if (shape instanceof ListShape l) {
            return list(l, path, depth);
        }
        if (shape instanceof ChoiceShape c) {
            return values.chance(0.5) ? value(c.scalar(), path, depth) : object(c.object(), path, depth + 1);
        }
        return scalar(shape, path);
    }

    private Object scalar(Shape shape, String path) {
        if (shape instanceof TextShape) {
            return values.text();
        }
        if (shape instanceof IntShape r) {
            return values.integer(r.min(), r.max());
        }
        if (shape instanceof BoolShape) {
            return values.random().nextBoolean();
        }
        if (shape instanceof DateShape) {
            return values.date().toString();
        }
        if (shape instanceof IdShape) {
            return values.kebab();
        }
        if (shape instanceof RefShape r) {
            return new Ref(r.kinds(), 1, false, false);
        }
        if (shape instanceof EnumShape e) {
            String value = values.pick(e.values());
            enumsSeen.computeIfAbsent(path, k -> new TreeSet<>()).add(value);
            return value;
        }
        if (shape instanceof EvidenceShape) {
            return evidence();
        }
        if (shape instanceof ConstShape c) {
            return c.value();
        }
        throw new IllegalStateException("no generator for " + shape);
    }

    /** Evidence as the format allows it: yes/no, a date, a path, a URL, a document id or free text. */
    private Object evidence() {
        return switch (values.random().nextInt(7)) {
            case 0 -> Boolean.TRUE;
            case 1 -> Boolean.FALSE;
            case 2 -> values.date().toString();
            case 3 -> values.pick(List.of("evidence/report.pdf", "missing/report.pdf", "evidence/\u00fcber.md"));
            case 4 -> "https://example.org/evidence/" + values.between(1, 99);
            case 5 -> ModelRepairs.DOCUMENT_ID; // replaced by a document id when the model has documents
            default -> freeEvidenceText();
        };
    }

    /**
     * Free text as evidence; text that is wholly a date but not a real one (2026-02-30) is a bad date to the
     * loader, rightly, so it is not valid evidence text.
     */
    private String freeEvidenceText() {
        String text = values.text();
        while (text.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                java.time.LocalDate.parse(text.strip());
                return text;
            } catch (java.time.format.DateTimeParseException e) {
                text = values.text();
            }
        }
        return text;
    }

    private Map<String, Object> object(ObjectShape shape, String path, int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        shapeOf.put(map, shape);
        for (Field field : shape.fields()) {
            String fieldPath = shape.label() + "." + field.name();
            if (field.name().equals("include") && shape == FormatOne.ROOT) {
                continue; // the file split writes the includes
            }
            if (field.name().equals("id") && shape.idKind() != null) {
                map.put("id", values.freshId(shape.idKind()));
            } else if (field.required() || values.chance(profile.optionalRate())) {
                map.put(field.name(), value(field.shape(), fieldPath, depth));
            } else if (field.shape() instanceof ListShape && values.chance(0.3)) {
                // An optional list may also be written empty or as an empty value: both mean none.
                map.put(field.name(), values.chance(0.5) ? new ArrayList<>() : null);
            }
        }
        return map;
    }

    private Object list(ListShape shape, String path, int depth) {
        int size = shape.exactSize() >= 0 ? shape.exactSize() : size(depth);
        if (shape.item() instanceof RefShape r) {
            return new Ref(r.kinds(), size, shape.exactSize() >= 0, true);
        }
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            items.add(value(shape.item(), path, depth));
        }
        return items;
    }

    private int size(int depth) {
        int max = depth <= 1 ? profile.sectionMax() : profile.nestedMax();
        if (max == 0) {
            return 0;
        }
        return switch (profile.listStyle()) {
            case 0 -> values.between(0, max);
            case 1 -> 1; // single-element systems
            default -> values.between(Math.max(0, max / 2), max);
        };
    }

    /** Every element id of the tree by kind, in document order. */
    Map<String, List<String>> ids(Object node) {
        Map<String, List<String>> ids = new TreeMap<>();
        collectIds(node, ids);
        return ids;
    }

    private void collectIds(Object node, Map<String, List<String>> ids) {
        if (node instanceof Map<?, ?> map) {
            ObjectShape shape = shapeOf.get(map);
            if (shape != null && shape.idKind() != null && map.get("id") instanceof String id) {
                ids.computeIfAbsent(shape.idKind(), k -> new ArrayList<>()).add(id);
            }
            map.values().forEach(v -> collectIds(v, ids));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collectIds(v, ids));
        }
    }
}
