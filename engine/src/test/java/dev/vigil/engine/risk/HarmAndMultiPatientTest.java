package dev.vigil.engine.risk;

import static dev.vigil.engine.risk.RiskFixtures.model;
import static dev.vigil.engine.risk.RiskFixtures.score;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.Hazard;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.threat.ThreatEngine.Detection;
import dev.vigil.engine.threat.rules.Hit;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HarmAndMultiPatientTest {

    @Test
    void harmIsTheWorstHazardOfTheAffectedComponentsEssentialFunctions() {
        ModelIndex index = RiskFixtures.load(
                """
                vigil: 1
                system:
                  id: sys
                  name: System
                  kind: product
                  essentialFunctions:
                    - {id: alarm, name: Alarm, hazards: [missed]}
                    - {id: dose, name: Dose, hazards: [over, under]}
                hazards:
                  - {id: missed, name: Missed alarm, harm: Delay, severity: serious}
                  - {id: over, name: Over, harm: Death, severity: catastrophic}
                  - {id: under, name: Under, harm: Illness, severity: critical}
                zones: [{id: z, type: home-network, trust: low}]
                components:
                  - {id: a, kind: device, zone: z, essentialFunctions: [alarm]}
                  - {id: b, kind: device, zone: z, essentialFunctions: [alarm, dose]}
                  - {id: c, kind: mobile-app, zone: z}
                data: [{id: d, category: alarm, confidentiality: 1, integrity: 4, availability: 5}]
                flows:
                  - {id: ac, from: a, to: c, data: [d], network: adjacent}
                """);
        assertThat(score(index, "a").harmSeverity()).contains(Hazard.Severity.SERIOUS);
        assertThat(score(index, "a").hazards()).containsExactly("missed");
        assertThat(score(index, "b").harmSeverity()).contains(Hazard.Severity.CATASTROPHIC);
        assertThat(score(index, "b").hazards()).containsExactly("missed", "over", "under");
        // A flow affects both of its ends.
        assertThat(score(index, "ac").harmSeverity()).contains(Hazard.Severity.SERIOUS);
        RiskScore unlinked = score(index, "c");
        assertThat(unlinked.harmSeverity()).isEmpty();
        assertThat(unlinked.controlled()).isEmpty();
    }

    @Test
    void aProcessGapOfTheWholeSystemIsMediumWithoutAnAttackVector() {
        ModelIndex index = RiskFixtures.load(
                """
                vigil: 1
                system:
                  id: sys
                  name: System
                  kind: product
                  essentialFunctions: [{id: dose, name: Dose, hazards: [over]}]
                hazards: [{id: over, name: Over, harm: Death, severity: catastrophic}]
                zones: [{id: z, type: internet, trust: untrusted}]
                components:
                  - {id: a, kind: device, zone: z, essentialFunctions: [dose]}
                  - {id: c, kind: service, zone: z}
                data: [{id: d, category: therapy-command, confidentiality: 3, integrity: 5, availability: 5}]
                flows:
                  - {id: ca, from: c, to: a, data: [d], network: internet, authentication: none}
                """);
        RiskScore process = score(index, "sys");
        assertThat(process.cvssVector()).isNull();
        assertThat(process.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(process.controlled()).isEmpty();
        RiskScore device = score(index, "a");
        assertThat(device.cvssVector()).startsWith("CVSS:3.1/AV:N");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a multi-patient component | dev | safety: {multiPatient: true} | | components.dev.safety.multiPatient=true",
                "many patients' data | dev | stores: [fleet] | fleet | data.fleet.quantity=many-patients",
                "an update server | srv | | | components.srv.kind=update-server",
                "a fleet-wide secret | key | | | secrets.key.perDevice=false",
            })
    void multiPatientReachIsFlaggedAndRaisesTheBandOneStep(
            String behaviour, String element, String deviceFacts, String data, String reason) {
        String extraData = data == null
                ? ""
                : "  - {id: fleet, category: phi, confidentiality: 4, integrity: 2, availability: 2,"
                        + " quantity: many-patients}\n";
        String sections =
                """
                  - {id: s, from: srv, to: app, data: [cmd], network: physical}
                secrets: [{id: key, type: pairing-key, storedIn: dev, protection: file, perDevice: false}]
                """;
        ModelIndex index = withServer(deviceFacts, extraData, sections);
        RiskScore s = score(index, element);
        assertThat(s.multiPatient()).isTrue();
        assertThat(s.exploitability().multiPatientReasons()).contains(reason);
        int unraised = RiskScorer.band(s.exploitability().subScore());
        assertThat(s.exploitability().band()).isEqualTo(Math.min(5, unraised + 1));
    }

    private static ModelIndex withServer(String deviceFacts, String extraData, String sections) {
        String yaml =
                """
                vigil: 1
                system:
                  id: sys
                  name: System
                  kind: product
                  essentialFunctions: [{id: ef, name: Therapy, hazards: [hz]}]
                hazards: [{id: hz, name: Overdose, harm: Death, severity: catastrophic}]
                zones:
                  - {id: low, type: home-network, trust: low}
                  - {id: high, type: body-area, trust: high}
                components:
                  - {id: app, kind: mobile-app, zone: low}
                  - {id: srv, kind: update-server, zone: low}
                  - {id: dev, kind: device, zone: high, essentialFunctions: [ef]DEVICE}
                data:
                  - {id: cmd, category: therapy-command, confidentiality: 2, integrity: 5, availability: 3}
                DATAflows:
                  - {id: f, from: app, to: dev, data: [cmd], network: physical}
                """
                        .replace("DEVICE", deviceFacts == null ? "" : ", " + deviceFacts)
                        .replace("DATA", extraData);
        return RiskFixtures.load(yaml + sections);
    }

    @Test
    void withoutMultiPatientFactsNothingIsFlagged() {
        RiskScore s = score(model("network: physical", "", ""), "dev");
        assertThat(s.multiPatient()).isFalse();
        assertThat(s.exploitability().band())
                .isEqualTo(RiskScorer.band(s.exploitability().subScore()));
    }

    @Test
    void theRaisedBandIsCappedAtFive() {
        RiskScore s = score(model("network: internet", "safety: {multiPatient: true}", ""), "dev");
        assertThat(RiskScorer.band(s.exploitability().subScore())).isEqualTo(5);
        assertThat(s.exploitability().band()).isEqualTo(5);
    }

    @ParameterizedTest(name = "network {0} with a catastrophic hazard -> band {1}, controlled={2}")
    @CsvSource({"internet, 5, false", "adjacent, 4, false", "physical, 2, false"})
    void controlledComesFromTheMatrixCell(String network, int band, boolean controlled) {
        RiskScore s = score(model("network: " + network, "", ""), "dev");
        assertThat(s.exploitability().band()).isEqualTo(band);
        assertThat(s.controlled()).contains(controlled);
    }

    @Test
    void notEnoughInformationIsInfoWithoutVectorOrVerdict() {
        ModelIndex index = model("network: internet", "", "");
        RiskScore s = new RiskScorer(index, RiskMatrix.standard())
                .score(new Detection(RiskFixtures.rule("tampering"), Hit.notEnoughInformation("dev", "missing")));
        assertThat(s.severity()).isEqualTo(Severity.INFO);
        assertThat(s.cvssVector()).isNull();
        assertThat(s.controlled()).isEqualTo(Optional.empty());
        assertThat(s.harmSeverity()).contains(Hazard.Severity.CATASTROPHIC);
    }
}
