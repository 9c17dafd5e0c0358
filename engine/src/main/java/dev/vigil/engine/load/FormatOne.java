package dev.vigil.engine.load;

import static dev.vigil.engine.load.Shapes.bool;
import static dev.vigil.engine.load.Shapes.date;
import static dev.vigil.engine.load.Shapes.enumOf;
import static dev.vigil.engine.load.Shapes.evidence;
import static dev.vigil.engine.load.Shapes.id;
import static dev.vigil.engine.load.Shapes.list;
import static dev.vigil.engine.load.Shapes.object;
import static dev.vigil.engine.load.Shapes.opt;
import static dev.vigil.engine.load.Shapes.ref;
import static dev.vigil.engine.load.Shapes.refs;
import static dev.vigil.engine.load.Shapes.req;
import static dev.vigil.engine.load.Shapes.text;

import dev.vigil.engine.load.Shape.ConstShape;
import dev.vigil.engine.load.Shape.EnumShape;
import dev.vigil.engine.load.Shape.Field;
import dev.vigil.engine.load.Shape.IntShape;
import dev.vigil.engine.load.Shape.ListShape;
import dev.vigil.engine.load.Shape.ObjectShape;
import dev.vigil.engine.model.Capabilities;
import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Conduit;
import dev.vigil.engine.model.Control;
import dev.vigil.engine.model.DataItem;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.Hazard;
import dev.vigil.engine.model.Mds2Statement;
import dev.vigil.engine.model.ProductionStep;
import dev.vigil.engine.model.RegulatoryStatus;
import dev.vigil.engine.model.Secret;
import dev.vigil.engine.model.SystemInfo;
import dev.vigil.engine.model.SystemInfo.DeviceClass;
import dev.vigil.engine.model.Tracking;
import dev.vigil.engine.model.Update;
import dev.vigil.engine.model.UseCase;
import dev.vigil.engine.model.User;
import dev.vigil.engine.model.Zone;
import java.util.ArrayList;
import java.util.List;

/**
 * The system model format, version 1 (docs/model-format.md), declared once. Enumerations come from the domain
 * enums, so a value added there is accepted here and appears in the JSON Schema. The evidence sections
 * (lifecycle, tests, documents) are declared in {@link EvidenceFormat}.
 */
final class FormatOne {

    static final String SYSTEM = "system";
    static final String ESSENTIAL_FUNCTION = "essential function";
    static final String HAZARD = "hazard";
    static final String ZONE = "zone";
    static final String CONDUIT = "conduit";
    static final String COMPONENT = "component";
    static final String INTERFACE = "interface";
    static final String DATA = "data";
    static final String FLOW = "flow";
    static final String USER = "user";
    static final String SECRET = "secret";
    static final String UPDATE = "update";
    static final String USE_CASE = "use case";
    static final String PRODUCTION_STEP = "production step";
    static final String CONTROL = "control";
    static final String ASSUMPTION = "assumption";
    static final String TEST = "test";
    static final String DOCUMENT = "document";

    /** Sections every model needs, in the root file or in a file it includes. */
    static final List<String> REQUIRED_SECTIONS = List.of("vigil", "system", "zones", "components", "data", "flows");

    /**
     * The classes each market writes; EU and UK accept the IVDR classes A-D and Australia the IVD classes
     * 1-4 as well (which set applies follows {@code ivd}, checked in {@link ModelRules}).
     */
    static final List<SystemInfo.Market> CLASS_MARKETS = List.of(
            SystemInfo.Market.US,
            SystemInfo.Market.EU,
            SystemInfo.Market.CA,
            SystemInfo.Market.AU,
            SystemInfo.Market.UK,
            SystemInfo.Market.JP);

    static final ObjectShape ESSENTIAL = object(
            "essential function",
            ESSENTIAL_FUNCTION,
            "A clinical function whose loss or corruption harms patients",
            id(),
            req("name", text(), "Name of the function"),
            opt("hazards", refs(HAZARD), "Hazards its loss or corruption leads to"));

