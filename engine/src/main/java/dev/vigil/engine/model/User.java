package dev.vigil.engine.model;

import java.util.List;
import java.util.Optional;

/** A human role and the components or interfaces it uses. */
public record User(
        String id,
        Kind kind,
        List<String> uses,
        Optional<Boolean> remote,
        Optional<Boolean> mfa,
        Optional<Boolean> shared)
        implements Element {

    public User {
        uses = List.copyOf(uses);
    }

    public enum Kind implements WireValue {
        PATIENT,
        CAREGIVER,
        CLINICIAN,
        BIOMED,
        SERVICE_TECHNICIAN,
        DEVELOPER,
        RELEASE_MANAGER,
        PRODUCTION_OPERATOR,
        VENDOR,
        ADMINISTRATOR
    }
}
