package dev.vigil.engine.mds2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.load.LoadResult;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.mds2.Mds2Answer.Value;
import dev.vigil.engine.model.SystemModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every question answered from model facts, against hand-made minimal models with one fact changed per
 * case: the answer when the fact is stated, the opposite answer when it is flipped, and "not stated" when
 * the model is silent. The table is kept per answer key and checked on every question of the form that
 * uses that key, so a question wired to the wrong fact fails here; a key the table lacks fails the
 * coverage test. The base model is a device ({@code pump}) storing health data ({@code phi}) and sending
 * it to the hospital's record system ({@code ehr}, an external system: not the product).
 */
class Mds2FactTableTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    private static final String BASE =
            """
            vigil: 1
            system: {id: p, name: Pump, kind: product{SYSTEM}}
            zones:
              - {id: body, type: body-area, trust: high}
              - {id: net, type: hospital-network, trust: medium}
            {CONDUITS}
            components:
              - {id: pump, kind: {KIND}, zone: body, stores: {STORES}{PUMP}}
              - {id: ehr, kind: external-system, zone: net{EHR}}
            {COMPONENTS}
            data:
              - {id: phi, category: {CATEGORY}, confidentiality: 5, integrity: 4, availability: 3}
            flows:
            {FLOWS}
            {TOP}
            """;

    private static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("SYSTEM", ""),
            Map.entry("CONDUITS", ""),
            Map.entry("KIND", "device"),
            Map.entry("STORES", "[phi]"),
            Map.entry("PUMP", ""),
            Map.entry("EHR", ""),
            Map.entry("COMPONENTS", ""),
            Map.entry("CATEGORY", "phi"),
            Map.entry("FLOWS", "  - {id: up, from: pump, to: ehr, data: [phi]{FLOW}}"),
            Map.entry("FLOW", ""),
            Map.entry("TOP", ""));

    /** One hand-made model: the base with some slots filled. */
    record Facts(String label, Map<String, String> slots) {
        Facts and(Facts other) {
            Map<String, String> all = new HashMap<>(slots);
            other.slots.forEach((k, v) -> all.merge(k, v, (a, b) -> a + b));
            return new Facts(label + "; " + other.label, all);
        }

        String yaml() {
            String yaml = BASE;
            for (String slot : List.of(
                    "FLOWS",
                    "SYSTEM",
                    "CONDUITS",
                    "KIND",
                    "STORES",
                    "PUMP",
                    "EHR",
                    "COMPONENTS",
                    "CATEGORY",
                    "FLOW",
                    "TOP")) {
                yaml = yaml.replace("{" + slot + "}", slots.getOrDefault(slot, DEFAULTS.get(slot)));
            }
            return yaml;
        }
    }

    static final Facts SILENT = new Facts("nothing stated", Map.of());

    static Facts slot(String slot, String text) {
        return new Facts(slot.toLowerCase() + " " + text.strip(), Map.of(slot, text));
    }

    static Facts pump(String facts) {
        return slot("PUMP", ", " + facts);
    }

    static Facts ehr(String facts) {
        return slot("EHR", ", " + facts);
    }

    static Facts flow(String facts) {
        return slot("FLOW", ", " + facts);
    }

    static Facts top(String yaml) {
        return slot("TOP", yaml + "\n");
    }

    static Facts component(String line) {
        return slot("COMPONENTS", "  - " + line + "\n");
    }

    static Facts lifecycle(String phase, String entry) {
        return top("lifecycle:\n  " + phase + ": {" + entry + "}");
    }

    /** The expected answer of every question using {@code key}, model by model. */
    record Row(String key, List<Map.Entry<Facts, Value>> expected) {}

    private static final List<Row> TABLE = new ArrayList<>();

    private static RowBuilder key(String key) {
        return new RowBuilder(key);
    }

    static final class RowBuilder {
        private final String key;
        private final List<Map.Entry<Facts, Value>> expected = new ArrayList<>();

        RowBuilder(String key) {
            this.key = key;
            TABLE.add(new Row(key, expected));
        }

        RowBuilder is(Value value, Facts facts) {
            expected.add(Map.entry(facts, value));
            return this;
        }

        RowBuilder silentIsNotStated() {
            return is(Value.NOT_STATED, SILENT);
        }
    }

    private static final Facts PHI_VIA_USB =
            pump("interfaces: [{id: usb, type: usb, enabledInField: true}]").and(flow("via: usb"));
    private static final Facts PHI_VIA_ETHERNET = pump("interfaces: [{id: eth, type: ethernet, enabledInField: true}]")
            .and(flow("via: eth"));
    private static final Facts PHI_VIA_WIFI =
            pump("interfaces: [{id: wifi, type: wifi, enabledInField: true}]").and(flow("via: wifi"));

    private static Facts iface(String type) {
        return pump("interfaces: [{id: i, type: " + type + ", enabledInField: true}]");
    }

    private static Facts accounts(String list) {
        return pump("accounts: [" + list + "]");
    }

    private static Facts capabilities(String caps) {
        return pump("capabilities: {" + caps + "}");
    }

    private static Facts update(String fields, String flowFacts) {
        return slot(
                        "FLOWS",
                        "  - {id: up, from: pump, to: ehr, data: [phi]{FLOW}}\n" + "  - {id: fw, from: ehr, to: pump"
                                + flowFacts + "}")
                .and(top("updates:\n  - {id: u, target: pump, path: [fw]" + fields + "}"));
    }

    private static final Facts SIGNED_UPDATE =
            top("secrets:\n  - {id: key, type: code-signing, storedIn: ehr, protection: hsm}")
                    .and(update(", signedWith: key, verifiedOn: device", ""));

    static {
        // DOC: text answers come from the system, yes/no from the lifecycle.
        key("manufacturer")
                .is(Value.TEXT, slot("SYSTEM", ", manufacturer: Maker"))
                .silentIsNotStated();
        key("device-description").is(Value.TEXT, SILENT);
        key("device-model").is(Value.TEXT, SILENT);
        key("document-id").is(Value.TEXT, SILENT);
        key("release-date").is(Value.TEXT, SILENT);
        key("network-use").is(Value.TEXT, SILENT).is(Value.NOT_STATED, slot("FLOWS", "  []"));
        key("security-contact")
                .is(Value.TEXT, lifecycle("monitoring", "psirtContact: psirt@example.com"))
                .silentIsNotStated();
        key("cvd-policy")
                .is(Value.YES, lifecycle("monitoring", "cvdPolicy: 'https://example.com/cvd'"))
                .is(Value.NO, lifecycle("monitoring", "cvdPolicy: false"))
                .silentIsNotStated();
        key("isao")
                .is(Value.YES, lifecycle("monitoring", "isao: H-ISAC"))
                .is(Value.NO, lifecycle("monitoring", "isao: false"))
                .silentIsNotStated();
        key("data-flow-diagram").is(Value.YES, SILENT).is(Value.NOT_STATED, slot("FLOWS", "  []"));
        key("software-only").is(Value.NO, SILENT).is(Value.YES, slot("KIND", "service"));
        key("samd-detail").is(Value.NOT_APPLICABLE, SILENT).is(Value.NOT_STATED, slot("KIND", "service"));

        // MPII: personal data, where it is kept and how it moves.
        key("phi-handled").is(Value.YES, SILENT).is(Value.NO, slot("CATEGORY", "configuration"));
        key("phi-stored")
                .is(Value.YES, SILENT)
                .is(Value.NO, slot("CATEGORY", "configuration"))
                .is(Value.NOT_STATED, slot("STORES", "[]"));
        key("phi-in-database").is(Value.YES, slot("KIND", "database")).silentIsNotStated();
        key("phi-exchanged").is(Value.YES, SILENT).is(Value.NO, slot("FLOWS", "  []"));
        key("phi-export-print")
                .is(Value.YES, capabilities("phiExport: [print]"))
                .is(Value.NO, capabilities("phiExport: [network]"))
                .silentIsNotStated();
        key("phi-export-removable")
                .is(Value.YES, capabilities("phiExport: [removable-media]"))
                .is(Value.NO, capabilities("phiExport: [network, print]"))
                .is(Value.NOT_STATED, capabilities("phiExport: [usb]"))
                .silentIsNotStated();
        key("removable-media")
                .is(Value.YES, capabilities("phiExport: [removable-media]"))
                .is(Value.NOT_STATED, capabilities("phiExport: [network]"))
                .silentIsNotStated();
        key("phi-over-cable")
                .is(Value.YES, PHI_VIA_USB)
                .is(Value.NO, PHI_VIA_ETHERNET)
                .silentIsNotStated();
        key("phi-over-wired-network")
                .is(Value.YES, PHI_VIA_ETHERNET)
                .is(Value.NO, PHI_VIA_USB)
                .silentIsNotStated();
        key("phi-over-wireless")
                .is(Value.YES, PHI_VIA_WIFI)
                .is(Value.NO, PHI_VIA_ETHERNET)
                .silentIsNotStated();
        key("phi-over-internet")
                .is(Value.YES, flow("network: internet"))
                .is(Value.NO, flow("network: local"))
                .silentIsNotStated();

        // STCF, TXCF, TXIG: confidentiality and integrity of stored and sent personal data.
        key("phi-encrypted-at-rest")
                .is(Value.YES, pump("encryptedAtRest: true"))
                .is(Value.NO, pump("encryptedAtRest: false"))
                .silentIsNotStated();
        key("all-encrypted-at-rest")
                .is(Value.YES, pump("encryptedAtRest: true"))
                .is(Value.NO, pump("encryptedAtRest: false"))
                .silentIsNotStated();
        key("phi-encrypted-in-transit")
                .is(Value.YES, flow("encryption: tls1.3"))
                .is(Value.NO, flow("encryption: none"))
                .silentIsNotStated();
        key("phi-peers-authenticated")
                .is(Value.YES, flow("authentication: mutual"))
                .is(Value.NO, flow("authentication: none"))
                .silentIsNotStated();
        key("transmission-integrity")
                .is(Value.YES, flow("integrity: mac"))
                .is(Value.NO, flow("integrity: none"))
                .silentIsNotStated();

        // DIDT, DTBK, EMRG: capabilities.
        key("deidentification")
                .is(Value.YES, capabilities("deidentification: true"))
                .is(Value.NO, capabilities("deidentification: false"))
                .silentIsNotStated();
        key("backup-restore")
                .is(Value.YES, capabilities("backupRestore: true"))
                .is(Value.NO, capabilities("backupRestore: false"))
                .silentIsNotStated();
        key("emergency-access")
                .is(Value.YES, capabilities("emergencyAccess: true"))
                .is(Value.NO, capabilities("emergencyAccess: false"))
                .is(
                        Value.NO,
                        capabilities("emergencyAccess: false")
                                .and(
                                        top(
                                                "useCases:\n  - {id: code-blue, name: Code blue, flows: [up], state: emergency}")))
                .silentIsNotStated();

        // AUDT: logging and the events recorded.
        key("audit-log")
                .is(Value.YES, pump("logging: {securityEvents: true}"))
                .is(Value.NO, pump("logging: {securityEvents: false}"))
                .silentIsNotStated();
        key("audit-protected")
                .is(Value.YES, pump("logging: {tamperProtected: true}"))
                .is(Value.NO, pump("logging: {tamperProtected: false}"))
                .silentIsNotStated();
        key("audit-forwarded")
                .is(Value.YES, pump("logging: {securityEvents: true, forwardedTo: ehr}"))
                .is(Value.NOT_STATED, pump("logging: {securityEvents: true}"))
                .silentIsNotStated();
        key("audit-encrypted-in-transit")
                .is(
                        Value.YES,
                        pump("logging: {securityEvents: true, forwardedTo: ehr}")
                                .and(flow("encryption: tls1.2")))
                .is(
                        Value.NO,
                        pump("logging: {securityEvents: true, forwardedTo: ehr}")
                                .and(flow("encryption: none")))
                .silentIsNotStated();
        key("audit-login")
                .is(Value.YES, capabilities("auditEvents: [logout]"))
                .is(Value.NO, capabilities("auditEvents: [export]"))
                .silentIsNotStated();
        key("audit-data-change")
                .is(Value.YES, capabilities("auditEvents: [therapy-change]"))
                .is(Value.NO, capabilities("auditEvents: [login]"))
                .silentIsNotStated();
        key("audit-export")
                .is(Value.YES, capabilities("auditEvents: [export]"))
                .is(Value.NO, capabilities("auditEvents: []"))
                .silentIsNotStated();
        key("audit-update")
                .is(Value.YES, capabilities("auditEvents: [software-update]"))
                .is(Value.NO, capabilities("auditEvents: [login]"))
                .silentIsNotStated();

        // AUTH, PAUT, SGUD-3: accounts.
        key("user-authentication")
                .is(Value.YES, accounts("{role: nurse, authentication: password}"))
                .is(Value.NO, accounts("{role: nurse, authentication: none}"))
                .is(Value.NO, capabilities("userAuthentication: false"))
                .silentIsNotStated();
        key("roles")
                .is(
                        Value.YES,
                        accounts("{role: nurse, authentication: password}, {role: service, authentication: password}"))
                .is(
                        Value.NOT_STATED,
                        accounts("{role: nurse, authentication: password}")
                                .and(component("{id: app, kind: mobile-app, zone: net, accounts: [{role: patient,"
                                        + " authentication: password}]}")))
                .silentIsNotStated();
        key("unique-accounts")
                .is(Value.YES, accounts("{role: nurse, authentication: password, shared: false}"))
                .is(Value.NO, accounts("{role: nurse, authentication: password, shared: true}"))
                .is(Value.NOT_STATED, accounts("{role: nurse, authentication: password}"))
                .silentIsNotStated();
        key("shared-accounts")
                .is(Value.YES, accounts("{role: ward, authentication: password, shared: true}"))
                .is(Value.NO, accounts("{role: nurse, authentication: password, shared: false}"))
                .silentIsNotStated();
        key("lockout")
                .is(Value.YES, accounts("{role: nurse, authentication: password, lockout: true}"))
                .is(Value.NO, accounts("{role: nurse, authentication: password, lockout: false}"))
                .is(Value.NOT_STATED, accounts("{role: nurse, authentication: password}"))
                .silentIsNotStated();
        key("mfa")
                .is(Value.YES, accounts("{role: nurse, authentication: password, mfa: true}"))
                .is(Value.NO, accounts("{role: nurse, authentication: password, mfa: false}"))
                .is(
                        Value.NOT_STATED,
                        component("{id: signer, kind: signing-service, zone: net, accounts: [{role: release,"
                                + " authentication: token, mfa: true}]}"))
                .silentIsNotStated();
        key("biometric")
                .is(Value.YES, accounts("{role: nurse, authentication: biometric}"))
                .is(Value.NO, accounts("{role: nurse, authentication: password}"))
                .silentIsNotStated();
        key("default-accounts")
                .is(Value.YES, accounts("{role: service, authentication: default-password}"))
                .is(Value.NOT_APPLICABLE, accounts("{role: nurse, authentication: certificate}"))
                .silentIsNotStated();
        key("passwords-changeable")
                .is(Value.NO, accounts("{role: service, authentication: hardcoded}"))
                .is(Value.NOT_STATED, accounts("{role: nurse, authentication: password}"))
                .silentIsNotStated();
        key("credentials-stored")
                .is(Value.YES, accounts("{role: nurse, authentication: default-password}"))
                .is(Value.NOT_STATED, accounts("{role: nurse, authentication: certificate}"))
                .silentIsNotStated();
        key("credentials-protected")
                .is(
                        Value.YES,
                        top("secrets:\n  - {id: pw, type: password, storedIn: pump, protection: secure-element}"))
                .is(Value.NO, accounts("{role: service, authentication: hardcoded}"))
                .is(Value.NO, top("secrets:\n  - {id: pw, type: password, storedIn: pump, protection: file}"))
                .is(Value.NOT_STATED, top("secrets:\n  - {id: pw, type: password, storedIn: ehr, protection: file}"))
                .silentIsNotStated();
        key("accounts-documented")
                .is(Value.YES, accounts("{role: nurse, authentication: password}"))
                .silentIsNotStated();
        key("auto-logoff")
                .is(Value.YES, capabilities("autoLogoffMinutes: 5"))
                .is(Value.NO, capabilities("autoLogoffMinutes: 0"))
                .silentIsNotStated();

        // RMOT, CONN-8: remote service and control.
        key("remote-service")
                .is(Value.YES, capabilities("remoteService: true"))
                .is(Value.YES, flow("purpose: service, network: internet"))
                .is(Value.NO, capabilities("remoteService: false"))
                .silentIsNotStated();
        key("remote-control").is(Value.YES, flow("purpose: command")).silentIsNotStated();

        // CONN: interfaces and connections.
        key("interfaces-any")
                .is(Value.YES, iface("usb"))
                .is(Value.NO, pump("interfaces: [{id: i, type: jtag, enabledInField: false}]"))
                .silentIsNotStated();
        key("interfaces-wireless")
                .is(Value.YES, iface("ble"))
                .is(Value.NO, iface("ethernet"))
                .silentIsNotStated();
        key("interfaces-wifi")
                .is(Value.YES, iface("wifi"))
                .is(Value.NO, iface("ble"))
                .silentIsNotStated();
        key("interfaces-bluetooth")
                .is(Value.YES, iface("bluetooth"))
                .is(Value.NO, iface("wifi"))
                .silentIsNotStated();
        key("interfaces-cellular")
                .is(Value.YES, iface("cellular"))
                .is(Value.NO, iface("wifi"))
                .silentIsNotStated();
        key("interfaces-other-wireless")
                .is(Value.YES, iface("nfc"))
                .is(Value.NO, iface("wifi"))
                .silentIsNotStated();
        key("interfaces-physical")
                .is(Value.YES, iface("ethernet"))
                .is(Value.NO, iface("wifi"))
                .silentIsNotStated();
        key("interfaces-ethernet")
                .is(Value.YES, iface("ethernet"))
                .is(Value.NO, iface("usb"))
                .silentIsNotStated();
        key("interfaces-usb")
                .is(Value.YES, iface("usb"))
                .is(Value.NO, iface("ethernet"))
                .silentIsNotStated();
        key("interfaces-other-physical")
                .is(Value.YES, iface("serial"))
                .is(Value.NO, iface("usb"))
                .silentIsNotStated();
        key("ports-list").is(Value.YES, flow("protocol: hl7v2")).silentIsNotStated();
        key("customer-systems").is(Value.YES, ehr("owner: hdo")).silentIsNotStated();
        key("external-systems")
                .is(Value.YES, flow("network: internet"))
                .is(Value.NO, flow("network: local"))
                .silentIsNotStated();
        key("tls")
                .is(Value.YES, flow("encryption: tls1.2"))
                .is(Value.NO, flow("encryption: none"))
                .silentIsNotStated();

        // NAUT: node authentication and network access control.
        key("node-authentication")
                .is(Value.YES, flow("authentication: mutual"))
                .is(Value.NO, flow("authentication: server-only"))
                .silentIsNotStated();
        key("network-access-control")
                .is(Value.YES, slot("CONDUITS", "conduits:\n  - {id: edge, between: [body, net], guards: [firewall]}"))
                .is(
                        Value.NOT_STATED,
                        slot(
                                "CONDUITS",
                                "  - {id: lab, type: secure-room, trust: high}\nconduits:\n  - {id: lab-edge, between: [lab,"
                                        + " net], guards: [firewall]}"))
                .silentIsNotStated();
        key("certificate-validation")
                .is(Value.YES, flow("certificateValidation: true"))
                .is(Value.NO, flow("certificateValidation: false"))
                .silentIsNotStated();

        // CSUP: software, updates, anti-malware.
        key("updatable")
                .is(Value.YES, pump("software: {os: Zephyr}"))
                .is(Value.YES, update(", verifiedOn: device", ""))
                .silentIsNotStated();
        key("operating-system").is(Value.YES, pump("software: {os: Zephyr}")).silentIsNotStated();
        key("remote-update")
                .is(Value.YES, update(", verifiedOn: device", ", network: internet"))
                .is(Value.YES, update(", verifiedOn: device", ", network: local"))
                .is(Value.NO, update(", verifiedOn: device", ", network: physical"))
                .is(Value.NOT_STATED, update(", verifiedOn: device", ""))
                .silentIsNotStated();
        key("third-party-patches")
                .is(Value.YES, capabilities("thirdPartySoftwareUpdates: hdo"))
                .is(Value.NO, capabilities("thirdPartySoftwareUpdates: manufacturer"))
                .silentIsNotStated();
        key("firmware").is(Value.YES, SILENT).is(Value.NOT_STATED, slot("KIND", "service"));
        key("anti-malware-software")
                .is(Value.YES, pump("hardening: {antiMalware: true}"))
                .is(Value.YES, capabilities("malwareProtection: antivirus"))
                .is(Value.NO, pump("hardening: {antiMalware: false}"))
                .is(Value.NO, capabilities("malwareProtection: none"))
                .is(Value.NOT_STATED, capabilities("malwareProtection: allowlist"))
                .silentIsNotStated();
        key("anti-malware")
                .is(Value.YES, pump("hardening: {antiMalware: true}"))
                .is(Value.YES, capabilities("malwareProtection: allowlist"))
                .is(Value.NO, pump("hardening: {antiMalware: false}"))
                .is(Value.NO, capabilities("malwareProtection: none"))
                .silentIsNotStated();
        key("application-allowlist")
                .is(Value.YES, pump("hardening: {applicationAllowlist: true}"))
                .is(Value.NO, pump("hardening: {applicationAllowlist: false}"))
                .silentIsNotStated();
        key("vulnerability-monitoring")
                .is(Value.YES, lifecycle("monitoring", "vulnerabilityMonitoring: true"))
                .is(Value.NO, lifecycle("monitoring", "vulnerabilityMonitoring: false"))
                .silentIsNotStated();
        key("patch-cadence")
                .is(Value.YES, lifecycle("monitoring", "patchCadenceDays: 90"))
                .silentIsNotStated();

        // SAHD: hardening and integrity.
        key("secure-boot")
                .is(Value.YES, pump("hardening: {secureBoot: true}"))
                .is(Value.NO, pump("hardening: {secureBoot: false}"))
                .silentIsNotStated();
        key("debug-locked")
                .is(Value.YES, pump("hardening: {debugPortsLocked: true}"))
                .is(Value.NO, pump("hardening: {debugPortsLocked: false}"))
                .silentIsNotStated();
        key("unneeded-services-disabled")
                .is(Value.YES, pump("hardening: {unusedServicesDisabled: true}"))
                .is(Value.NO, pump("hardening: {unusedServicesDisabled: false}"))
                .silentIsNotStated();
        key("unneeded-ports-disabled")
                .is(Value.YES, pump("hardening: {unusedServicesDisabled: true}"))
                .is(
                        Value.NO,
                        pump("hardening: {unusedServicesDisabled: true}, interfaces: [{id: j, type: jtag,"
                                + " enabledInField: true}]"))
                .silentIsNotStated();
        key("signed-updates")
                .is(Value.YES, SIGNED_UPDATE)
                .is(Value.NO, update(", verifiedOn: device", ""))
                .silentIsNotStated();
        key("software-integrity")
                .is(Value.YES, pump("hardening: {secureBoot: true}"))
                .is(Value.YES, SIGNED_UPDATE)
                .is(Value.NO, pump("hardening: {secureBoot: false}").and(update(", verifiedOn: server", "")))
                .is(Value.NOT_STATED, pump("hardening: {secureBoot: false}"))
                .silentIsNotStated();

        // RDMP, SBOM, SGUD: programme, SBOM and guidance.
        key("secure-development")
                .is(Value.YES, lifecycle("development", "secureCodingStandard: SEI CERT C"))
                .is(Value.NO, lifecycle("development", "secureCodingStandard: false"))
                .silentIsNotStated();
        key("composition-analysis")
                .is(Value.YES, lifecycle("development", "softwareCompositionAnalysis: true"))
                .is(Value.NO, lifecycle("development", "softwareCompositionAnalysis: false"))
                .silentIsNotStated();
        key("support-dates")
                .is(Value.YES, pump("software: {supportEnds: 2035-12-31}"))
                .is(Value.YES, lifecycle("endOfLife", "endOfSupport: 2035-12-31"))
                .silentIsNotStated();
        key("sbom-available")
                .is(Value.YES, pump("sbom: pump.cdx.json"))
                .is(Value.NO, SILENT)
                .is(Value.NOT_STATED, slot("KIND", "firewall"));
        key("sbom-standard")
                .is(Value.YES, pump("sbom: pump.cdx.json"))
                .is(Value.NOT_APPLICABLE, SILENT)
                .is(Value.NOT_STATED, slot("KIND", "firewall"));
        key("customer-documentation")
                .is(Value.YES, lifecycle("firstUse", "customerSecurityDocumentation: IFU chapter 9"))
                .is(Value.NO, lifecycle("firstUse", "customerSecurityDocumentation: false"))
                .silentIsNotStated();
        key("data-sanitization")
                .is(Value.YES, lifecycle("endOfLife", "dataSanitization: true"))
                .is(Value.NO, lifecycle("endOfLife", "dataSanitization: false"))
                .silentIsNotStated();
    }

    /** The form's N/A instructions: the gate's answer makes the questions under it N/A, and only that answer. */
    private static final Map<String, List<Map.Entry<Facts, Value>>> GATES = new LinkedHashMap<>();

    static {
        GATES.put(
                "PLOK-2",
                List.of(Map.entry(slot("KIND", "service"), Value.NOT_APPLICABLE), Map.entry(SILENT, Value.NOT_STATED)));
        GATES.put(
                "CSUP-4.1",
                List.of(
                        Map.entry(pump("hardening: {antiMalware: false}"), Value.NOT_APPLICABLE),
                        Map.entry(pump("hardening: {antiMalware: true}"), Value.NOT_STATED)));
        GATES.put(
                "MLDP-2.1",
                List.of(
                        Map.entry(capabilities("malwareProtection: none"), Value.NOT_APPLICABLE),
                        Map.entry(capabilities("malwareProtection: allowlist"), Value.NOT_STATED)));
        GATES.put(
                "MLDP-3",
                List.of(
                        Map.entry(capabilities("malwareProtection: allowlist"), Value.NOT_APPLICABLE),
                        Map.entry(capabilities("malwareProtection: none"), Value.NOT_STATED)));
        GATES.put(
                "ALOF-2",
                List.of(
                        Map.entry(capabilities("autoLogoffMinutes: 0"), Value.NOT_APPLICABLE),
                        Map.entry(capabilities("autoLogoffMinutes: 5"), Value.NOT_STATED)));
        GATES.put(
                "TXCF-2.1",
                List.of(
                        Map.entry(flow("encryption: tls1.3"), Value.NOT_APPLICABLE),
                        Map.entry(flow("encryption: none"), Value.NOT_STATED)));
        GATES.put(
                "RMOT-1.1",
                List.of(
                        Map.entry(capabilities("remoteService: false"), Value.NOT_APPLICABLE),
                        Map.entry(capabilities("remoteService: true"), Value.NOT_STATED)));
        GATES.put(
                "SBOM-2.2",
                List.of(
                        Map.entry(SILENT, Value.NOT_APPLICABLE),
                        Map.entry(pump("sbom: pump.cdx.json"), Value.NOT_STATED)));
    }

    /**
     * The questions the acceptance names, by question id: the key table above cannot see a question wired
     * to the wrong key, this one does. Two flows where only one is encrypted show transmission is judged per flow.
     */
    static Stream<Check> namedChecks() {
        Facts defaultPassword = accounts("{role: service, authentication: default-password, shared: false}");
        Facts hardcoded = accounts("{role: service, authentication: hardcoded}");
        Facts secondFlow = slot(
                "FLOWS",
                "  - {id: up, from: pump, to: ehr, data: [phi]{FLOW}}\n  - {id: down, from: ehr, to: pump, data: [phi],"
                        + " encryption: tls1.3}");
        Facts softwareOnly = slot("KIND", "mobile-app");
        return Stream.of(
                new Check("PAUT-4", "default password", defaultPassword, Value.YES),
                new Check("PAUT-14", "default password", defaultPassword, Value.YES),
                new Check("SGUD-3", "default password", defaultPassword, Value.YES),
                new Check("PAUT-1", "default password, not shared", defaultPassword, Value.YES),
                new Check(
                        "PAUT-4",
                        "no default password",
                        accounts("{role: nurse, authentication: token}"),
                        Value.NOT_APPLICABLE),
                new Check("PAUT-5", "hard-coded credential", hardcoded, Value.NO),
                new Check("PAUT-14.1", "hard-coded credential", hardcoded, Value.NO),
                new Check("SGUD-3.1", "hard-coded credential", hardcoded, Value.NO),
                new Check("PAUT-4", "hard-coded credential", hardcoded, Value.YES),
                new Check(
                        "PAUT-1",
                        "shared account",
                        accounts("{role: ward, authentication: password, shared: true}"),
                        Value.NO),
                new Check(
                        "PAUT-1.1",
                        "shared account",
                        accounts("{role: ward, authentication: password, shared: true}"),
                        Value.NO),
                new Check(
                        "PAUT-13",
                        "shared account",
                        accounts("{role: ward, authentication: password, shared: true}"),
                        Value.YES),
                new Check("STCF-1", "no encryption at rest", pump("encryptedAtRest: false"), Value.NO),
                new Check("STCF-1.1", "no encryption at rest", pump("encryptedAtRest: false"), Value.NO),
                new Check("STCF-1", "encryption at rest", pump("encryptedAtRest: true"), Value.YES),
                new Check(
                        "TXCF-2",
                        "one of two flows unencrypted",
                        flow("encryption: none").and(secondFlow),
                        Value.NO),
                new Check(
                        "TXCF-2",
                        "both flows encrypted",
                        flow("encryption: tls1.2").and(secondFlow),
                        Value.YES),
                new Check("TXCF-2", "one flow silent", secondFlow, Value.NOT_STATED),
                new Check("PAUT-8", "mfa", accounts("{role: nurse, authentication: password, mfa: true}"), Value.YES),
                new Check(
                        "PAUT-3",
                        "lockout",
                        accounts("{role: nurse, authentication: password, lockout: false}"),
                        Value.NO),
                new Check("AUDT-1", "no security logging", pump("logging: {securityEvents: false}"), Value.NO),
                new Check("AUDT-2", "security logging", pump("logging: {securityEvents: true}"), Value.YES),
                new Check("RMOT-1", "remote service", capabilities("remoteService: true"), Value.YES),
                new Check(
                        "RMOT-3",
                        "update over the internet",
                        update(", verifiedOn: device", ", network: internet"),
                        Value.YES),
                new Check("MLDP-2", "anti-malware", pump("hardening: {antiMalware: true}"), Value.YES),
                new Check("CSUP-4", "no anti-malware", pump("hardening: {antiMalware: false}"), Value.NO),
                new Check("DTBK-5", "backup", capabilities("backupRestore: false"), Value.NO),
                new Check("SBOM-1", "sbom", pump("sbom: pump.cdx.json"), Value.YES),
                new Check("SBOM-1", "no sbom", SILENT, Value.NO),
                new Check("RDMP-3", "support end date", pump("software: {supportEnds: 2035-12-31}"), Value.YES),
                new Check("CONN-1.1.1", "wifi", iface("wifi"), Value.YES),
                new Check("CONN-1.1.2", "wifi only", iface("wifi"), Value.NO),
                new Check("CONN-1.2.2", "usb", iface("usb"), Value.YES),
                new Check("CONN-1.2.3", "removable media", capabilities("phiExport: [removable-media]"), Value.YES),
                new Check("MPII-3.3", "removable media", capabilities("phiExport: [removable-media]"), Value.YES),
                new Check("PLOK-1", "software only", softwareOnly, Value.YES),
                new Check("PLOK-2", "software only", softwareOnly, Value.NOT_APPLICABLE),
                new Check("PLOK-2", "a device", SILENT, Value.NOT_STATED),
                new Check(
                        "EMRG-1",
                        "emergency use case only",
                        top("useCases:\n  - {id: code-blue, name: Code blue, flows: [up], state: emergency}"),
                        Value.NOT_STATED),
                new Check(
                        "CSUP-5",
                        "an sbom (says nothing of off-the-shelf parts)",
                        pump("sbom: pump.cdx.json"),
                        Value.NOT_STATED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namedChecks")
    void theQuestionsTheAcceptanceNamesAnswerFromTheirFacts(Check check) {
        assertAnswer(check);
    }

    /** One assertion: a question, a model and the answer it must give. */
    record Check(String question, String key, Facts facts, Value expected) {
        @Override
        public String toString() {
            return question + " (" + key + ") with " + facts.label() + " -> " + expected.text();
        }
    }

    static Stream<Check> checks() {
        Map<String, List<Mds2Question>> byKey =
                Mds2Catalog.standard().questions().stream().collect(Collectors.groupingBy(Mds2Question::answerKey));
        return TABLE.stream().flatMap(row -> byKey.getOrDefault(row.key(), List.of()).stream()
                .flatMap(
                        q -> row.expected().stream().map(e -> new Check(q.id(), row.key(), e.getKey(), e.getValue()))));
    }

    static Stream<Check> gateChecks() {
        return GATES.entrySet().stream()
                .flatMap(g -> g.getValue().stream().map(e -> new Check(g.getKey(), "gate", e.getKey(), e.getValue())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void aFactForcesItsAnswerAndSilenceLeavesItNotStated(Check check) {
        assertAnswer(check);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gateChecks")
    void theFormsNotApplicableInstructionsFollowTheGatingAnswer(Check check) {
        assertAnswer(check);
    }

    @Test
    void everyAnswerKeyHasAStatedAndANotStatedCaseAndMostAFlippedOne() {
        Set<String> tabled = TABLE.stream().map(Row::key).collect(Collectors.toCollection(TreeSet::new));
        assertThat(tabled).as("answer keys without a row in the table").containsAll(new TreeSet<>(Mds2Facts.keys()));
        Set<String> used = Mds2Catalog.standard().questions().stream()
                .map(Mds2Question::answerKey)
                .collect(Collectors.toSet());
        for (Row row : TABLE) {
            assertThat(used).as("a question of the form uses " + row.key()).contains(row.key());
            Set<Value> values = row.expected().stream().map(Map.Entry::getValue).collect(Collectors.toSet());
            assertThat(values).as(row.key()).containsAnyOf(Value.YES, Value.NO, Value.TEXT, Value.NOT_APPLICABLE);
        }
    }

    @Test
    void everyGatedQuestionOfTheCatalogNamesAnEarlierQuestion() {
        List<String> ids = new ArrayList<>();
        for (Mds2Question q : Mds2Catalog.standard().questions()) {
            q.notApplicableWhen().ifPresent(g -> assertThat(ids).as(q.id()).contains(g.question()));
            ids.add(q.id());
        }
    }

    @Test
    void aThirdPartysAndTheManufacturersInfrastructureAccountsSayNothingAboutTheDevice() {
        Facts facts = accounts("{role: nurse, authentication: password, mfa: false, lockout: false}")
                .and(component("{id: vendor-cloud, kind: service, zone: net, owner: third-party, accounts: [{role: ops,"
                        + " authentication: biometric, mfa: true, lockout: true}]}"))
                .and(component(
                        "{id: build, kind: build-server, zone: net, accounts: [{role: dev, authentication: token,"
                                + " mfa: true}]}"));
        Mds2Disclosure form = Mds2Disclosure.of(load(facts), DAY);
        assertThat(form.row("PAUT-8").answer().value()).isEqualTo(Value.NO);
        assertThat(form.row("PAUT-3").answer().value()).isEqualTo(Value.NO);
        assertThat(form.row("PAUT-11").answer().value()).isEqualTo(Value.NO);
        assertThat(form.row("AUTH-2").answer().value()).isEqualTo(Value.NOT_STATED);
    }

    private static void assertAnswer(Check check) {
        Mds2Answer answer = Mds2Disclosure.of(load(check.facts()), DAY)
                .row(check.question())
                .answer();
        assertThat(answer.value())
                .as(check + "\nfacts: " + answer.facts() + "\nnote: " + answer.note() + "\nmodel:\n"
                        + check.facts().yaml())
                .isEqualTo(check.expected());
        if (answer.value() == Value.NOT_STATED) {
            assertThat(answer.note()).as(check.toString()).startsWith("not stated in the model");
        } else {
            assertThat(answer.facts()).as(check.toString()).isNotEmpty();
        }
    }

    private static final Map<String, SystemModel> LOADED = new HashMap<>();

    private static synchronized SystemModel load(Facts facts) {
        return LOADED.computeIfAbsent(facts.yaml(), yaml -> {
            try {
                Path dir = Files.createTempDirectory("vigil-mds2-table");
                try {
                    Files.writeString(
                            dir.resolve("pump.cdx.json"),
                            "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.5\", \"components\": []}");
                    Path file = dir.resolve("model.yaml");
                    Files.writeString(file, yaml);
                    LoadResult result = new ModelLoader().load(file);
                    if (!result.isValid()) {
                        throw new AssertionError(
                                "hand-made model " + facts.label() + " is invalid: " + result.errors() + "\n" + yaml);
                    }
                    return result.orThrow();
                } finally {
                    try (Stream<Path> files = Files.walk(dir)) {
                        files.sorted(java.util.Comparator.reverseOrder())
                                .forEach(p -> p.toFile().delete());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
