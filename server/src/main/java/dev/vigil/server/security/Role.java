package dev.vigil.server.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The five roles a grant gives, and what each may do. */
public enum Role {
    ADMINISTRATOR(EnumSet.allOf(Permission.class)),
    SECURITY_ENGINEER(EnumSet.of(
            Permission.READ,
            Permission.UPLOAD,
            Permission.DECIDE,
            Permission.CREATE_PRODUCT,
            Permission.GENERATE_DOCUMENTS)),
    REGULATORY(EnumSet.of(Permission.READ, Permission.READ_AUDIT, Permission.GENERATE_DOCUMENTS)),
    APPROVER(EnumSet.of(Permission.READ, Permission.APPROVE)),
    VIEWER(EnumSet.of(Permission.READ));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }

    /** As the API writes it: {@code security-engineer}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Role> fromWire(String wire) {
        return Arrays.stream(values()).filter(r -> r.wire().equals(wire)).findFirst();
    }
}
