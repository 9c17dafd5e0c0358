package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.threat.ThreatEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The three weakness classes of issue 10 on models of public CISA medical advisories
 * (src/test/resources/models/icsma, see its README): each rule fires on the advisory's weakness and stays
 * quiet once the model states the control. The models are templates: {@code ${name}} is the one fact a
 * test switches.
 */
class IcsmaAdvisoryModelsTest {

    private static final Path MODELS = Path.of("src/test/resources/models/icsma");

    private static ModelIndex model(String file, Map<String, String> facts) {
        try {
            String yaml = Files.readString(MODELS.resolve(file));
            for (Map.Entry<String, String> e : facts.entrySet()) {
                yaml = yaml.replace("${" + e.getKey() + "}", e.getValue());
            }
            return TestModels.load(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> findings(ModelIndex model, Hit.Kind kind) {
        return new ThreatEngine()
                .run(model).stream()
                        .filter(d -> d.hit().kind() == kind)
                        .map(ThreatEngine.Detection::id)
                        .toList();
    }

    // memory-unsafe network services exposed to everyone on a shared network

    @Test
    void icsma18_156_01_aMemoryUnsafeMonitorOnTheSharedHospitalLanIsExposedThoughEverySenderIsInItsZone() {
        ModelIndex unsafe = model("icsma-18-156-01-monitor-echo.yaml", Map.of("memorySafe", "false"));
        assertThat(new MemoryUnsafeExposedRule().check(unsafe))
                .filteredOn(h -> h.element().equals("monitor"))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
                    assertThat(h.facts())
                            .contains(
                                    "components.monitor.software.memorySafe=false",
                                    "zones.clinical-lan.type=hospital-network (shared with hosts outside the system)",
                                    "components.monitor.interfaces.monitor-lan.type=ethernet");
                });
        assertThat(findings(
                        model("icsma-18-156-01-monitor-echo.yaml", Map.of("memorySafe", "true")), Hit.Kind.WEAKNESS))
                .doesNotContain("memory-unsafe-exposed@monitor");
    }

    @Test
    void icsma19_274_01_aMemoryUnsafeStackOnHomeWifiIsExposedThoughItOnlyCallsOut() {
        assertThat(findings(model("icsma-19-274-01-home-hub.yaml", Map.of("memorySafe", "false")), Hit.Kind.WEAKNESS))
                .contains("memory-unsafe-exposed@hub");
        assertThat(findings(model("icsma-19-274-01-home-hub.yaml", Map.of("memorySafe", "true")), Hit.Kind.WEAKNESS))
                .doesNotContain("memory-unsafe-exposed@hub");
    }

    @Test
    void aMemoryUnsafeComponentWithNoNetworkReachOnTheSharedZoneIsNotExposed() {
        ModelIndex isolated = TestModels.load(
                """
                vigil: 1
                system: {id: sys, name: System, kind: product}
                zones: [{id: lan, type: hospital-network, trust: medium}]
                components:
                  - id: scale
                    kind: device
                    zone: lan
                    software: {os: bare metal, memorySafe: false}
                    interfaces: [{id: scale-usb, type: usb, enabledInField: true}]
                data: []
                flows: []
                """);
        assertThat(new MemoryUnsafeExposedRule().check(isolated)).isEmpty();
    }

    // integrity-critical data carried in cleartext

    @Test
    void icsma21_294_01_aDrugLibraryPushedInCleartextWithoutAMacIsAWeakness() {
        ModelIndex clear =
                model("icsma-21-294-01-pump-config.yaml", Map.of("transport", "encryption: none, integrity: none"));
        assertThat(new CleartextSensitiveDataRule().check(clear))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.element()).isEqualTo("library-push");
                    assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
                    assertThat(h.facts())
                            .contains(
                                    "flows.library-push.encryption=none",
                                    "flows.library-push.integrity=none",
                                    "flows.library-push.data=[drug-library]");
                });
        assertThat(new CleartextSensitiveDataRule()
                        .check(model(
                                "icsma-21-294-01-pump-config.yaml",
                                Map.of("transport", "encryption: none, integrity: signature"))))
                .as("a signed drug library of low confidentiality may travel in clear")
                .isEmpty();
        assertThat(new CleartextSensitiveDataRule()
                        .check(model(
                                "icsma-21-294-01-pump-config.yaml",
                                Map.of("transport", "encryption: tls1.3, integrity: none"))))
                .isEmpty();
    }

    @Test
    void icsma20_170_04_pumpAlarmsOnAnUnauthenticatedCleartextChannelAreAWeakness() {
        assertThat(findings(
                        model(
                                "icsma-20-170-04-pump-status.yaml",
                                Map.of("transport", "encryption: none, integrity: checksum")),
                        Hit.Kind.WEAKNESS))
                .contains("cleartext-sensitive-data@status");
        assertThat(findings(
                        model(
                                "icsma-20-170-04-pump-status.yaml",
                                Map.of("transport", "encryption: none, integrity: mac")),
                        Hit.Kind.WEAKNESS))
                .doesNotContain("cleartext-sensitive-data@status");
    }

    // a remote service that does not authenticate itself to the device

    @Test
    void icsma17_009_01a_aWebSiteThatNeverProvesItselfToTheTransmitterIsAWeakness() {
        for (String weak : List.of("none", "client-only")) {
            assertThat(new UnauthenticatedRemoteServiceRule()
                            .check(model("icsma-17-009-01a-transmitter.yaml", Map.of("authentication", weak))))
                    .singleElement()
                    .satisfies(h -> {
                        assertThat(h.element()).isEqualTo("report");
                        assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
                        assertThat(h.facts())
                                .contains(
                                        "flows.report.authentication=" + weak,
                                        "flows.report: device transmitter, remote service web-site");
                    });
        }
        for (String strong : List.of("server-only", "mutual")) {
            assertThat(new UnauthenticatedRemoteServiceRule()
                            .check(model("icsma-17-009-01a-transmitter.yaml", Map.of("authentication", strong))))
                    .isEmpty();
        }
    }

    @Test
    void icsma18_058_01_aDeploymentServerThatIsNotAuthenticatedToTheProgrammerIsAWeakness() {
        assertThat(findings(
                        model("icsma-18-058-01-programmer-update.yaml", Map.of("authentication", "client-only")),
                        Hit.Kind.WEAKNESS))
                .contains("unauthenticated-remote-service@download");
        assertThat(findings(
                        model("icsma-18-058-01-programmer-update.yaml", Map.of("authentication", "mutual")),
                        Hit.Kind.WEAKNESS))
                .doesNotContain("unauthenticated-remote-service@download");
    }

    @Test
    void anUnstatedAuthenticationOfTheRemoteServiceIsNotEnoughInformation() {
        String yaml;
        try {
            yaml = Files.readString(MODELS.resolve("icsma-17-009-01a-transmitter.yaml"))
                    .replace(", authentication: ${authentication}", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(new UnauthenticatedRemoteServiceRule().check(TestModels.load(yaml)))
                .singleElement()
                .extracting(Hit::kind)
                .isEqualTo(Hit.Kind.NOT_ENOUGH_INFORMATION);
    }
}
