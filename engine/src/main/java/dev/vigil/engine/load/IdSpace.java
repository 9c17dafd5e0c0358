package dev.vigil.engine.load;

import dev.vigil.engine.source.Diagnostic;
import dev.vigil.engine.source.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The model's single id space: every element's id with its kind and place, and the references waiting to
 * be resolved once every file of the model has been read.
 */
final class IdSpace {

    record Definition(String id, String kind, String where, Location location) {}

    private record PendingRef(Location location, String field, String where, String id, Set<String> kinds) {}

    private final Map<String, Definition> definitions = new LinkedHashMap<>();
    private final List<PendingRef> references = new ArrayList<>();
    private final boolean kindsApart;

    /** One space for all kinds: a model's ids are unique across its elements. */
    IdSpace() {
        this(false);
    }

    /**
     * {@code kindsApart}: each kind has its own ids (a catalog theme and phase may share a name), and a
     * reference names the kinds it may point at.
     */
    IdSpace(boolean kindsApart) {
        this.kindsApart = kindsApart;
    }

    private String key(String id, String kind) {
        return kindsApart ? kind + "\0" + id : id;
    }

    private Definition find(String id, Set<String> kinds) {
        if (!kindsApart) {
            return definitions.get(id);
        }
        return kinds.stream()
                .map(kind -> definitions.get(key(id, kind)))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    void define(Definition definition, List<Diagnostic> out) {
        Definition first = definitions.putIfAbsent(key(definition.id(), definition.kind()), definition);
        if (first != null) {
            out.add(Diagnostic.error(
                    definition.location(),
                    "duplicate-id",
                    "duplicate id '" + definition.id() + "': " + definition.where() + " reuses the id of "
                            + first.where() + " defined at " + first.location()));
        }
    }

    void refer(Location location, String field, String where, String id, Set<String> kinds) {
        references.add(new PendingRef(location, field, where, id, kinds));
    }

    Map<String, Definition> definitions() {
        return definitions;
    }

    /** Reports every reference to a missing id or to an element of the wrong kind. */
    void resolve(List<Diagnostic> out) {
        for (PendingRef ref : references) {
            Definition target = find(ref.id(), ref.kinds());
            if (target != null && (ref.kinds().isEmpty() || ref.kinds().contains(target.kind()))) {
                continue; // the common case; messages are built only for problems
            }
            String wanted = kinds(ref.kinds());
            String prefix = "'" + ref.field() + "' of " + ref.where() + " refers to '" + ref.id() + "'";
            if (target == null) {
                List<String> candidates = definitions.values().stream()
                        .filter(d -> ref.kinds().isEmpty() || ref.kinds().contains(d.kind()))
                        .map(Definition::id)
                        .toList();
                String hint = Suggestions.nearest(ref.id(), candidates)
                        .map(s -> "; did you mean '" + s + "'?")
                        .orElse("");
                out.add(Diagnostic.error(
                        ref.location(), "dangling-reference", prefix + ", but no " + wanted + " has that id" + hint));
            } else if (!ref.kinds().isEmpty() && !ref.kinds().contains(target.kind())) {
                out.add(Diagnostic.error(
                        ref.location(),
                        "wrong-kind-reference",
                        prefix + ", which is " + article(target.kind()) + ", not " + article(wanted)));
            }
        }
    }

    private static String kinds(Set<String> kinds) {
        return kinds.isEmpty() ? "element" : String.join(" or ", new TreeSet<>(kinds));
    }

    static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
