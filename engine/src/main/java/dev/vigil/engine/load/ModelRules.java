package dev.vigil.engine.load;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Conduit;
import dev.vigil.engine.model.Evidence;
import dev.vigil.engine.model.FindingId;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.Lifecycle;
import dev.vigil.engine.model.ProductionStep;
import dev.vigil.engine.model.Secret;
import dev.vigil.engine.model.SecurityTest;
import dev.vigil.engine.model.SystemInfo;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.model.Tracking;
import dev.vigil.engine.model.Update;
import dev.vigil.engine.source.Diagnostic;
import dev.vigil.engine.source.Location;
import dev.vigil.engine.source.SourceResolver;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Consistency rules that span several fields or elements, checked once the model is bound: things the
 * format forbids even though each value on its own is well formed.
 */
final class ModelRules {

    private static final java.util.Set<SystemInfo.DeviceClass> IVD_CLASSES = java.util.EnumSet.of(
            SystemInfo.DeviceClass.A,
            SystemInfo.DeviceClass.B,
            SystemInfo.DeviceClass.C,
            SystemInfo.DeviceClass.D,
            SystemInfo.DeviceClass.IVD_1,
            SystemInfo.DeviceClass.IVD_2,
            SystemInfo.DeviceClass.IVD_3,
            SystemInfo.DeviceClass.IVD_4);

    private final SystemModel model;
    private final Map<Tracking, Location> trackingLocations;
    private final Map<String, Location> evidenceLocations;
    private final List<Diagnostic> out;
    private final SourceResolver sources;
    // Built once: per-flow and per-update lookups by scanning lists made large models quadratic to load.
    private final Map<String, Flow> flowsById = new HashMap<>();
    private final Map<String, Component> interfaceOwners = new HashMap<>();
    private final Map<String, Component.Interface> interfacesById = new HashMap<>();

    ModelRules(ModelBinder.Bound bound, SourceResolver sources, List<Diagnostic> out) {
        this.sources = sources;
        this.model = bound.model();
        model.flows().forEach(f -> flowsById.putIfAbsent(f.id(), f));
        for (Component c : model.components()) {
            for (Component.Interface i : c.interfaces()) {
                interfaceOwners.putIfAbsent(i.id(), c);
                interfacesById.putIfAbsent(i.id(), i);
            }
        }
        this.trackingLocations = bound.trackingLocations();
        this.evidenceLocations = bound.evidenceLocations();
        this.out = out;
    }

    void check() {
        model.flows().forEach(this::checkFlow);
        model.conduits().forEach(this::checkConduit);
        model.updates().forEach(this::checkUpdate);
        model.components().forEach(this::checkComponent);
        checkTracking();
        checkExclusions();
        checkSupportDates();
        model.production().forEach(this::checkProductionStep);
        checkClasses();
        checkSiteLinks();
        model.tests().forEach(this::checkTest);
    }

    private void checkProductionStep(ProductionStep step) {
        if (!step.injects().isEmpty() && step.verification().isEmpty()) {
            out.add(Diagnostic.error(
                    at(step.id()),
                    "verification-required",
                    "production step '" + step.id() + "' injects " + String.join(", ", step.injects())
                            + " but states no 'verification' (none, hash or signature)"));
        }
    }

    /** The EU/UK and Australian keys take IVD classes exactly when the system is an IVD. */
    private void checkClasses() {
        SystemInfo system = model.system();
        boolean ivd = system.ivd().orElse(false);
        system.classes().forEach((market, deviceClass) -> {
            boolean ivdClass = IVD_CLASSES.contains(deviceClass);
            boolean hasIvdClasses =
                    market == SystemInfo.Market.EU || market == SystemInfo.Market.UK || market == SystemInfo.Market.AU;
            if (hasIvdClasses && ivdClass != ivd) {
                out.add(
                        Diagnostic.error(
                                at(system.id()),
                                "class-for-ivd",
                                "system.classes." + market.wire() + " is " + deviceClass.wire() + ", "
                                        + (ivd
                                                ? "a device class, but system.ivd is true (IVD classes: "
                                                        + (market == SystemInfo.Market.AU ? "1-4" : "A-D") + ")"
                                                : "an IVD class, but system.ivd is not true; set 'ivd: true' or use a device class")));
            }
        });
    }

