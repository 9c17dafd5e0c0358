package dev.vigil.engine.model;

import java.util.List;
import java.util.Optional;

/** How software reaches one updatable component. */
public record Update(
        String id,
        String target,
        List<String> path,
        Optional<String> signedWith,
        VerifiedOn verifiedOn,
        Optional<Boolean> rollbackProtection,
        Optional<Recovery> recovery,
        Optional<String> authorizedBy)
        implements Element {

    public Update {
        path = List.copyOf(path);
    }

    /** Where the update's signature is checked. */
    public enum VerifiedOn implements WireValue {
        NONE,
        SERVER,
        APP,
        DEVICE
    }

    public enum Recovery implements WireValue {
        NONE,
        DUAL_BANK,
        RECOVERY_IMAGE,
        SERVICE_ONLY
    }
}
