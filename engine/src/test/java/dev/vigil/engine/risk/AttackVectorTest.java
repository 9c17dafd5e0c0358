package dev.vigil.engine.risk;

import static dev.vigil.engine.risk.RiskFixtures.model;
import static dev.vigil.engine.risk.RiskFixtures.score;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.threat.rules.Fact;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttackVectorTest {

    @ParameterizedTest(name = "flow on the {0} network -> AV:{1}")
    @CsvSource({"internet, network", "adjacent, adjacent", "local, local", "physical, physical"})
    void aFlowsNetworkIsItsAttackVector(String network, String vector) {
        RiskScore s = score(model("network: " + network, "", ""), "f");
        assertThat(s.exploitability().attackVector().value()).isEqualTo(vector);
        assertThat(s.exploitability().attackVector().facts()).containsExactly("flows.f.network=" + network);
        assertThat(s.cvssVector()).contains("AV:" + vector.toUpperCase().charAt(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a flow without a network is assumed on the internet | f",
                "a component reached by such a flow is assumed on the internet | dev"
            })
    void anUnstatedNetworkIsAssumedTheWorstAndSaysSo(String behaviour, String element) {
        RiskScore s = score(model("", "", ""), element);
        assertThat(s.exploitability().attackVector().value()).isEqualTo("network");
        assertThat(s.exploitability().attackVector().reason()).contains("does not state its network");
        assertThat(s.exploitability().attackVector().facts()).containsExactly("flows.f.network=(not stated)");
    }

    @ParameterizedTest(name = "a component with flows on {0} and {1} -> AV:{2}")
    @CsvSource({
        "physical, adjacent, adjacent",
        "internet, local, network",
        "local, physical, local",
    })
    void aComponentTakesItsMostExposedFlow(String first, String second, String vector) {
        ModelIndex index = model(
                "network: " + first,
                "",
                """
                  - {id: g, from: dev, to: app, data: [cmd], network: %s}
                """
                        .formatted(second));
        assertThat(score(index, "dev").exploitability().attackVector().value()).isEqualTo(vector);
    }

    @ParameterizedTest(name = "a {0} interface -> AV:physical")
    @CsvSource({"jtag", "swd", "uart", "serial", "usb"})
    void debugAndUsbInterfacesNeedPhysicalAccess(String type) {
        ModelIndex index =
                model("network: internet", "interfaces: [{id: port, type: " + type + ", enabledInField: true}]", "");
        RiskScore onInterface = score(index, "port");
        RiskScore onComponentNamingIt =
                score(index, "dev", new Fact("port", "components.dev.interfaces.port", type + ", enabledInField=true"));
        assertThat(onInterface.exploitability().attackVector().value()).isEqualTo("physical");
        assertThat(onComponentNamingIt.exploitability().attackVector().value()).isEqualTo("physical");
        assertThat(onInterface.exploitability().attackVector().facts())
                .containsExactly("components.dev.interfaces.port.type=" + type);
    }

    @ParameterizedTest(name = "a {0} interface takes the network of the flows through it")
    @CsvSource({"ble, adjacent", "wifi, local"})
    void aRadioInterfaceTakesItsFlowsNetwork(String type, String network) {
        ModelIndex index = model(
                "network: " + network + ", via: radio",
                "interfaces: [{id: radio, type: " + type + ", enabledInField: true}]",
                "");
        assertThat(score(index, "radio").exploitability().attackVector().value())
                .isEqualTo(network.equals("local") ? "local" : "adjacent");
        assertThat(score(index, "dev", new Fact("radio", "components.dev.interfaces.radio", type))
                        .exploitability()
                        .attackVector()
                        .value())
                .isNotEqualTo("physical");
    }

    @org.junit.jupiter.api.Test
    void anElementNoFlowReachesIsAssumedReachableFromTheInternet() {
        ModelIndex lonely = RiskFixtures.load(
                """
                vigil: 1
                system: {id: sys, name: System, kind: product}
                zones: [{id: z, type: cloud, trust: medium}]
                components: [{id: c, kind: service, zone: z}]
                data: []
                flows: []
                """);
        RiskScore s = score(lonely, "c");
        assertThat(s.exploitability().attackVector().value()).isEqualTo("network");
        assertThat(s.exploitability().attackVector().reason()).contains("no flow reaches c");
    }

    @org.junit.jupiter.api.Test
    void aFindingAboutAnUnlockedDebugPortNeedsPhysicalAccessButNoLogin() {
        ModelIndex index = model(
                "network: internet",
                "hardening: {debugPortsLocked: false}, accounts: [{role: r, authentication: certificate}]",
                "");
        Fact lock = new Fact("dev", "components.dev.hardening.debugPortsLocked", "false");
        RiskScore lockOnly = score(index, "dev", lock);
        RiskScore mixed = score(index, "dev", lock, new Fact("dev", "components.dev.software.os", "x"));
        assertThat(lockOnly.cvssVector()).startsWith("CVSS:3.1/AV:P/AC:L/PR:N/");
        assertThat(lockOnly.exploitability().privilegesRequired().reason()).contains("no login");
        assertThat(mixed.exploitability().attackVector().value()).isEqualTo("network");
    }
}
