package dev.vigil.server.security;

import dev.vigil.server.audit.AuditTrail;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer sessions and API keys. Both are random secrets handed out once and stored only as SHA-256, so a
 * copy of the database does not let anyone in. Stored in the database, so any instance accepts them.
 */
@Service
public class Tokens {

    static final Duration SESSION_LIFETIME = Duration.ofHours(8);
    private static final String SESSION_PREFIX = "vs_";
    private static final String KEY_PREFIX = "vk_";

    private final JdbcClient db;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Tokens(JdbcClient db, AuditTrail audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    public record Session(String token, Instant expiresAt) {}

    public record NewKey(long id, String name, String key) {}

    public record KeyInfo(long id, String name, String owner, Instant createdAt, Optional<Instant> revokedAt) {}

    @Transactional
    public Session openSession(Account account) {
        String token = SESSION_PREFIX + secret();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant expires = now.plus(SESSION_LIFETIME);
        db.sql("INSERT INTO api_session (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
                .params(sha256(token), account.id(), utc(now), utc(expires))
                .update();
        return new Session(token, expires);
    }

    @Transactional
    public NewKey createKey(Account owner, String name) {
        String key = KEY_PREFIX + secret();
        db.sql("INSERT INTO api_key (user_id, name, key_hash, created_at) VALUES (?, ?, ?, ?)")
                .params(owner.id(), name, sha256(key), utc(clock.instant()))
                .update();
        long id = db.sql("SELECT id FROM api_key WHERE key_hash = ?")
                .param(sha256(key))
                .query(Long.class)
                .single();
        audit.record(owner.username(), "api-key.created", Optional.empty(), "api key " + id, "name: " + name);
        return new NewKey(id, name, key);
    }

    /** Revokes a key; only its owner or an administrator may ({@code mayRevokeAny}). */
    @Transactional
    public boolean revokeKey(Account actor, long id, boolean mayRevokeAny) {
        int changed = db.sql("UPDATE api_key SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"
                        + (mayRevokeAny ? "" : " AND user_id = " + actor.id()))
                .params(utc(clock.instant()), id)
                .update();
        if (changed > 0) {
            audit.record(actor.username(), "api-key.revoked", Optional.empty(), "api key " + id, "");
        }
        return changed > 0;
    }

    public List<KeyInfo> keys(Optional<Long> ofUser) {
        String where = ofUser.map(u -> " WHERE k.user_id = " + u).orElse("");
        return db.sql("SELECT k.id, k.name, u.username, k.created_at, k.revoked_at FROM api_key k"
                        + " JOIN app_user u ON u.id = k.user_id" + where + " ORDER BY k.id")
                .query((rs, n) -> new KeyInfo(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("username"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getObject("revoked_at", OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant)))
                .list();
    }

    /** The username a presented secret stands for, if it is a live session or an unrevoked key. */
    Optional<String> userOf(String secret) {
        if (secret.startsWith(SESSION_PREFIX)) {
            return db.sql("SELECT u.username FROM api_session s JOIN app_user u ON u.id = s.user_id"
                            + " WHERE s.token_hash = ? AND s.expires_at > ?")
                    .params(sha256(secret), utc(clock.instant()))
                    .query(String.class)
                    .optional();
        }
        if (secret.startsWith(KEY_PREFIX)) {
            return db.sql("SELECT u.username FROM api_key k JOIN app_user u ON u.id = k.user_id"
                            + " WHERE k.key_hash = ? AND k.revoked_at IS NULL")
                    .param(sha256(secret))
                    .query(String.class)
                    .optional();
        }
        return Optional.empty();
    }

    private String secret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