    static final ObjectShape SYSTEM_SHAPE = object(
            "system",
            SYSTEM,
            "What is being assessed",
            id(),
            req("name", text(), "Name of the product or site"),
            req("kind", enumOf(SystemInfo.Kind.class), "product or site"),
            opt("manufacturer", text(), "Who makes it"),
            opt("version", text(), "The release under assessment"),
            opt("intendedUse", text(), "Intended use"),
            opt("environments", list(enumOf(SystemInfo.Environment.class)), "Where it is used"),
            opt("markets", list(enumOf(SystemInfo.Market.class)), "Markets; select the regulatory frameworks"),
            opt("cyberDevice", bool(), "true when FD&C Act section 524B applies"),
            opt("softwareSafetyClass", enumOf(SystemInfo.SafetyClass.class), "IEC 62304 software safety class"),
            opt("essentialFunctions", list(ESSENTIAL), "Clinical functions whose loss harms patients"),
            opt("ivd", bool(), "true for an in-vitro diagnostic device (IVDR and IVD classes apply)"),
            opt("classes", classes(), "Device class per market"),
            opt(
                    "pathways",
                    object(
                            "pathways",
                            null,
                            "Premarket pathway per market",
                            opt("us", enumOf(SystemInfo.Pathway.class), "US premarket pathway")),
                    "Premarket pathway per market"),
            opt(
                    "builtAt",
                    list(object(
                            "site link",
                            null,
                            "A site that builds this product",
                            req("site", text(), "The site's system id"),
                            req("model", text(), "The site's model file, relative to this model"))),
                    "Site models whose production, signing and supply-chain evidence counts for this product"),
            opt(
                    "supportThresholdDays",
                    new IntShape(0, Integer.MAX_VALUE),
                    "Warn when support ends within this many days (default 180)"),
            opt(
                    "regulatoryStatus",
                    enumOf(RegulatoryStatus.class),
                    "Whether the product is itself a medical device (not stated: medical-device)"));

    static final ObjectShape HAZARD_SHAPE = object(
            "hazard",
            HAZARD,
            "An ISO 14971 hazard a security failure can lead to",
            id(),
            req("name", text(), "Name of the hazard"),
            req("harm", text(), "The resulting harm"),
            req("severity", enumOf(Hazard.Severity.class), "ISO 14971 severity of the harm"));

    static final ObjectShape ZONE_SHAPE = object(
            "zone",
            ZONE,
            "A network or trust zone (IEC 62443)",
            id(),
            opt("name", text(), "Display name"),
            req("type", enumOf(Zone.Type.class), "Kind of zone"),
            req("trust", enumOf(Zone.Trust.class), "How far the zone is trusted"),
            opt("securityLevelTarget", new IntShape(1, 4), "IEC 62443 SL-T"),
            opt("physicalAccess", enumOf(Zone.PhysicalAccess.class), "Who can touch what is in the zone"));

    static final ObjectShape CONDUIT_SHAPE = object(
            "conduit",
            CONDUIT,
            "A guarded passage between two zones",
            id(),
            req("between", new ListShape(ref(ZONE), 2), "The two zones it connects"),
            opt("guards", list(enumOf(Conduit.Guard.class)), "What guards the passage"));

    static final ObjectShape INTERFACE_SHAPE = object(
            "interface",
            INTERFACE,
            "A physical or radio interface",
            id(),
            req("type", enumOf(Component.Interface.Type.class), "Interface technology"),
            req("enabledInField", bool(), "Whether it is enabled in products in the field"),
            opt("purpose", text(), "What it is for, e.g. factory programming"));

    static final ObjectShape ACCOUNT_SHAPE = object(
            "account",
            null,
            "An account on the component",
            req("role", text(), "Role of the account"),
            req("authentication", enumOf(Component.Account.Authentication.class), "How it authenticates"),
            opt("privileged", bool(), "Administrative or service privileges"),
            opt("shared", bool(), "Shared between people"),
            opt("remote", bool(), "Usable remotely"),
            opt("mfa", bool(), "Multi-factor authentication enforced"),
            opt("lockout", bool(), "Locks out after repeated failures"));

    static final ObjectShape CAPABILITIES_SHAPE = object(
            "capabilities",
            null,
            "Security capabilities; each absent one is not stated",
            opt(
                    "autoLogoffMinutes",
                    new IntShape(0, Integer.MAX_VALUE),
                    "Session lock or automatic logoff after N minutes; 0 = not supported"),
            opt("auditEvents", list(enumOf(Capabilities.AuditEvent.class)), "Security events it records"),
            opt("emergencyAccess", bool(), "Break-glass access exists"),
            opt("deidentification", bool(), "Can remove or obscure health and personal data before export"),
            opt("backupRestore", bool(), "Data and configuration backup and restore supported"),
            opt("malwareProtection", enumOf(Capabilities.MalwareProtection.class), "Malware protection"),
            opt("remoteService", bool(), "Remote service or support connections are possible"),
            opt("userAuthentication", bool(), "Users must authenticate to use it"),
            opt("phiExport", list(enumOf(Capabilities.PhiExport.class)), "Ways health or personal data leaves it"),
            opt(
                    "thirdPartySoftwareUpdates",
                    enumOf(Capabilities.PatchInstaller.class),
                    "Who may install operating-system and third-party patches"));

