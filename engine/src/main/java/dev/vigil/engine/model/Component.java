package dev.vigil.engine.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Something that runs software, stores or moves data. Omitted facts stay empty: unknown, not safe. */
public record Component(
        String id,
        Optional<String> name,
        Kind kind,
        String zone,
        Optional<Owner> owner,
        List<Function> functions,
        List<String> essentialFunctions,
        Optional<String> sbom,
        Optional<Software> software,
        Hardening hardening,
        Safety safety,
        List<String> stores,
        Optional<Boolean> encryptedAtRest,
        List<Interface> interfaces,
        List<Account> accounts,
        Logging logging,
        Optional<Capabilities> capabilities,
        Optional<RegulatoryStatus> regulatoryStatus)
        implements Element {

    public Component {
        functions = List.copyOf(functions);
        essentialFunctions = List.copyOf(essentialFunctions);
        stores = List.copyOf(stores);
        interfaces = List.copyOf(interfaces);
        accounts = List.copyOf(accounts);
    }

    /** Its regulatory status: as stated, else the product's ({@link SystemInfo#productStatus()}). */
    public RegulatoryStatus status(SystemInfo system) {
        return regulatoryStatus.orElse(system.productStatus());
    }

    public boolean has(Function function) {
        return functions.contains(function);
    }

    public enum Kind implements WireValue {
        DEVICE,
        IMPLANT,
        SENSOR,
        PROGRAMMER,
        MOBILE_APP,
        DESKTOP_APP,
        WEB_APP,
        SERVICE,
        DATABASE,
        FILE_STORE,
        UPDATE_SERVER,
        BUILD_SERVER,
        SOURCE_REPO,
        SIGNING_SERVICE,
        HSM,
        PROGRAMMING_STATION,
        TEST_STATION,
        MES,
        PLC,
        HMI,
        WORKSTATION,
        JUMP_HOST,
        FIREWALL,
        IDENTITY_PROVIDER,
        LOG_SERVER,
        EXTERNAL_SYSTEM
    }

    public enum Owner implements WireValue {
        MANUFACTURER,
        THIRD_PARTY,
        HDO,
        PATIENT
    }

    public enum Function implements WireValue {
        THERAPY_DELIVERY,
        DIAGNOSIS,
        MONITORING,
        ALARM,
        CONFIGURATION,
        UPDATE,
        LOGGING,
        PRODUCTION,
        DATA_EXCHANGE,
        BUILD,
        SIGNING,
        REMOTE_ACCESS
    }

    /** The platform the component runs on; {@code supportEnds} is its end of support. */
    public record Software(Optional<String> os, Optional<Boolean> memorySafe, Optional<LocalDate> supportEnds) {}

    public record Hardening(
            Optional<Boolean> secureBoot,
            Optional<Boolean> debugPortsLocked,
            Optional<Boolean> unusedServicesDisabled,
            Optional<Boolean> antiMalware,
            Optional<Boolean> applicationAllowlist,
            Optional<Boolean> tamperEvident) {

        public static final Hardening UNKNOWN = new Hardening(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /**
     * Safety facts; {@code failSafe} may be a yes/no or a description of the fail-safe state, and
     * {@code multiPatient} means one compromise can reach many patients.
     */
    public record Safety(
            Optional<Boolean> localSafetyLimits, Optional<Evidence> failSafe, Optional<Boolean> multiPatient) {

        public static final Safety UNKNOWN = new Safety(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A physical or radio interface of the component. */
    public record Interface(String id, Type type, boolean enabledInField, Optional<String> purpose) implements Element {

        public boolean isWireless() {
            return switch (type) {
                case BLE, BLUETOOTH, WIFI, CELLULAR, NFC, RF_PROPRIETARY, IR, OPTICAL, INDUCTIVE -> true;
                default -> false;
            };
        }

        public boolean isDebug() {
            return switch (type) {
                case JTAG, SWD, UART -> true;
                default -> false;
            };
        }

        public enum Type implements WireValue {
            BLE,
            BLUETOOTH,
            WIFI,
            CELLULAR,
            NFC,
            RF_PROPRIETARY,
            ETHERNET,
            USB,
            SERIAL,
            JTAG,
            SWD,
            UART,
            CAN,
            IR,
            OPTICAL,
            INDUCTIVE
        }
    }

    /** A human or machine account on the component. */
    public record Account(
            String role,
            Authentication authentication,
            Optional<Boolean> privileged,
            Optional<Boolean> shared,
            Optional<Boolean> remote,
            Optional<Boolean> mfa,
            Optional<Boolean> lockout) {

        public enum Authentication implements WireValue {
            NONE,
            PASSWORD,
            DEFAULT_PASSWORD,
            HARDCODED,
            PIN,
            CERTIFICATE,
            TOKEN,
            BIOMETRIC
        }
    }

    public record Logging(
            Optional<Boolean> securityEvents, Optional<Boolean> tamperProtected, Optional<String> forwardedTo) {

        public static final Logging UNKNOWN = new Logging(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
