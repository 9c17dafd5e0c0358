package dev.vigil.server.security;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The first administrator, fixed for the lifetime of the process. The password comes from the
 * operator or, when none is configured, is generated: the repository never holds a default password.
 */
record AdminAccount(String username, String password, boolean generated) {

    static final int MIN_PASSWORD_LENGTH = 12;

    /** 18 random bytes are 144 bits, printed as 24 URL-safe characters that survive copy and paste. */
    private static final int GENERATED_BYTES = 18;

    AdminAccount {
        if (username == null || username.isBlank()) {
            throw new IllegalStateException("vigil.admin.username must not be blank");
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("VIGIL_ADMIN_PASSWORD (vigil.admin.password) must have at least "
                    + MIN_PASSWORD_LENGTH + " characters, has " + password.length());
        }
    }

    /** A blank configured password means "none": generate one rather than accept an empty login. */
    static AdminAccount of(String username, String configuredPassword, SecureRandom random) {
        if (configuredPassword == null || configuredPassword.isBlank()) {
            byte[] bytes = new byte[GENERATED_BYTES];
            random.nextBytes(bytes);
            String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            return new AdminAccount(username, generated, true);
        }
        return new AdminAccount(username, configuredPassword, false);
    }

    /** Records print every component; this one must never put the password in a log or a stack trace. */
    @Override
    public String toString() {
        return "AdminAccount[username=" + username + ", password=(hidden), generated=" + generated + "]";
    }
}
