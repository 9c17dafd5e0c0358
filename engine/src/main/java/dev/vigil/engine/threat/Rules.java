package dev.vigil.engine.threat;

import java.util.List;

/** The registry: every built-in rule, listed once. A consistency test keeps it in step with rules/*.yaml. */
final class Rules {

    private Rules() {}

    static List<Rule> all() {
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
                // device and platform
                new DebugPortEnabledRule(),
                new DefaultCredentialsRule(),
                new UnprotectedSecretRule(),
                new FleetWideKeyRule(),
                new NoSecureBootRule(),
                new MemoryUnsafeExposedRule(),
                new UnencryptedDataAtRestRule(),
                new PlatformEndOfSupportRule(),
                new MissingSbomRule(),
                new UnusedExposedInterfaceRule(),
                // updates
                new UnsignedUpdateRule(),
                new UpstreamOnlyUpdateVerificationRule(),
                new NoRollbackProtectionRule(),
                new NotUpdatableRule(),
                new SigningKeyInternetFacingRule(),
                new NoUpdateRecoveryRule());
    }
}
