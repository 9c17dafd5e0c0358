package dev.vigil.engine.load;

import dev.vigil.engine.model.Assumption;
import dev.vigil.engine.model.Capabilities;
import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Conduit;
import dev.vigil.engine.model.Control;
import dev.vigil.engine.model.DataItem;
import dev.vigil.engine.model.Document;
import dev.vigil.engine.model.EssentialFunction;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.Hazard;
import dev.vigil.engine.model.Lifecycle;
import dev.vigil.engine.model.Mds2Statement;
import dev.vigil.engine.model.ProductionStep;
import dev.vigil.engine.model.RegulatoryStatus;
import dev.vigil.engine.model.Secret;
import dev.vigil.engine.model.SecurityTest;
import dev.vigil.engine.model.SystemInfo;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.model.Tracking;
import dev.vigil.engine.model.Update;
import dev.vigil.engine.model.UseCase;
import dev.vigil.engine.model.User;
import dev.vigil.engine.model.WireValue;
import dev.vigil.engine.model.Zone;
import dev.vigil.engine.source.Location;
import dev.vigil.engine.source.Node.MapNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Turns checked trees (the root file and the files it includes) into the immutable domain model. Runs
 * only on input the {@link ShapeChecker} accepted, so it does not re-validate.
 */
final class ModelBinder {

    private final List<NodeValues> files;
    private final Map<String, Location> locations = new LinkedHashMap<>();
    private final Map<Tracking, Location> trackingLocations = new IdentityHashMap<>();
    /** Where each lifecycle value was stated, by "phase.key". */
    private final Map<String, Location> evidenceLocations = new LinkedHashMap<>();

    /** The bound model plus where its id-less entries came from, for later checks. */
    record Bound(
            SystemModel model, Map<Tracking, Location> trackingLocations, Map<String, Location> evidenceLocations) {}

    ModelBinder(List<MapNode> files) {
        this.files = files.stream().map(NodeValues::new).toList();
    }

    Bound bind(Path source) {
        NodeValues root = files.get(0);
        NodeValues system = root.object("system").orElseThrow();
        SystemModel model = new SystemModel(
                source,
                system(system),
                section("hazards", this::hazard),
                section("zones", this::zone),
                section("conduits", this::conduit),
                section("components", this::component),
                section("data", this::data),
                section("flows", this::flow),
                section("users", this::user),
                section("secrets", this::secret),
                section("updates", this::update),
                section("useCases", this::useCase),
                section("production", this::production),
                section("controls", this::control),
                section("tests", this::test),
                section("documents", this::document),
                lifecycle(),
                section("tracking", this::tracking),
                section("assumptions", this::assumption),
                section("mds2", this::mds2Statement),
                locations);
        return new Bound(model, trackingLocations, evidenceLocations);
    }

    private <T> List<T> section(String key, Function<NodeValues, T> bind) {
        List<T> all = new ArrayList<>();
        for (NodeValues file : files) {
            for (NodeValues item : file.objects(key)) {
                item.text("id")
                        .ifPresent(id -> locations.putIfAbsent(id, item.map().location()));
                all.add(bind.apply(item));
            }
        }
        return all;
    }

    private SystemInfo system(NodeValues v) {
        locations.put(v.required("id"), v.map().location());
        List<EssentialFunction> functions = new ArrayList<>();
        for (NodeValues f : v.objects("essentialFunctions")) {
            locations.putIfAbsent(f.required("id"), f.map().location());
            functions.add(new EssentialFunction(f.required("id"), f.required("name"), f.texts("hazards")));
        }
        return new SystemInfo(
                v.required("id"),
                v.required("name"),
                v.requiredEnum("kind", SystemInfo.Kind.class),
                v.text("manufacturer"),
                v.text("version"),
                v.text("intendedUse"),
                v.enums("environments", SystemInfo.Environment.class),
                v.enums("markets", SystemInfo.Market.class),
                v.bool("cyberDevice"),
                v.enumOf("softwareSafetyClass", SystemInfo.SafetyClass.class),
                functions,
                v.bool("ivd"),
                perMarket(v.object("classes"), SystemInfo.DeviceClass.class),
                perMarket(v.object("pathways"), SystemInfo.Pathway.class),
                v.objects("builtAt").stream()
                        .map(b -> new SystemInfo.SiteLink(b.required("site"), b.required("model")))
                        .toList(),
                v.integer("supportThresholdDays"),
                v.enumOf("regulatoryStatus", RegulatoryStatus.class));
    }