    static final ObjectShape COMPONENT_SHAPE = object(
            "component",
            COMPONENT,
            "Something that runs software, stores or moves data",
            id(),
            opt("name", text(), "Display name"),
            req("kind", enumOf(Component.Kind.class), "Kind of component"),
            req("zone", ref(ZONE), "Zone it sits in"),
            opt("owner", enumOf(Component.Owner.class), "Who operates it"),
            opt("functions", list(enumOf(Component.Function.class)), "What it does"),
            opt("essentialFunctions", refs(ESSENTIAL_FUNCTION), "Essential functions it carries"),
            opt("sbom", text(), "Path to its CycloneDX or SPDX SBOM, relative to the model file"),
            opt(
                    "software",
                    object(
                            "software",
                            null,
                            "The platform it runs on",
                            opt("os", text(), "Operating system or platform"),
                            opt("memorySafe", bool(), "Written in a memory-safe language"),
                            opt("supportEnds", date(), "End of support of the platform")),
                    "The platform it runs on"),
            opt(
                    "hardening",
                    object(
                            "hardening",
                            null,
                            "Hardening measures",
                            opt("secureBoot", bool(), "Secure boot enforced"),
                            opt("debugPortsLocked", bool(), "Debug ports locked in the field"),
                            opt("unusedServicesDisabled", bool(), "Unused services and ports disabled"),
                            opt("antiMalware", bool(), "Anti-malware running"),
                            opt("applicationAllowlist", bool(), "Only allowlisted applications run"),
                            opt("tamperEvident", bool(), "Tampering leaves evidence")),
                    "Hardening measures"),
            opt(
                    "safety",
                    object(
                            "safety",
                            null,
                            "Safety facts",
                            opt("localSafetyLimits", bool(), "Enforces safety limits itself"),
                            opt("failSafe", evidence(), "Fail-safe behaviour: true/false or a description"),
                            opt("multiPatient", bool(), "One compromise can reach many patients")),
                    "Safety facts"),
            opt("stores", refs(DATA), "Data kept at rest here"),
            opt("encryptedAtRest", bool(), "Whether stored data is encrypted"),
            opt("interfaces", list(INTERFACE_SHAPE), "Physical and radio interfaces"),
            opt("accounts", list(ACCOUNT_SHAPE), "Accounts"),
            opt(
                    "logging",
                    object(
                            "logging",
                            null,
                            "Security logging",
                            opt("securityEvents", bool(), "Security events are logged"),
                            opt("tamperProtected", bool(), "Logs are protected against tampering"),
                            opt("forwardedTo", ref(COMPONENT), "Component the logs are forwarded to")),
                    "Security logging"),
            opt("capabilities", CAPABILITIES_SHAPE, "Security capabilities MDS2 and the catalog ask about"),
            opt(
                    "regulatoryStatus",
                    enumOf(RegulatoryStatus.class),
                    "Whether the component is itself a medical device (not stated: the system's status)"));

    static final ObjectShape DATA_SHAPE = object(
            "data",
            DATA,
            "A kind of data and its security needs",
            id(),
            opt("name", text(), "Display name"),
            req("category", enumOf(DataItem.Category.class), "Category of data"),
            req("confidentiality", new IntShape(1, 5), "Confidentiality need, 1 (low) to 5 (highest)"),
            req("integrity", new IntShape(1, 5), "Integrity need, 1 (low) to 5 (highest)"),
            req("availability", new IntShape(1, 5), "Availability need, 1 (low) to 5 (highest)"),
            opt("quantity", enumOf(DataItem.Quantity.class), "Single patient or many patients"));

    static final ObjectShape FLOW_SHAPE = object(
            "flow",
            FLOW,
            "Data moving between components",
            id(),
            req("from", ref(COMPONENT), "Component that starts the exchange"),
            req("to", ref(COMPONENT), "Component at the other end"),
            opt("via", ref(INTERFACE), "Interface (of from or to) the flow uses"),
            opt("protocol", text(), "Protocol, e.g. ble-gatt, https, hl7v2"),
            opt("data", refs(DATA), "Data carried"),
            opt("network", enumOf(Flow.Network.class), "How close an attacker must be"),
            opt("encryption", enumOf(Flow.Encryption.class), "Encryption in transit"),
            opt("authentication", enumOf(Flow.Authentication.class), "Which ends authenticate"),
            opt("pairing", enumOf(Flow.Pairing.class), "Wireless pairing method"),
            opt("integrity", enumOf(Flow.Integrity.class), "Integrity protection"),
            opt("replayProtection", bool(), "Replayed messages are rejected"),
            opt("certificateValidation", bool(), "TLS certificates are validated"),
            opt("purpose", enumOf(Flow.Purpose.class), "What the flow is for"));

