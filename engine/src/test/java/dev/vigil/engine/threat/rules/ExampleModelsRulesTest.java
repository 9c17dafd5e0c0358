package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.threat.RuleBook;
import dev.vigil.engine.threat.RuleMetadata;
import dev.vigil.engine.threat.ThreatEngine;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The example models against the whole rule book: the well-secured pump raises nothing in the
 * communications, updates and access families, and the weak examples raise the weaknesses their comments
 * mark. The assessment date is fixed so that end-of-support findings do not move with the calendar.
 */
class ExampleModelsRulesTest {

    static final Path EXAMPLES = Path.of("../examples");
    static final LocalDate ASSESSED = LocalDate.parse("2026-11-24");
    static final Set<RuleMetadata.Category> NO_FINDINGS_EXPECTED = EnumSet.of(
            RuleMetadata.Category.COMMUNICATIONS, RuleMetadata.Category.UPDATES, RuleMetadata.Category.ACCESS);

    private static List<ThreatEngine.Detection> assess(String file) {
        var model = new ModelLoader().load(EXAMPLES.resolve(file)).orThrow();
        return new ThreatEngine(RuleBook.standard()).run(new ModelIndex(model, ASSESSED));
    }

    private static List<String> weaknesses(List<ThreatEngine.Detection> detections) {
        return detections.stream()
                .filter(d -> d.hit().kind() == Hit.Kind.WEAKNESS)
                .map(ThreatEngine.Detection::id)
                .toList();
    }

    @Test
    void theWellSecuredPumpRaisesNothingInCommunicationsUpdatesOrAccess() {
        assertThat(assess("secure-infusion-pump.yaml"))
                .filteredOn(d -> NO_FINDINGS_EXPECTED.contains(d.rule().category()))
                .extracting(ThreatEngine.Detection::id)
                .isEmpty();
    }

    @Test
    void glucoflowShowsItsCommunicationDeviceAndUpdateWeaknesses() {
        assertThat(weaknesses(assess("glucoflow.yaml")))
                .contains(
                        "command-replay@app-to-pump",
                        "weak-wireless-pairing@app-to-pump",
                        "weak-wireless-pairing@pump-to-app",
                        "weak-wireless-pairing@firmware-install",
                        "memory-unsafe-exposed@pump",
                        "unprotected-secret@firmware-signing-key",
                        "signing-key-internet-facing@firmware-signing-key",
                        "missing-sbom@pump",
                        "no-rollback-protection@pump-firmware-update")
                .doesNotContain("unsigned-update@pump-firmware-update", "no-secure-boot@pump");
    }

    @Test
    void pacemakerShowsItsCommentedWeaknesses() {
        assertThat(weaknesses(assess("pacemaker-system.yaml")))
                .contains(
                        "rf-wakeup-exhaustion@monitor-wakeup",
                        "unauthenticated-command@monitor-wakeup",
                        "weak-wireless-pairing@implant-to-monitor",
                        "unencrypted-data-at-rest@implant",
                        "unencrypted-data-at-rest@home-monitor",
                        "fleet-wide-key@programmer-service-password",
                        "no-rollback-protection@monitor-firmware-update",
                        "no-rollback-protection@programmer-software-update",
                        "no-update-recovery@programmer-software-update")
                .doesNotContain(
                        // Only firmware signed and verified on the device, over validated server-only TLS:
                        // an impostor server cannot make the programmer or the implant accept anything.
                        "unauthenticated-command@programmer-software-download",
                        "weak-wireless-pairing@programmer-to-implant",
                        "no-rollback-protection@implant-firmware-update",
                        "signing-key-internet-facing@firmware-signing-key");
    }

    @Test
    void theSiteShowsItsCommentedWeaknesses() {
        assertThat(weaknesses(assess("manufacturing-site.yaml")))
                .contains(
                        "unauthenticated-command@hmi-to-plc",
                        "missing-integrity-safety-data@share-to-rework",
                        "missing-integrity-safety-data@usb-reflash",
                        "missing-integrity-safety-data@vendor-to-hmi",
                        "tls-without-certificate-validation@licence-check",
                        "no-secure-boot@rework-station",
                        "station-end-of-support@test-station",
                        "station-end-of-support@rework-station",
                        "unsigned-update@hmi-vendor-patch",
                        "not-updatable@rework-station")
                .doesNotContain("not-updatable@programming-station", "platform-end-of-support@mes");
    }
}
