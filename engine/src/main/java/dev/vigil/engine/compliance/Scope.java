package dev.vigil.engine.compliance;

import dev.vigil.engine.catalog.Applicability;
import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.SystemInfo;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.model.WireValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a requirement applies to the system, from its applicability conditions and the model's
 * {@code system} facts. Unstated facts: an unstated {@code cyberDevice} is treated as a cyber device (leaving
 * 524B out on an unknown would assume the safer answer); an unstated {@code ivd} means not an IVD (the format
 * marks IVDs with {@code ivd: true}); an unstated class or pathway for a market the requirement selects by
 * class or pathway makes the requirement not assessable, naming the fact. A requirement selecting by
 * regulatory status applies when the product or one of its components (not a third party's) has a selected
 * status; an unstated status is the product's, and an unstated product status is {@code medical-device}.
 */
final class Scope {

    /** Why the requirement is not judged: not applicable, or not assessable for a missing system fact. */
    record Outside(ComplianceStatus status, String reason) {}

    private Scope() {}

    static Optional<Outside> of(SystemModel model, Applicability a) {
        SystemInfo system = model.system();
        String kind = system.kind().wire();
        if (!a.kinds().contains(kind)) {
            return notApplicable(kind + " model; this requirement applies to " + plural(a.kinds()) + ".");
        }
        Set<String> markets =
                system.markets().stream().map(WireValue::wire).collect(Collectors.toCollection(LinkedHashSet::new));
        if (!a.markets().isEmpty() && markets.stream().noneMatch(a.markets()::contains)) {
            return notApplicable("system.markets is " + (markets.isEmpty() ? "empty" : String.join(", ", markets))
                    + "; this requirement applies to the "
                    + String.join(", ", a.markets().stream().sorted().toList())
                    + " market" + (a.markets().size() == 1 ? "" : "s") + ".");
        }
        if (a.cyberDeviceOnly() && !system.cyberDevice().orElse(true)) {
            return notApplicable(
                    "system.cyberDevice is false; this requirement applies to cyber devices only (FD&C Act 524B).");
        }
        boolean ivd = system.ivd().orElse(false);
        if (a.ivd().isPresent() && a.ivd().get() != ivd) {
            return notApplicable(
                    a.ivd().get()
                            ? "system.ivd is " + (system.ivd().isEmpty() ? "not stated" : "false")
                                    + "; this requirement applies to in-vitro diagnostic devices only."
                            : "system.ivd is true; this requirement applies to devices that are not IVDs.");
        }
        if (!a.regulatoryStatus().isEmpty() && subjects(model, a).isEmpty()) {
            String wanted =
                    String.join(", ", a.regulatoryStatus().stream().sorted().toList());
            return notApplicable("system.regulatoryStatus is "
                    + system.productStatus().wire()
                    + (system.regulatoryStatus().isEmpty()
                            ? " (not stated: a product model describes a medical device)"
                            : "")
                    + " and no component of the manufacturer is marked " + wanted
                    + "; this requirement applies only to products or components with regulatoryStatus " + wanted
                    + ", because the framework excludes what the medical-device regulations cover.");
        }
        Optional<Outside> byClass =
                selected("classes", a.classes(), m -> system.deviceClass(m).map(WireValue::wire), "device class");
        if (byClass.isPresent()) {
            return byClass;
        }
        return selected(
                "pathways",
                a.pathways(),
                m -> Optional.ofNullable(system.pathways().get(m)).map(WireValue::wire),
                "premarket pathway");
    }

    /**
     * What a regulatory-status condition selects: "the product" when the system has a selected status, and the
     * ids of the components that have one (a third party's component is that party's product, not this one's).
     * Empty when the requirement has no such condition or nothing is selected.
     */
    static List<String> subjects(SystemModel model, Applicability a) {
        if (a.regulatoryStatus().isEmpty()) {
            return List.of();
        }
        SystemInfo system = model.system();
        List<String> out = new ArrayList<>();
        if (a.regulatoryStatus().contains(system.productStatus().wire())) {
            out.add("the product " + system.id());
        }
        for (Component c : model.components()) {
            if (c.owner().orElse(null) != Component.Owner.THIRD_PARTY
                    && a.regulatoryStatus().contains(c.status(system).wire())) {
                out.add("component " + c.id());
            }
        }
        return out;
    }

    /**
     * A condition on a per-market fact: applies when, in one of the system's markets the condition names, the
     * stated value is among the selected ones.
     */
    private static Optional<Outside> selected(
            String key,
            Map<String, Set<String>> condition,
            java.util.function.Function<SystemInfo.Market, Optional<String>> stated,
            String noun) {
        if (condition.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder unknown = new StringBuilder();
        StringBuilder other = new StringBuilder();
        for (Map.Entry<String, Set<String>> e : condition.entrySet()) {
            SystemInfo.Market market =
                    WireValue.parse(SystemInfo.Market.class, e.getKey()).orElseThrow();
            String wanted = String.join(", ", e.getValue().stream().sorted().toList());
            Optional<String> value = stated.apply(market);
            if (value.isEmpty()) {
                unknown.append(unknown.isEmpty() ? "" : "; ")
                        .append("system.")
                        .append(key)
                        .append('.')
                        .append(e.getKey())
                        .append(" is not stated (this requirement applies to ")
                        .append(wanted)
                        .append(')');
            } else if (e.getValue().contains(value.get())) {
                return Optional.empty();
            } else {
                other.append(other.isEmpty() ? "" : "; ")
                        .append("system.")
                        .append(key)
                        .append('.')
                        .append(e.getKey())
                        .append(" is ")
                        .append(value.get())
                        .append("; this requirement applies to ")
                        .append(noun)
                        .append(' ')
                        .append(wanted)
                        .append(" only");
            }
        }
        if (!unknown.isEmpty()) {
            return Optional.of(new Outside(ComplianceStatus.NOT_ASSESSABLE, "Not assessable: " + unknown + "."));
        }
        return notApplicable(other + ".");
    }

    private static Optional<Outside> notApplicable(String reason) {
        return Optional.of(new Outside(ComplianceStatus.NOT_APPLICABLE, reason));
    }

    private static String plural(Set<String> kinds) {
        return kinds.stream().sorted().map(k -> k + "s").collect(Collectors.joining(" and "));
    }
}
