package dev.vigil.server.security;

import dev.vigil.server.audit.AuditTrail;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users and their grants, stored; passwords only as bcrypt hashes. */
@Service
public class Accounts {

    static final int MIN_PASSWORD_LENGTH = AdminAccount.MIN_PASSWORD_LENGTH;

    private final JdbcClient db;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;

    Accounts(JdbcClient db, PasswordEncoder encoder, AuditTrail audit, Clock clock) {
        this.db = db;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a user; {@code actor} is who did it, for the audit trail. */
    @Transactional
    public Account create(String actor, String username, String displayName, String password, List<Grant> grants) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{1,100}")) {
            throw new IllegalArgumentException("username must be 1 to 100 letters, digits or . _ @ -");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (find(username).isPresent()) {
            throw new IllegalStateException("user '" + username + "' exists already");
        }
        String name = displayName == null || displayName.isBlank() ? username : displayName.strip();
        db.sql("INSERT INTO app_user (username, display_name, password_hash, created_at) VALUES (?, ?, ?, ?)")
                .params(username, name, encoder.encode(password), OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)))
                .update();
        long id = idOf(username);
        for (Grant g : grants) {
            db.sql("INSERT INTO user_grant (user_id, role, product_id) VALUES (?, ?, ?)")
                    .params(id, g.role().name(), g.product().orElse(null))
                    .update();
        }
        audit.record(actor, "user.created", Optional.empty(), "user " + username, "grants: " + describe(grants));
        return find(username).orElseThrow();
    }

    public Optional<Account> find(String username) {
        return db.sql("SELECT id, username, display_name FROM app_user WHERE username = ?")
                .param(username)
                .query((rs, n) -> new Account(
                        rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), List.of()))
                .optional()
                .map(a -> new Account(a.id(), a.username(), a.displayName(), grantsOf(a.id())));
    }

    public List<Account> all() {
        return db.sql("SELECT username FROM app_user ORDER BY username").query(String.class).list().stream()
                .map(u -> find(u).orElseThrow())
                .toList();
    }

    boolean any() {
        return db.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single() > 0;
    }

    Optional<String> passwordHash(String username) {
        return db.sql("SELECT password_hash FROM app_user WHERE username = ?")
                .param(username)
                .query(String.class)
                .optional();
    }

    static String describe(List<Grant> grants) {
        return grants.isEmpty()
                ? "none"
                : grants.stream()
                        .map(g -> g.role().wire()
                                + g.product().map(p -> " on " + p).orElse(" on all products"))
                        .collect(Collectors.joining(", "));
    }

    private long idOf(String username) {
        return db.sql("SELECT id FROM app_user WHERE username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    private List<Grant> grantsOf(long userId) {
        return db.sql("SELECT role, product_id FROM user_grant WHERE user_id = ? ORDER BY id")
                .param(userId)
                .query((rs, n) ->
                        new Grant(Role.valueOf(rs.getString("role")), Optional.ofNullable(rs.getString("product_id"))))
                .list();
    }
}