    private static <E extends Enum<E> & WireValue> Map<SystemInfo.Market, E> perMarket(
            Optional<NodeValues> map, Class<E> type) {
        Map<SystemInfo.Market, E> out = new EnumMap<>(SystemInfo.Market.class);
        map.ifPresent(m -> {
            for (SystemInfo.Market market : SystemInfo.Market.values()) {
                m.enumOf(market.wire(), type).ifPresent(value -> out.put(market, value));
            }
        });
        return out;
    }

    private Hazard hazard(NodeValues v) {
        return new Hazard(
                v.required("id"),
                v.required("name"),
                v.required("harm"),
                v.requiredEnum("severity", Hazard.Severity.class));
    }

    private Zone zone(NodeValues v) {
        return new Zone(
                v.required("id"),
                v.text("name"),
                v.requiredEnum("type", Zone.Type.class),
                v.requiredEnum("trust", Zone.Trust.class),
                v.integer("securityLevelTarget").map(OptionalInt::of).orElse(OptionalInt.empty()),
                v.enumOf("physicalAccess", Zone.PhysicalAccess.class));
    }

    private Conduit conduit(NodeValues v) {
        return new Conduit(v.required("id"), v.texts("between"), v.enums("guards", Conduit.Guard.class));
    }

    private Component component(NodeValues v) {
        return new Component(
                v.required("id"),
                v.text("name"),
                v.requiredEnum("kind", Component.Kind.class),
                v.required("zone"),
                v.enumOf("owner", Component.Owner.class),
                v.enums("functions", Component.Function.class),
                v.texts("essentialFunctions"),
                v.text("sbom"),
                v.object("software")
                        .map(s -> new Component.Software(s.text("os"), s.bool("memorySafe"), s.date("supportEnds"))),
                v.object("hardening")
                        .map(h -> new Component.Hardening(
                                h.bool("secureBoot"),
                                h.bool("debugPortsLocked"),
                                h.bool("unusedServicesDisabled"),
                                h.bool("antiMalware"),
                                h.bool("applicationAllowlist"),
                                h.bool("tamperEvident")))
                        .orElse(Component.Hardening.UNKNOWN),
                v.object("safety")
                        .map(s -> new Component.Safety(
                                s.bool("localSafetyLimits"), s.evidence("failSafe"), s.bool("multiPatient")))
                        .orElse(Component.Safety.UNKNOWN),
                v.texts("stores"),
                v.bool("encryptedAtRest"),
                v.objects("interfaces").stream().map(this::anInterface).toList(),
                v.objects("accounts").stream().map(ModelBinder::account).toList(),
                v.object("logging")
                        .map(l -> new Component.Logging(
                                l.bool("securityEvents"), l.bool("tamperProtected"), l.text("forwardedTo")))
                        .orElse(Component.Logging.UNKNOWN),
                v.object("capabilities").map(ModelBinder::capabilities),
                v.enumOf("regulatoryStatus", RegulatoryStatus.class));
    }

    private static Capabilities capabilities(NodeValues v) {
        return new Capabilities(
                v.integer("autoLogoffMinutes"),
                v.stated("auditEvents")
                        ? Optional.of(v.enums("auditEvents", Capabilities.AuditEvent.class))
                        : Optional.empty(),
                v.bool("emergencyAccess"),
                v.bool("deidentification"),
                v.bool("backupRestore"),
                v.enumOf("malwareProtection", Capabilities.MalwareProtection.class),
                v.bool("remoteService"),
                v.bool("userAuthentication"),
                v.stated("phiExport")
                        ? Optional.of(v.enums("phiExport", Capabilities.PhiExport.class))
                        : Optional.empty(),
                v.enumOf("thirdPartySoftwareUpdates", Capabilities.PatchInstaller.class));
    }

    private Component.Interface anInterface(NodeValues v) {
        locations.putIfAbsent(v.required("id"), v.map().location());
        return new Component.Interface(
                v.required("id"),
                v.requiredEnum("type", Component.Interface.Type.class),
                v.bool("enabledInField").orElseThrow(),
                v.text("purpose"));
    }

    private static Component.Account account(NodeValues v) {
        return new Component.Account(
                v.required("role"),
                v.requiredEnum("authentication", Component.Account.Authentication.class),
                v.bool("privileged"),
                v.bool("shared"),
                v.bool("remote"),
                v.bool("mfa"),
                v.bool("lockout"));
    }

    private DataItem data(NodeValues v) {
        return new DataItem(
                v.required("id"),
                v.text("name"),
                v.requiredEnum("category", DataItem.Category.class),
                v.integer("confidentiality").orElseThrow(),
                v.integer("integrity").orElseThrow(),
                v.integer("availability").orElseThrow(),
                v.enumOf("quantity", DataItem.Quantity.class));
    }

