package dev.vigil.server.security;

import dev.vigil.server.audit.AuditTrail;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a username and password, for the API, the sign-in form and signatures alike. After
 * {@value #MAX_FAILURES} failures within {@link #WINDOW} a name is refused until the window has passed,
 * even with the right password: guessing costs time on every instance, since failures are stored.
 */
@Service
public class Credentials {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    /** Compared against when the user does not exist, so that timing does not reveal which names exist. */
    private final String dummyHash;

    private final JdbcClient db;
    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;

    Credentials(JdbcClient db, Accounts accounts, PasswordEncoder encoder, AuditTrail audit, Clock clock) {
        this.db = db;
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.dummyHash = encoder.encode("not a password of anyone");
    }

    /** The outcome of one check. */
    public sealed interface Outcome {
        record Accepted(Account account) implements Outcome {}

        record Refused() implements Outcome {}

        record Throttled(Duration retryAfter) implements Outcome {}
    }

    /** Checks a sign-in ({@code purpose} names it in the audit trail: sign-in, signature). */
    @Transactional(noRollbackFor = RuntimeException.class)
    public Outcome check(String username, String password, String purpose) {
        String name = username == null ? "" : username.strip();
        if (name.isEmpty() || name.length() > 100 || password == null) {
            return new Outcome.Refused();
        }
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
        long recent = db.sql("SELECT COUNT(*) FROM login_failure WHERE username = ? AND failed_at > ?")
                .params(name, now.minus(WINDOW))
                .query(Long.class)
                .single();
        if (recent >= MAX_FAILURES) {
            audit.record(name, purpose + ".throttled", Optional.empty(), "user " + name, "too many failed attempts");
            return new Outcome.Throttled(WINDOW);
        }
        Optional<String> hash = accounts.passwordHash(name);
        boolean matches = encoder.matches(password, hash.orElse(dummyHash)) && hash.isPresent();
        if (!matches) {
            db.sql("INSERT INTO login_failure (username, failed_at) VALUES (?, ?)")
                    .params(name, now)
                    .update();
            audit.record(name, purpose + ".failed", Optional.empty(), "user " + name, "wrong username or password");
            return new Outcome.Refused();
        }
        audit.record(name, purpose, Optional.empty(), "user " + name, "");
        return new Outcome.Accepted(accounts.find(name).orElseThrow());
    }
}
