package dev.vigil.engine.threat;

import java.util.List;

/** The registry: every built-in rule, listed once. A consistency test keeps it in step with rules/*.yaml. */
final class Rules {

    private Rules() {}

    static List<Rule> all() {
        return List.of(
                // communications
                new CleartextSensitiveDataRule(),
                // device and platform
                new DebugPortEnabledRule(),
                new DefaultCredentialsRule(),
                // access
                new PrivilegedWithoutAuthenticationRule(),
                new RemotePrivilegedWithoutMfaRule(),
                new SharedAccountRule(),
                new NoLoginLockoutRule(),
                // data and privacy
                new SensitiveDataUnencryptedAtRestRule(),
                new SensitiveDataInLogsRule(),
                // patient safety
                new MultiPatientHarmPathRule(),
                new NoActuatorSafetyLimitsRule(),
                new UnauthenticatedAlarmRule(),
                new NoEmergencyUseCaseRule(),
                // monitoring and recovery
                new NoSecurityLoggingRule(),
                new UnprotectedLogsRule(),
                new NoBackupRecoveryRule(),
                new NoVulnerabilityHandlingRule(),
                // manufacturing site
                new StationInOfficeZoneRule(),
                new UnverifiedFirmwareInjectionRule(),
                new WeakCodeSigningKeyRule(),
                new BuildIntegrityUnprotectedRule(),
                new IdentityKeyFromSoftwareRule(),
                new ProductionRecordIntegrityRule(),
                new VendorAccessNotBrokeredRule(),
                new DesignDataExposedRule(),
                new StationEndOfSupportRule(),
                // model completeness
                new ModelIncompleteRule());
    }
}