    private void checkSiteLinks() {
        for (SystemInfo.SiteLink link : model.system().builtAt()) {
            if (!sources.exists(SourceResolver.sibling(model.source(), link.model()))) {
                out.add(Diagnostic.error(
                        at(model.system().id()),
                        "site-model-not-found",
                        "the site model '" + link.model() + "' of site '" + link.site()
                                + "' in system.builtAt does not exist (paths are relative to the model file)"));
            }
        }
        if (!model.system().builtAt().isEmpty() && model.system().kind() == SystemInfo.Kind.SITE) {
            out.add(Diagnostic.error(
                    at(model.system().id()),
                    "built-at-on-site",
                    "system.builtAt links a product to the sites that build it; this model is a site"));
        }
    }

    private void checkTest(SecurityTest test) {
        for (String finding : test.findings()) {
            if (FindingId.parse(finding).isEmpty()) {
                out.add(Diagnostic.error(
                        at(test.id()),
                        "bad-finding-id",
                        "test '" + test.id() + "' names finding '" + finding
                                + "', which is not a finding id; write <rule-id>@<element-id>"));
            }
        }
    }

    private void checkFlow(Flow flow) {
        Location at = at(flow.id());
        if (flow.from().equals(flow.to())) {
            out.add(Diagnostic.error(
                    at,
                    "flow-to-itself",
                    "flow '" + flow.id() + "' goes from '" + flow.from()
                            + "' to itself; a flow connects two components"));
        }
        flow.via().ifPresent(via -> {
            Optional<Component> owner = Optional.ofNullable(interfaceOwners.get(via));
            if (owner.isPresent()
                    && !owner.get().id().equals(flow.from())
                    && !owner.get().id().equals(flow.to())) {
                out.add(Diagnostic.error(
                        at,
                        "via-not-on-flow",
                        "'via' of flow '" + flow.id() + "' names interface '"
                                + via + "' of component '" + owner.get().id() + "', which is neither end of the flow ('"
                                + flow.from() + "' or '" + flow.to() + "')"));
            }
            owner.map(c -> interfacesById.get(via))
                    .filter(i -> !i.isWireless() && flow.pairing().isPresent())
                    .ifPresent(i -> out.add(Diagnostic.error(
                            at,
                            "pairing-on-wired",
                            "flow '" + flow.id()
                                    + "' states 'pairing' but runs over the "
                                    + i.type().wire()
                                    + " interface '" + via + "'; pairing applies to wireless links only")));
        });
    }

    private Flow flow(String id) {
        Flow flow = flowsById.get(id);
        return flow != null ? flow : model.flow(id);
    }

    private void checkConduit(Conduit conduit) {
        if (conduit.between().size() == 2
                && conduit.between().get(0).equals(conduit.between().get(1))) {
            out.add(Diagnostic.error(
                    at(conduit.id()),
                    "conduit-same-zone",
                    "conduit '" + conduit.id() + "' connects zone '"
                            + conduit.between().get(0) + "' with itself; a conduit joins two zones"));
        }
    }

    private void checkUpdate(Update update) {
        Location at = at(update.id());
        update.signedWith().ifPresent(secretId -> model.secrets().stream()
                .filter(s -> s.id().equals(secretId) && s.type() != Secret.Type.CODE_SIGNING)
                .findFirst()
                .ifPresent(s -> out.add(Diagnostic.error(
                        at,
                        "signing-key-type",
                        "update '" + update.id()
                                + "' is signed with secret '" + s.id() + "', which is "
                                + IdSpace.article(s.type().wire())
                                + " secret, not code-signing"))));
        List<String> path = update.path();
        for (int i = 1; i < path.size(); i++) {
            Flow previous = flow(path.get(i - 1));
            Flow next = flow(path.get(i));
            if (!previous.to().equals(next.from())) {
                out.add(Diagnostic.error(
                        at,
                        "update-path-broken",
                        "the path of update '" + update.id()
                                + "' is broken: flow '" + previous.id() + "' ends at '" + previous.to() + "' but flow '"
                                + next.id() + "' starts at '" + next.from() + "'"));
            }
        }
        if (!path.isEmpty()) {
            Flow last = flow(path.get(path.size() - 1));
            if (!last.to().equals(update.target())) {
                out.add(Diagnostic.error(
                        at,
                        "update-path-misses-target",
                        "the path of update '" + update.id() + "' ends at '" + last.to() + "', not at its target '"
                                + update.target() + "'"));
            }
        }
    }

