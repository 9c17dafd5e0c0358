package dev.vigil.engine.threat.rules;

import java.util.List;

/** The registry: every built-in rule, listed once. A consistency test keeps it in step with rules/*.yaml. */
public final class Rules {

    private Rules() {}

    public static List<Rule> all() {
        return List.of(
                // communications
                new CleartextSensitiveDataRule(),
                new UnauthenticatedCommandRule(),
                new CommandReplayRule(),
                new WeakWirelessPairingRule(),
                new MissingIntegritySafetyDataRule(),
                new WirelessEssentialFunctionLossRule(),
                new RfWakeupExhaustionRule(),
                new UnguardedZoneCrossingRule(),
                new TlsWithoutCertificateValidationRule(),
                new UnauthenticatedRemoteServiceRule(),
                // device and platform
                new DebugPortEnabledRule(),
                new DefaultCredentialsRule(),
                new UnprotectedSecretRule(),
                new FleetWideKeyRule(),
                new NoSecureBootRule(),
                new MemoryUnsafeExposedRule(),
                new UnencryptedDataAtRestRule(),
                new PlatformEndOfSupportRule(),
                new PlatformSupportEndingRule(),
                new MissingSbomRule(),
                new UnusedExposedInterfaceRule(),
                // updates
                new UnsignedUpdateRule(),
                new UpstreamOnlyUpdateVerificationRule(),
                new NoRollbackProtectionRule(),
                new NotUpdatableRule(),
                new SigningKeyInternetFacingRule(),
                new NoUpdateRecoveryRule(),
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
