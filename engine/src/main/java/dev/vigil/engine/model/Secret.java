package dev.vigil.engine.model;

import java.util.Optional;

/** A key, certificate or credential and how it is kept. */
public record Secret(
        String id,
        Type type,
        String storedIn,
        Protection protection,
        Optional<Boolean> perDevice,
        Optional<Approval> approval,
        Optional<Boolean> revocable)
        implements Element {

    public enum Type implements WireValue {
        CODE_SIGNING,
        DEVICE_IDENTITY,
        PAIRING_KEY,
        API_KEY,
        PASSWORD,
        TLS_KEY,
        CA_KEY,
        RECORD_SIGNING,
        SSH_KEY,
        ENCRYPTION_KEY
    }

    /** Protection, ordered from weakest to strongest. */
    public enum Protection implements WireValue {
        HARDCODED,
        FILE,
        SOFTWARE,
        SECURE_ELEMENT,
        TPM,
        HSM
    }

    /** Who must approve a use of the secret. */
    public enum Approval implements WireValue {
        NONE,
        SINGLE,
        TWO_PERSON
    }
}