    private Flow flow(NodeValues v) {
        return new Flow(
                v.required("id"),
                v.required("from"),
                v.required("to"),
                v.text("via"),
                v.text("protocol"),
                v.texts("data"),
                v.enumOf("network", Flow.Network.class),
                v.enumOf("encryption", Flow.Encryption.class),
                v.enumOf("authentication", Flow.Authentication.class),
                v.enumOf("pairing", Flow.Pairing.class),
                v.enumOf("integrity", Flow.Integrity.class),
                v.bool("replayProtection"),
                v.bool("certificateValidation"),
                v.enumOf("purpose", Flow.Purpose.class));
    }

    private User user(NodeValues v) {
        return new User(
                v.required("id"),
                v.requiredEnum("kind", User.Kind.class),
                v.texts("uses"),
                v.bool("remote"),
                v.bool("mfa"),
                v.bool("shared"));
    }

    private Secret secret(NodeValues v) {
        return new Secret(
                v.required("id"),
                v.requiredEnum("type", Secret.Type.class),
                v.required("storedIn"),
                v.requiredEnum("protection", Secret.Protection.class),
                v.bool("perDevice"),
                v.enumOf("approval", Secret.Approval.class),
                v.bool("revocable"));
    }

    private Update update(NodeValues v) {
        return new Update(
                v.required("id"),
                v.required("target"),
                v.texts("path"),
                v.text("signedWith"),
                v.requiredEnum("verifiedOn", Update.VerifiedOn.class),
                v.bool("rollbackProtection"),
                v.enumOf("recovery", Update.Recovery.class),
                v.text("authorizedBy"));
    }

    private UseCase useCase(NodeValues v) {
        return new UseCase(
                v.required("id"), v.required("name"), v.texts("flows"), v.enumOf("state", UseCase.State.class));
    }

    private ProductionStep production(NodeValues v) {
        return new ProductionStep(
                v.required("id"),
                v.required("name"),
                v.required("station"),
                v.texts("injects"),
                v.enumOf("verification", ProductionStep.Verification.class),
                v.text("keySource"),
                v.texts("produces"),
                v.enumOf("recordIntegrity", Flow.Integrity.class));
    }

    private Control control(NodeValues v) {
        return new Control(
                v.required("id"),
                v.required("name"),
                v.requiredEnum("category", Control.Category.class),
                v.texts("appliesTo"),
                v.texts("evidence"));
    }

    private SecurityTest test(NodeValues v) {
        return new SecurityTest(
                v.required("id"),
                v.requiredEnum("kind", SecurityTest.Kind.class),
                v.bool("independent"),
                v.date("date"),
                v.text("report"),
                v.texts("covers"),
                v.enumOf("result", SecurityTest.Result.class),
                v.texts("findings"));
    }

    private Document document(NodeValues v) {
        return new Document(
                v.required("id"),
                v.required("title"),
                v.required("kind"),
                v.text("version"),
                v.date("date"),
                v.text("path"));
    }

    private Lifecycle lifecycle() {
        Map<Lifecycle.Phase, Map<String, dev.vigil.engine.model.Evidence>> phases =
                new EnumMap<>(Lifecycle.Phase.class);
        for (NodeValues file : files) {
            file.object("lifecycle").ifPresent(lifecycle -> {
                for (Lifecycle.Phase phase : Lifecycle.Phase.values()) {
                    lifecycle.object(phase.wire()).ifPresent(p -> {
                        Map<String, dev.vigil.engine.model.Evidence> items =
                                phases.computeIfAbsent(phase, k -> new LinkedHashMap<>());
                        p.map().entries().forEach(e -> {
                            evidenceLocations.putIfAbsent(
                                    phase.wire() + "." + e.key(), e.value().location());
                            NodeValues.evidenceOf(e.value()).ifPresent(ev -> items.putIfAbsent(e.key(), ev));
                        });
                    });
                }
            });
        }
        return new Lifecycle(phases);
    }

    private Tracking tracking(NodeValues v) {
        Tracking t = new Tracking(
                v.required("finding"),
                v.requiredEnum("status", Tracking.Status.class),
                v.text("justification"),
                v.text("by"),
                v.date("date"));
        trackingLocations.put(t, v.map().location());
        return t;
    }

    private Assumption assumption(NodeValues v) {
        return new Assumption(
                v.required("id"),
                v.required("text"),
                v.objects("excludes").stream()
                        .map(e -> new Assumption.Exclusion(e.required("rule"), e.required("element")))
                        .toList());
    }

    private Mds2Statement mds2Statement(NodeValues v) {
        return new Mds2Statement(
                v.required("question"),
                v.requiredEnum("answer", Mds2Statement.Answer.class),
                v.required("note"),
                v.map().location());
    }
}
