package dev.vigil.engine.diagram;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.Secret;
import dev.vigil.engine.model.Update;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The updatability view: per update, the chain from the signing secret (where it is kept, how it is
 * protected) through the path's flows in order to the target, marking where the signature is verified,
 * rollback protection and recovery. Components that run software but have no update path are drawn apart
 * as not updatable.
 */
final class UpdatabilityView {

    /** Above this many components without an update path they are listed in one box. */
    static final int STRANDED_LIMIT = 40;

    private static final Set<Component.Kind> APPS = EnumSet.of(
            Component.Kind.MOBILE_APP, Component.Kind.DESKTOP_APP, Component.Kind.WEB_APP, Component.Kind.PROGRAMMER);
    private static final Set<Component.Kind> SERVERS =
            EnumSet.of(Component.Kind.SERVICE, Component.Kind.UPDATE_SERVER, Component.Kind.SIGNING_SERVICE);

    private UpdatabilityView() {}

    static Diagram of(ModelIndex index) {
        List<Update> updates = index.model().updates().stream()
                .sorted(Comparator.comparing(Update::id))
                .toList();
        List<Component> stranded = Labels.sortedComponents(index.components()).stream()
                .filter(c -> c.software().isPresent() && index.updatesOf(c).isEmpty())
                .toList();
        // Each chain repeats its components, so chains are drawn in id order while they fit the limit.
        boolean listStranded = stranded.size() > STRANDED_LIMIT;
        int budget = Diagrams.DETAIL_LIMIT - (listStranded ? 1 : stranded.size());
        List<Update> drawn = new ArrayList<>();
        for (Update u : updates) {
            int size = 2 * (u.path().size() + 2);
            if (size > budget) {
                break;
            }
            budget -= size;
            drawn.add(u);
        }
        String title = "Updatability: " + index.model().system().name();
        if (drawn.size() < updates.size()) {
            title += " (first " + drawn.size() + " of " + updates.size() + " updates drawn, by id; the rest exceed the"
                    + " limit of " + Diagrams.DETAIL_LIMIT + " boxes and arrows)";
        }
        Puml p = Puml.start(title, true);
        drawn.forEach(u -> chain(p, index, u));
        notUpdatable(p, stranded);
        if (updates.isEmpty() && stranded.isEmpty()) {
            p.line("rectangle "
                    + Puml.quoted(Puml.text("The model declares no updates and no component with software."))
                    + " as nothing");
        }
        return new Diagram("updatability", title, Diagram.Kind.UPDATABILITY, p.end());
    }

