package dev.vigil.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated product model for the bench: zones of every trust level, components of mixed kinds with
 * interfaces, accounts, stored data and hardening facts, data of every category, flows between random
 * components with varied protection, updates, secrets, users, tracking and an assumption. Deterministic
 * for a seed, so figures can be compared between runs; some facts are left out on purpose, as in real
 * models, so rules also report missing information.
 */
final class BenchModel {

    private static final String[][] ZONES = {
        {"body-area", "high"}, {"personal-device", "low"}, {"home-network", "low"}, {"hospital-network", "medium"},
        {"internet", "untrusted"}, {"cloud", "medium"}, {"office-it", "low"}, {"engineering", "high"},
        {"production", "high"}, {"secure-room", "critical"}, {"vendor-remote", "untrusted"}, {"cloud", "high"}
    };
    private static final String[] KINDS = {
        "device",
        "sensor",
        "mobile-app",
        "web-app",
        "service",
        "database",
        "update-server",
        "workstation",
        "programmer",
        "plc",
        "hmi",
        "identity-provider",
        "log-server",
        "desktop-app"
    };
    private static final String[] AUTH = {
        "none", "password", "default-password", "hardcoded", "pin", "certificate", "token", "biometric"
    };
    private static final String[] NETWORKS = {"physical", "local", "adjacent", "internet"};
    private static final String[] ENCRYPTION = {"none", "link-layer", "tls1.2", "tls1.3", "application", "vpn"};
    private static final String[] FLOW_AUTH = {"none", "client-only", "server-only", "mutual"};
    private static final String[] CATEGORIES = {
        "phi", "pii", "therapy-command", "therapy-setting", "clinical-measurement", "alarm", "credential",
        "crypto-key", "certificate", "firmware", "source-code", "design-data", "configuration", "log",
        "production-record"
    };
    private static final String[] INTERFACES = {"ble", "wifi", "usb", "swd", "jtag", "ethernet", "uart", "nfc"};

    private BenchModel() {}

