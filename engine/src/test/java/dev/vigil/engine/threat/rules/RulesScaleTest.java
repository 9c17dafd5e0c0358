package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.threat.RuleBook;
import dev.vigil.engine.threat.ThreatEngine;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every rule stays linear in the model: a generated model of 2,000 components and 10,000 flows, in which
 * most rules fire on many elements, is checked in well under a second. A rule that pairs every flow with
 * every component would take tens of seconds here.
 */
class RulesScaleTest {

    static final int COMPONENTS = 2_000;
    static final int FLOWS = 10_000;
    static final List<String> KINDS =
            List.of("device", "implant", "programmer", "mobile-app", "service", "update-server", "hsm", "workstation");
    static final List<String> TRUST = List.of("untrusted", "low", "medium", "high", "critical");

    static String generated() {
        StringBuilder y = new StringBuilder(
                """
                vigil: 1
                system:
                  id: big
                  name: Big
                  kind: product
                  environments: [home]
                  essentialFunctions: [{id: ef0, name: F0, hazards: []}, {id: ef1, name: F1, hazards: []}]
                zones:
                """);
        for (int z = 0; z < 20; z++) {
            y.append("  - {id: z")
                    .append(z)
                    .append(", type: home-network, trust: ")
                    .append(TRUST.get(z % TRUST.size()))
                    .append("}\n");
        }
        y.append("conduits:\n");
        for (int z = 0; z < 2; z++) {
            y.append("  - {id: k")
                    .append(z)
                    .append(", between: [z")
                    .append(z)
                    .append(", z")
                    .append(z + 1)
                    .append("], guards: [firewall]}\n");
        }
        y.append("components:\n");
        for (int i = 0; i < COMPONENTS; i++) {
            y.append("  - {id: c")
                    .append(i)
                    .append(", kind: ")
                    .append(KINDS.get(i % KINDS.size()))
                    .append(", zone: z")
                    .append(i % 20)
                    .append(", owner: manufacturer")
                    .append(", essentialFunctions: [ef")
                    .append(i % 2)
                    .append("]")
                    .append(", stores: [phi], encryptedAtRest: false")
                    .append(i % 2 == 0 ? ", software: {os: rtos, memorySafe: false, supportEnds: 2020-01-01}" : "")
                    .append(", interfaces: [{id: r")
                    .append(i)
                    .append(", type: ble, enabledInField: true}")
                    .append(", {id: u")
                    .append(i)
                    .append(", type: usb, enabledInField: true}]}\n");
        }
        y.append(
                """
                data:
                  - {id: phi, category: phi, confidentiality: 5, integrity: 3, availability: 2}
                  - {id: cmd, category: therapy-command, confidentiality: 2, integrity: 5, availability: 5}
                  - {id: fw, category: firmware, confidentiality: 2, integrity: 5, availability: 3}
                flows:
                """);
        for (int f = 0; f < FLOWS; f++) {
            int to = (f * 7 + 3) % COMPONENTS;
            y.append("  - {id: f")
                    .append(f)
                    .append(", from: c")
                    .append(f % COMPONENTS)
                    .append(", to: c")
                    .append(to)
                    .append(", via: r")
                    .append(to)
                    .append(", data: [cmd, fw], network: internet, encryption: tls1.2, authentication: none")
                    .append(", pairing: just-works, integrity: checksum, replayProtection: false")
                    .append(", certificateValidation: false}\n");
        }
        y.append("secrets:\n");
        for (int s = 0; s < 500; s++) {
            y.append("  - {id: s")
                    .append(s)
                    .append(", type: code-signing, storedIn: c")
                    .append(s * 4 % COMPONENTS)
                    .append(", protection: file, perDevice: false}\n");
        }
        y.append("updates:\n");
        for (int u = 0; u < COMPONENTS / 4; u++) {
            // the flow that ends at the target: 7f + 3 = 4u (mod 2000), and 1143 is 7's inverse
            int last = Math.floorMod(1143 * (4 * u - 3), COMPONENTS);
            y.append("  - {id: up")
                    .append(u)
                    .append(", target: c")
                    .append(u * 4)
                    .append(", path: [f")
                    .append(last)
                    .append("], signedWith: s")
                    .append(u % 500)
                    .append(", verifiedOn: app, rollbackProtection: false, recovery: none}\n");
        }
        return y.toString();
    }

    @Test
    void everyRuleTogetherChecksTwoThousandComponentsAndTenThousandFlowsInUnderASecond() {
        ModelIndex index = TestModels.load(generated());
        ThreatEngine engine = new ThreatEngine(RuleBook.standard());
        // CPU time of this thread, not wall time: the build machine is shared and often overloaded, and
        // waiting for a core says nothing about the rules.
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        int findings = 0;
        for (int run = 0; run < 3; run++) {
            long start = cpu.getCurrentThreadCpuTime();
            findings = engine.run(index).size();
            best = Math.min(best, cpu.getCurrentThreadCpuTime() - start);
        }
        System.out.printf(
                "rules on %d components / %d flows: %d findings in %d ms%n",
                COMPONENTS, FLOWS, findings, best / 1_000_000);
        assertThat(findings).isGreaterThan(FLOWS);
        assertThat(best / 1_000_000).isLessThan(1_000);
    }
}