    static final ObjectShape USER_SHAPE = object(
            "user",
            USER,
            "A human role",
            id(),
            req("kind", enumOf(User.Kind.class), "Kind of user"),
            opt("uses", refs(COMPONENT, INTERFACE), "Components or interfaces used"),
            opt("remote", bool(), "Works remotely"),
            opt("mfa", bool(), "Uses multi-factor authentication"),
            opt("shared", bool(), "Shares an account with others"));

    static final ObjectShape SECRET_SHAPE = object(
            "secret",
            SECRET,
            "A key, certificate or credential",
            id(),
            req("type", enumOf(Secret.Type.class), "Kind of secret"),
            req("storedIn", ref(COMPONENT), "Component that holds it"),
            req("protection", enumOf(Secret.Protection.class), "How it is protected"),
            opt("perDevice", bool(), "Unique per device"),
            opt("approval", enumOf(Secret.Approval.class), "Approval needed to use it"),
            opt("revocable", bool(), "Can be revoked"));

    static final ObjectShape UPDATE_SHAPE = object(
            "update",
            UPDATE,
            "How software reaches an updatable component",
            id(),
            req("target", ref(COMPONENT), "Component that is updated"),
            req("path", refs(FLOW), "Flows the update travels, in order"),
            opt("signedWith", ref(SECRET), "Signing key"),
            req("verifiedOn", enumOf(Update.VerifiedOn.class), "Where the signature is verified"),
            opt("rollbackProtection", bool(), "Older versions are refused"),
            opt("recovery", enumOf(Update.Recovery.class), "Recovery from a failed update"),
            opt("authorizedBy", text(), "Who authorizes installation"));

    static final ObjectShape USE_CASE_SHAPE = object(
            "use case",
            USE_CASE,
            "An operational scenario",
            id(),
            req("name", text(), "Name"),
            req("flows", refs(FLOW), "Flows in order"),
            opt("state", enumOf(UseCase.State.class), "Operating state"));

    static final ObjectShape PRODUCTION_SHAPE = object(
            "production step",
            PRODUCTION_STEP,
            "A manufacturing step",
            id(),
            req("name", text(), "Name"),
            req("station", ref(COMPONENT), "Station that performs it"),
            req("injects", refs(DATA), "Data injected into the product"),
            opt(
                    "verification",
                    enumOf(ProductionStep.Verification.class),
                    "How injected data is verified; required when the step injects anything"),
            opt("keySource", ref(COMPONENT), "Where injected keys come from"),
            opt("produces", refs(DATA), "Records produced"),
            opt("recordIntegrity", enumOf(Flow.Integrity.class), "Integrity of the produced records"));

    static final ObjectShape CONTROL_SHAPE = object(
            "control",
            CONTROL,
            "A security control the manufacturer claims",
            id(),
            req("name", text(), "Name"),
            req("category", enumOf(Control.Category.class), "FDA control category"),
            req("appliesTo", refs(), "Elements it protects"),
            opt("evidence", list(text()), "Paths or URLs of evidence"));

    static final ObjectShape TRACKING_SHAPE = object(
            "tracking entry",
            null,
            "A decision about a finding",
            req("finding", text(), "Finding id: <rule-id>@<element-id>"),
            req("status", enumOf(Tracking.Status.class), "Decision"),
            opt("justification", text(), "Why; needed for accepted and false-positive"),
            opt("by", text(), "Who decided"),
            opt("date", date(), "When"));

    static final ObjectShape MDS2_STATEMENT_SHAPE = object(
            "MDS2 statement",
            null,
            "The manufacturer's answer to an MDS2 question the model's facts cannot answer",
            req("question", text(), "MDS2 question id as the form numbers it, e.g. AUDT-2.2"),
            req("answer", enumOf(Mds2Statement.Answer.class), "The answer"),
            req("note", text(), "What the answer rests on (shown in the form's note column)"));