    static String yaml(int components, int flows, long seed) {
        if (components < 2) {
            throw new BadOptionException("--components must be at least 2");
        }
        Random random = new Random(seed);
        StringBuilder y = new StringBuilder(256 * (components + flows));
        y.append("vigil: 1\nsystem:\n  id: bench\n  name: Generated bench system\n  kind: product\n")
                .append("  manufacturer: Bench Medical\n  version: 1.0.0\n  markets: [us, eu]\n")
                .append("  essentialFunctions:\n")
                .append("    - {id: ef-therapy, name: Therapy, hazards: [hz-over, hz-under]}\n")
                .append("    - {id: ef-alarm, name: Alarms, hazards: [hz-missed]}\n")
                .append("    - {id: ef-monitor, name: Monitoring, hazards: [hz-privacy]}\n");
        y.append("hazards:\n")
                .append("  - {id: hz-over, name: Over-delivery, harm: Overdose, severity: catastrophic}\n")
                .append("  - {id: hz-under, name: Under-delivery, harm: Illness, severity: critical}\n")
                .append("  - {id: hz-missed, name: Missed alarm, harm: Delay, severity: serious}\n")
                .append("  - {id: hz-privacy, name: Wrong reading, harm: Discomfort, severity: minor}\n");
        y.append("zones:\n");
        for (int z = 0; z < ZONES.length; z++) {
            y.append("  - {id: zone-")
                    .append(z)
                    .append(", type: ")
                    .append(ZONES[z][0])
                    .append(", trust: ")
                    .append(ZONES[z][1])
                    .append("}\n");
        }
        y.append("conduits:\n  - {id: edge, between: [zone-4, zone-5], guards: [firewall, waf]}\n");
        y.append("data:\n");
        for (int d = 0; d < CATEGORIES.length; d++) {
            y.append("  - {id: data-")
                    .append(d)
                    .append(", category: ")
                    .append(CATEGORIES[d])
                    .append(", confidentiality: ")
                    .append(1 + random.nextInt(5))
                    .append(", integrity: ")
                    .append(1 + random.nextInt(5))
                    .append(", availability: ")
                    .append(1 + random.nextInt(5))
                    .append(random.nextInt(4) == 0 ? ", quantity: many-patients" : "")
                    .append("}\n");
        }
        List<List<String>> interfaces = new ArrayList<>();
        boolean[] hasSoftware = new boolean[components];
        y.append("components:\n");
        for (int c = 0; c < components; c++) {
            String kind = KINDS[random.nextInt(KINDS.length)];
            y.append("  - id: comp-")
                    .append(c)
                    .append("\n    kind: ")
                    .append(kind)
                    .append("\n    zone: zone-")
                    .append(random.nextInt(ZONES.length))
                    .append('\n');
            if (kind.equals("device") || kind.equals("sensor")) {
                y.append("    functions: [therapy-delivery, alarm]\n    essentialFunctions: [")
                        .append(random.nextBoolean() ? "ef-therapy, ef-alarm" : "ef-monitor")
                        .append("]\n");
            }
            if (random.nextInt(3) > 0) {
                hasSoftware[c] = true;
                y.append("    software: {os: Generated OS, memorySafe: ")
                        .append(random.nextBoolean())
                        .append("}\n");
            }
            y.append("    hardening: {secureBoot: ")
                    .append(random.nextBoolean())
                    .append(", debugPortsLocked: ")
                    .append(random.nextInt(4) > 0)
                    .append("}\n");
            if (random.nextInt(10) == 0) {
                y.append("    safety: {multiPatient: true}\n");
            }
            y.append("    stores: [data-")
                    .append(random.nextInt(CATEGORIES.length))
                    .append("]\n")
                    .append("    encryptedAtRest: ")
                    .append(random.nextBoolean())
                    .append('\n');
            List<String> own = new ArrayList<>();
            int count = random.nextInt(3);
            if (count > 0) {
                y.append("    interfaces:\n");
                for (int i = 0; i < count; i++) {
                    String id = "if-" + c + "-" + i;
                    own.add(id + ":" + INTERFACES[random.nextInt(INTERFACES.length)]);
                    y.append("      - {id: ")
                            .append(id)
                            .append(", type: ")
                            .append(own.get(i).split(":")[1])
                            .append(", enabledInField: ")
                            .append(random.nextBoolean())
                            .append("}\n");
                }
            }
            interfaces.add(own);
            if (random.nextBoolean()) {
                y.append("    accounts:\n      - {role: operator, authentication: ")
                        .append(AUTH[random.nextInt(AUTH.length)])
                        .append(", privileged: ")
                        .append(random.nextBoolean())
                        .append("}\n");
            }
        }
        List<Integer> lastFlowTo = new ArrayList<>();
        for (int c = 0; c < components; c++) {
            lastFlowTo.add(-1);
        }
        y.append("flows:\n");
        for (int f = 0; f < flows; f++) {
            int from = random.nextInt(components);
            int to = (from + 1 + random.nextInt(components - 1)) % components;
            lastFlowTo.set(to, f);
            y.append("  - {id: flow-")
                    .append(f)
                    .append(", from: comp-")
                    .append(from)
                    .append(", to: comp-")
                    .append(to)
                    .append(", data: [data-")
                    .append(random.nextInt(CATEGORIES.length))
                    .append(']');
            if (random.nextInt(10) > 0) {
                y.append(", network: ").append(NETWORKS[random.nextInt(NETWORKS.length)]);
            }
            if (random.nextInt(10) > 0) {
                y.append(", encryption: ").append(ENCRYPTION[random.nextInt(ENCRYPTION.length)]);
            }
            y.append(", authentication: ")
                    .append(FLOW_AUTH[random.nextInt(FLOW_AUTH.length)])
                    .append(", replayProtection: ")
                    .append(random.nextBoolean());
            List<String> wireless = interfaces.get(to).stream()
                    .filter(i -> i.endsWith(":ble") || i.endsWith(":wifi") || i.endsWith(":nfc"))
                    .toList();
            if (!wireless.isEmpty() && random.nextBoolean()) {
                y.append(", via: ")
                        .append(wireless.get(0).split(":")[0])
                        .append(", pairing: ")
                        .append(random.nextBoolean() ? "just-works" : "passkey");
            }
            y.append("}\n");
        }
        y.append("secrets:\n");
        for (int c = 0; c < components; c += 10) {
            y.append("  - {id: secret-")
                    .append(c)
                    .append(", type: device-identity, storedIn: comp-")
                    .append(c)
                    .append(", protection: ")
                    .append(random.nextBoolean() ? "file" : "secure-element")
                    .append(", perDevice: ")
                    .append(random.nextBoolean())
                    .append("}\n");
        }
        y.append("updates:\n");
        for (int c = 0; c < components; c++) {
            if (hasSoftware[c] && lastFlowTo.get(c) >= 0) {
                y.append("  - {id: update-")
                        .append(c)
                        .append(", target: comp-")
                        .append(c)
                        .append(", path: [flow-")
                        .append(lastFlowTo.get(c))
                        .append("], verifiedOn: ")
                        .append(random.nextBoolean() ? "device" : "none")
                        .append(random.nextBoolean() ? ", authorizedBy: clinician" : "")
                        .append("}\n");
            }
        }
        y.append("users:\n  - {id: clinician, kind: clinician, uses: [comp-0, comp-1], mfa: false}\n");
        y.append("tracking:\n  - {finding: default-credentials@comp-0, status: accepted,"
                + " justification: Bench entry.}\n");
        y.append("assumptions:\n  - id: bench-assumption\n    text: Generated.\n    excludes:\n"
                + "      - {rule: debug-port-enabled, element: comp-1}\n");
        return y.toString();
    }
}
