package dev.vigil.server.security;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On an empty database, creates the first administrator: the password from VIGIL_ADMIN_PASSWORD, else
 * generated and printed once, the only time it is ever shown. Later starts leave users alone.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private final Accounts accounts;
    private final String username;
    private final String configuredPassword;

    FirstAdministrator(
            Accounts accounts,
            @Value("${vigil.admin.username:admin}") String username,
            @Value("${vigil.admin.password:}") String configuredPassword) {
        this.accounts = accounts;
        this.username = username;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensure();
    }

    /** Synchronized with the database's unique username: two instances starting together make one admin. */
    synchronized void ensure() {
        if (accounts.any()) {
            return;
        }
        AdminAccount admin = AdminAccount.of(username, configuredPassword, new SecureRandom());
        try {
            accounts.create(
                    "system",
                    admin.username(),
                    "Administrator",
                    admin.password(),
                    List.of(new Grant(Role.ADMINISTRATOR, Optional.empty())));
        } catch (RuntimeException raced) {
            if (accounts.find(admin.username()).isPresent()) {
                return; // another instance made it first
            }
            throw raced;
        }
        if (admin.generated()) {
            // Printed, not only logged: `vigil serve` users read the console.
            System.out.println("vigil: created the first administrator '" + admin.username()
                    + "' with the generated password (shown once, save it): " + admin.password());
        }
    }
}
