package dev.vigil.server.security;

import java.util.List;

/** A user as the rest of the server sees them: never with the password hash. */
public record Account(long id, String username, String displayName, List<Grant> grants) {

    public Account {
        grants = List.copyOf(grants);
    }
}