    private static void chain(Puml p, ModelIndex index, Update u) {
        String prefix = Puml.alias("u", u.id()) + "__";
        List<Flow> path = u.path().stream().map(index::flow).toList();
        Optional<Secret> secret = u.signedWith().flatMap(id -> index.model().secrets().stream()
                .filter(s -> s.id().equals(id))
                .findFirst());
        Set<String> nodes = new LinkedHashSet<>();
        secret.ifPresent(s -> nodes.add(s.storedIn()));
        path.forEach(f -> {
            nodes.add(f.from());
            nodes.add(f.to());
        });
        nodes.add(u.target());
        Set<String> verifiers = verifiers(index, u, nodes);
        Component target = index.component(u.target());
        p.line("rectangle " + Puml.quoted(Puml.lines("update " + u.id(), "target " + Labels.name(target))) + " as "
                + Puml.alias("u", u.id()) + " {");
        for (String id : nodes) {
            Component c = index.component(id);
            List<String> notes = new ArrayList<>();
            if (verifiers.contains(id)) {
                // The model says on which side the check happens, not on which host; say so when it is ambiguous.
                notes.add(
                        verifiers.size() == 1
                                ? "VERIFIES SIGNATURE (verifiedOn "
                                        + u.verifiedOn().wire() + ")"
                                : "verifies signature, or another "
                                        + u.verifiedOn().wire() + " here does (verifiedOn "
                                        + u.verifiedOn().wire() + ")");
            }
            if (id.equals(u.target())) {
                notes.add("update target");
                if (u.verifiedOn() != Update.VerifiedOn.NONE && u.verifiedOn() != Update.VerifiedOn.DEVICE) {
                    notes.add("does NOT verify the signature itself");
                }
                if (u.verifiedOn() != Update.VerifiedOn.NONE && verifiers.isEmpty()) {
                    notes.add("verifiedOn " + u.verifiedOn().wire() + ", but no such component in this chain");
                }
                notes.add("rollback protection " + Puml.flag(u.rollbackProtection(), "yes", "NO"));
                notes.add("recovery " + Puml.fact(u.recovery()));
                notes.add("authorized by " + u.authorizedBy().orElse("not stated"));
                if (u.verifiedOn() == Update.VerifiedOn.NONE) {
                    notes.add("signature verified NOWHERE (verifiedOn none)");
                }
            }
            String label = Labels.component(c) + (notes.isEmpty() ? "" : "\\n" + Puml.text(String.join("\n", notes)));
            p.line("  component " + Puml.quoted(label) + " as " + prefix + Puml.alias("c", id));
        }
        if (secret.isPresent()) {
            Secret s = secret.get();
            p.line("  artifact "
                    + Puml.quoted(Puml.lines(
                            "signing secret " + s.id(),
                            s.type().wire() + ", protection " + s.protection().wire(),
                            "approval " + Puml.fact(s.approval()) + ", revocable "
                                    + Puml.flag(s.revocable(), "yes", "no")))
                    + " as " + prefix + Puml.alias("s", s.id()));
        } else {
            p.line("  artifact " + Puml.quoted(Puml.text("no signing secret stated (signedWith omitted)")) + " as "
                    + prefix + "unsigned");
        }
        p.line("}");
        secret.ifPresent(s -> p.line(
                prefix + Puml.alias("s", s.id()) + " .. " + prefix + Puml.alias("c", s.storedIn()) + " : stored in"));
        for (int i = 0; i < path.size(); i++) {
            Flow f = path.get(i);
            p.line(prefix + Puml.alias("c", f.from()) + " --> " + prefix + Puml.alias("c", f.to()) + " : "
                    + Puml.text((i + 1) + ". " + f.id() + ": " + f.protocol().orElse("protocol not stated") + "\n"
                            + Labels.protection(f)));
        }
    }

    /** The components in the chain that check the signature, as far as {@code verifiedOn} says. */
    private static Set<String> verifiers(ModelIndex index, Update u, Set<String> nodes) {
        Set<String> out = new LinkedHashSet<>();
        switch (u.verifiedOn()) {
            case DEVICE -> out.add(u.target());
            case APP -> nodes.stream()
                    .filter(id -> APPS.contains(index.component(id).kind()))
                    .forEach(out::add);
            case SERVER -> nodes.stream()
                    .filter(id -> SERVERS.contains(index.component(id).kind()))
                    .forEach(out::add);
            case NONE -> {}
        }
        return out;
    }

    private static void notUpdatable(Puml p, List<Component> stranded) {
        if (stranded.isEmpty()) {
            return;
        }
        p.line("rectangle " + Puml.quoted(Puml.text("NOT UPDATABLE: software without an update path")) + " as "
                + "not_updatable {");
        if (stranded.size() > STRANDED_LIMIT) {
            p.line("  rectangle "
                    + Puml.quoted(Puml.text(stranded.size() + " components, e.g. "
                            + String.join(
                                    ", ",
                                    stranded.stream()
                                            .limit(10)
                                            .map(Component::id)
                                            .toList())))
                    + " as not_updatable_list");
        } else {
            for (Component c : stranded) {
                String os = c.software().flatMap(Component.Software::os).orElse("os not stated");
                p.line("  component " + Puml.quoted(Labels.component(c) + "\\n" + Puml.text(os + "\nno update path"))
                        + " as " + Puml.alias("n", c.id()));
            }
        }
        p.line("}");
    }
}
