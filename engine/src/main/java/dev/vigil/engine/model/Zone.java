package dev.vigil.engine.model;

import java.util.Optional;
import java.util.OptionalInt;

/** A network or trust zone in the IEC 62443 sense. */
public record Zone(
        String id,
        Optional<String> name,
        Type type,
        Trust trust,
        OptionalInt securityLevelTarget,
        Optional<PhysicalAccess> physicalAccess)
        implements Element {

    public enum Type implements WireValue {
        BODY_AREA,
        PERSONAL_DEVICE,
        HOME_NETWORK,
        HOSPITAL_NETWORK,
        INTERNET,
        CLOUD,
        OFFICE_IT,
        ENGINEERING,
        PRODUCTION,
        SECURE_ROOM,
        VENDOR_REMOTE,
        DMZ
    }

    /** Trust, ordered from least to most trusted. */
    public enum Trust implements WireValue {
        UNTRUSTED,
        LOW,
        MEDIUM,
        HIGH,
        CRITICAL
    }

    public enum PhysicalAccess implements WireValue {
        PUBLIC,
        PATIENT,
        STAFF,
        RESTRICTED
    }
}
