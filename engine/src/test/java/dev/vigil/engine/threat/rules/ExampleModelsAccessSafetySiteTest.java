package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.threat.RuleMetadata;
import dev.vigil.engine.threat.ThreatEngine;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The access, data, safety, monitoring, site and completeness rules on the shipped example models: the
 * well-secured pump stays clean, and the deliberate weaknesses the other examples' comments mark are found.
 */
class ExampleModelsAccessSafetySiteTest {

    static final Set<RuleMetadata.Category> FAMILIES = EnumSet.of(
            RuleMetadata.Category.ACCESS,
            RuleMetadata.Category.DATA,
            RuleMetadata.Category.SAFETY,
            RuleMetadata.Category.MONITORING,
            RuleMetadata.Category.MANUFACTURING,
            RuleMetadata.Category.COMPLETENESS);

    /** Detections of this part's families, by finding id. */
    private static Map<String, ThreatEngine.Detection> detections(String example) {
        var model = new ModelLoader()
                .load(Path.of("../examples/" + example + ".yaml"))
                .orThrow();
        return new ThreatEngine()
                .run(model).stream()
                        .filter(d -> FAMILIES.contains(d.rule().category()))
                        .collect(Collectors.toMap(ThreatEngine.Detection::id, Function.identity()));
    }

    private static List<String> weaknesses(Map<String, ThreatEngine.Detection> found) {
        return found.values().stream()
                .filter(d -> d.hit().kind() == Hit.Kind.WEAKNESS)
                .map(ThreatEngine.Detection::id)
                .toList();
    }

    @Test
    void theSecureInfusionPumpHasNoAccessFindingAndNoWeaknessInTheseFamilies() {
        var found = detections("secure-infusion-pump");
        assertThat(found.values()).noneMatch(d -> d.rule().category() == RuleMetadata.Category.ACCESS);
        assertThat(weaknesses(found)).isEmpty();
    }

    @Test
    void glucoflowShowsItsAccessMultiPatientAndVulnerabilityHandlingWeaknesses() {
        var found = detections("glucoflow");
        assertThat(weaknesses(found))
                .contains(
                        "remote-privileged-without-mfa@cloud-api",
                        "shared-account@pump",
                        "multi-patient-harm-path@cloud-api",
                        "unprotected-logs@pump",
                        "no-vulnerability-handling@glucoflow");
        assertThat(found.get("multi-patient-harm-path@cloud-api").hit().facts())
                .contains("flows.portal-to-cloud.network=internet, authentication=server-only");
        assertThat(found.get("no-vulnerability-handling@glucoflow").hit().explanation())
                .contains("cvdPolicy");
        // The update server is multi-patient but nothing reaches it from the internet in the model.
        assertThat(found).doesNotContainKey("multi-patient-harm-path@update-server");
        // The pump enforces its own dose limits.
        assertThat(found).doesNotContainKey("no-actuator-safety-limits@pump");
    }

    @Test
    void thePacemakerShowsItsAccessDataAndSafetyWeaknesses() {
        var found = detections("pacemaker-system");
        assertThat(weaknesses(found))
                .contains(
                        "remote-privileged-without-mfa@clinician-portal",
                        "shared-account@programmer",
                        "multi-patient-harm-path@programmer",
                        "multi-patient-harm-path@clinician-portal",
                        "unprotected-logs@implant",
                        "unprotected-logs@programmer",
                        "unprotected-logs@home-monitor",
                        "no-vulnerability-handling@cardiosentinel");
        assertThat(found.get("shared-account@programmer").hit().facts())
                .contains(
                        "components.programmer.accounts[role=service].shared=true",
                        "users.field-service.shared=true, uses=programmer");
        // Strong facts stay quiet: per-device certificates, MFA on operations, implant-side limits, emergency use case.
        assertThat(found)
                .doesNotContainKeys(
                        "remote-privileged-without-mfa@remote-monitoring",
                        "multi-patient-harm-path@remote-monitoring",
                        "no-actuator-safety-limits@implant",
                        "no-emergency-use-case@bradycardia-pacing");
    }

    @Test
    void theSiteShowsItsCommentedDittaWeaknesses() {
        var found = detections("manufacturing-site");
        assertThat(weaknesses(found))
                .contains(
                        "station-in-office-zone@rework-station",
                        "unverified-firmware-injection@rework-reflash",
                        "vendor-access-not-brokered@vendor-access",
                        "vendor-access-not-brokered@weld-cell-vendor",
                        "production-record-integrity@rework-reflash",
                        "production-record-integrity@rework-records",
                        "station-end-of-support@rework-station",
                        "shared-account@rework-station",
                        "shared-account@weld-plc",
                        "remote-privileged-without-mfa@weld-plc",
                        "remote-privileged-without-mfa@jump-host",
                        "no-security-logging@rework-station");
        assertThat(found.get("vendor-access-not-brokered@vendor-access").hit().facts())
                .anyMatch(f -> f.contains("lacks [mfa]"));
        // The signed, HSM-backed steps and the HSM-held signing keys are not findings.
        assertThat(found)
                .doesNotContainKeys(
                        "unverified-firmware-injection@firmware-injection",
                        "identity-key-from-software@identity-injection",
                        "weak-code-signing-key@firmware-signing-key",
                        "production-record-integrity@final-test-step",
                        "station-in-office-zone@programming-station");
    }
}