    static final ObjectShape ASSUMPTION_SHAPE = object(
            "assumption",
            ASSUMPTION,
            "A stated assumption",
            id(),
            req("text", text(), "The assumption"),
            opt(
                    "excludes",
                    list(object(
                            "exclusion",
                            null,
                            "A rule switched off for an element",
                            req("rule", text(), "Rule id"),
                            req("element", ref(), "Element id"))),
                    "Rules switched off for elements"));

    static final ObjectShape ROOT = object("model", null, "A Vigil system model, format 1", sections(true));

    /** An included file: the same sections, but the system and format version stay in the root file. */
    static final ObjectShape INCLUDED = object("included model", null, "A file included into a model", sections(false));

    private FormatOne() {}

    private static ObjectShape classes() {
        List<Field> fields = new ArrayList<>();
        for (SystemInfo.Market market : CLASS_MARKETS) {
            fields.add(opt(market.wire(), new EnumShape(classesOf(market)), "Device class in " + market.wire()));
        }
        return object("classes", null, "Device class per market; France follows the EU", fields.toArray(Field[]::new));
    }

    /** Every class a market's key accepts (device and IVD classes). */
    static List<String> classesOf(SystemInfo.Market market) {
        List<DeviceClass> classes =
                switch (market) {
                    case US -> List.of(DeviceClass.I, DeviceClass.II, DeviceClass.III);
                    case EU, UK -> List.of(
                            DeviceClass.I,
                            DeviceClass.IIA,
                            DeviceClass.IIB,
                            DeviceClass.III,
                            DeviceClass.A,
                            DeviceClass.B,
                            DeviceClass.C,
                            DeviceClass.D);
                    case CA, JP -> List.of(DeviceClass.I, DeviceClass.II, DeviceClass.III, DeviceClass.IV);
                    case AU -> List.of(
                            DeviceClass.I,
                            DeviceClass.IIA,
                            DeviceClass.IIB,
                            DeviceClass.III,
                            DeviceClass.IVD_1,
                            DeviceClass.IVD_2,
                            DeviceClass.IVD_3,
                            DeviceClass.IVD_4);
                    case FR -> List.of();
                };
        return classes.stream().map(DeviceClass::wire).toList();
    }

    private static Field[] sections(boolean root) {
        List<Field> fields = new ArrayList<>();
        if (root) {
            fields.add(req("vigil", new ConstShape(1), "Format version: 1"));
            fields.add(req("system", SYSTEM_SHAPE, "What is being assessed"));
        } else {
            fields.add(opt("vigil", new ConstShape(1), "Format version: 1"));
            // Accepted by shape so that the loader reports the one clear error (include-system).
            fields.add(opt("system", SYSTEM_SHAPE, "Not allowed in an included file"));
        }
        fields.add(opt("include", list(text()), "Further model files merged into this one"));
        fields.add(opt("hazards", list(HAZARD_SHAPE), "ISO 14971 hazards"));
        fields.add(new Field("zones", list(ZONE_SHAPE), root, "Network and trust zones"));
        fields.add(opt("conduits", list(CONDUIT_SHAPE), "Guarded passages between zones"));
        fields.add(new Field("components", list(COMPONENT_SHAPE), root, "Components"));
        fields.add(new Field("data", list(DATA_SHAPE), root, "Kinds of data"));
        fields.add(new Field("flows", list(FLOW_SHAPE), root, "Data flows"));
        fields.add(opt("users", list(USER_SHAPE), "Human roles"));
        fields.add(opt("secrets", list(SECRET_SHAPE), "Keys, certificates, credentials"));
        fields.add(opt("updates", list(UPDATE_SHAPE), "Update paths"));
        fields.add(opt("useCases", list(USE_CASE_SHAPE), "Operational scenarios"));
        fields.add(opt("production", list(PRODUCTION_SHAPE), "Manufacturing steps"));
        fields.add(opt("controls", list(CONTROL_SHAPE), "Claimed security controls"));
        fields.add(opt("tests", list(EvidenceFormat.TEST_SHAPE), "Security tests run: verification evidence"));
        fields.add(opt("documents", list(EvidenceFormat.DOCUMENT_SHAPE), "Document evidence"));
        fields.add(opt("lifecycle", EvidenceFormat.LIFECYCLE_SHAPE, "Lifecycle evidence"));
        fields.add(opt("tracking", list(TRACKING_SHAPE), "Decisions about findings"));
        fields.add(opt("assumptions", list(ASSUMPTION_SHAPE), "Stated assumptions"));
        fields.add(opt(
                "mds2",
                list(MDS2_STATEMENT_SHAPE),
                "Answers to MDS2 questions that no model fact answers (facts win where they answer)"));
        return fields.toArray(Field[]::new);
    }
}
