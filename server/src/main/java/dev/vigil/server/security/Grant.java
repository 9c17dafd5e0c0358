package dev.vigil.server.security;

import java.util.Objects;
import java.util.Optional;

/** A role on one product, or on every product when {@code product} is empty. */
public record Grant(Role role, Optional<String> product) {

    public Grant {
        Objects.requireNonNull(role, "role == null");
        Objects.requireNonNull(product, "product == null");
    }

    boolean allows(Permission permission, Optional<String> onProduct) {
        if (!role.may(permission)) {
            return false;
        }
        return product.isEmpty() || product.equals(onProduct);
    }
}