    private void checkComponent(Component component) {
        Location at = at(component.id());
        component
                .logging()
                .forwardedTo()
                .filter(component.id()::equals)
                .ifPresent(self -> out.add(Diagnostic.error(
                        at,
                        "log-forwarded-to-itself",
                        "component '" + component.id() + "' forwards its logs to itself")));
        component.sbom().ifPresent(sbom -> {
            if (!sources.exists(SourceResolver.sibling(model.source(), sbom))) {
                out.add(Diagnostic.error(
                        at,
                        "sbom-not-found",
                        "the SBOM '" + sbom + "' of component '" + component.id()
                                + "' does not exist (paths are relative to the model file)"));
            }
        });
    }

    private void checkTracking() {
        Map<String, Location> seen = new HashMap<>();
        for (Tracking t : model.tracking()) {
            Location at = trackingLocations.getOrDefault(t, Location.ofFile(model.source()));
            Optional<FindingId> id = FindingId.parse(t.finding());
            if (id.isEmpty()) {
                out.add(
                        Diagnostic.error(
                                at,
                                "bad-finding-id",
                                "tracking entry '" + t.finding()
                                        + "' is not a finding id; write <rule-id>@<element-id>, e.g. 'default-credentials@pump'"));
            } else if (model.findElement(id.get().element()).isEmpty()) {
                out.add(Diagnostic.error(
                        at,
                        "unknown-finding-element",
                        "tracking entry '" + t.finding() + "' names element '"
                                + id.get().element() + "', which is not in the model"));
            }
            Location first = seen.putIfAbsent(t.finding(), at);
            if (first != null) {
                out.add(Diagnostic.error(
                        at,
                        "duplicate-tracking",
                        "finding '" + t.finding() + "' is tracked twice (first at " + first + ")"));
            }
            boolean needsReason =
                    t.status() == Tracking.Status.ACCEPTED || t.status() == Tracking.Status.FALSE_POSITIVE;
            if (needsReason && t.justification().filter(j -> !j.isBlank()).isEmpty()) {
                out.add(Diagnostic.error(
                        at,
                        "justification-required",
                        "finding '" + t.finding() + "' is " + t.status().wire() + " without a justification; say why"));
            }
        }
    }

    private void checkExclusions() {
        model.assumptions().forEach(a -> a.excludes().stream()
                .filter(e -> !ShapeChecker.ID.matcher(e.rule()).matches())
                .forEach(e -> out.add(Diagnostic.error(
                        at(a.id()),
                        "bad-rule-id",
                        "assumption '" + a.id() + "' excludes rule '" + e.rule()
                                + "', which is not a rule id (lower-case kebab-case)"))));
    }

    private void checkSupportDates() {
        Optional<LocalDate> guaranteed = date(Lifecycle.Phase.END_OF_LIFE, "endOfGuaranteedSupport");
        Optional<LocalDate> support = date(Lifecycle.Phase.END_OF_LIFE, "endOfSupport");
        if (guaranteed.isPresent() && support.isPresent() && support.get().isBefore(guaranteed.get())) {
            out.add(Diagnostic.error(
                    evidenceLocations.getOrDefault("endOfLife.endOfSupport", Location.ofFile(model.source())),
                    "support-dates-order",
                    "lifecycle.endOfLife: endOfSupport " + support.get() + " is before endOfGuaranteedSupport "
                            + guaranteed.get() + " (IMDRF N70: guaranteed support ends first)"));
        }
    }

    private Optional<LocalDate> date(Lifecycle.Phase phase, String key) {
        return model.lifecycle()
                .find(phase, key)
                .filter(Evidence.Dated.class::isInstance)
                .map(e -> ((Evidence.Dated) e).date());
    }

    private Location at(String id) {
        return model.locationOf(id).orElse(Location.ofFile(model.source()));
    }
}
