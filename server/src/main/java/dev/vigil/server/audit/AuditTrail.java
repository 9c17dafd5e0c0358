package dev.vigil.server.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only, hash-chained record of every change. An entry's hash covers its own fields and the
 * previous entry's hash, so editing or deleting any row breaks the chain at that row. Appends join the
 * caller's transaction: a change and its audit entry are stored together or not at all.
 */
@Service
public class AuditTrail {

    static final String GENESIS = "0".repeat(64);

    private final JdbcClient db;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient db, JdbcTemplate jdbc, Clock clock) {
        this.db = db;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Appends one entry; {@code product} is empty for changes outside any product (users, keys, sign-ins). */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEntry record(String actor, String action, Optional<String> product, String target, String detail) {
        // The head row lock serialises appends across threads and instances.
        Map<String, Object> head = db.sql("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE")
                .query()
                .singleRow();
        long seq = ((Number) head.get("seq")).longValue() + 1;
        String previous = (String) head.get("hash");
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditEntry unsigned =
                new AuditEntry(seq, at, actor, action, product.orElse(null), target, detail, "", previous);
        AuditEntry entry = unsigned.withHash(hashOf(unsigned));
        db.sql("INSERT INTO audit_entry (seq, at, actor, action, product_id, target, detail, previous_hash, hash)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        seq,
                        OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
                        actor,
                        action,
                        entry.product(),
                        target,
                        detail,
                        previous,
                        entry.hash())
                .update();
        db.sql("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1")
                .params(seq, entry.hash())
                .update();
        return entry;
    }

    /** An entry to append: who did what, on which product (empty outside any product), to what, how. */
    public record Change(String actor, String action, Optional<String> product, String target, String detail) {}

    /**
     * Appends {@code changes} in order as one run of the chain: the head is locked and written once and the rows
     * go in one batch. For the monitor, which opens thousands of draft cases after one import; each change is
     * still its own entry, hashed and chained exactly as {@link #record} chains it.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAll(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Map<String, Object> head = db.sql("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE")
                .query()
                .singleRow();
        long seq = ((Number) head.get("seq")).longValue();
        String previous = (String) head.get("hash");
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Object[]> rows = new java.util.ArrayList<>(changes.size());
        for (Change c : changes) {
            seq++;
            AuditEntry unsigned = new AuditEntry(
                    seq, at, c.actor(), c.action(), c.product().orElse(null), c.target(), c.detail(), "", previous);
            AuditEntry entry = unsigned.withHash(hashOf(unsigned));
            rows.add(new Object[] {
                seq,
                OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
                c.actor(),
                c.action(),
                entry.product(),
                c.target(),
                c.detail(),
                previous,
                entry.hash()
            });
            previous = entry.hash();
        }
        jdbc.batchUpdate(
                "INSERT INTO audit_entry (seq, at, actor, action, product_id, target, detail, previous_hash, hash)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
        db.sql("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1")
                .params(seq, previous)
                .update();
    }

    /** Entries in order, optionally of one product and from one time on, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<AuditEntry> entries(Optional<String> product, Optional<Instant> since, int limit) {
        // Built up rather than "(:p IS NULL OR ...)": PostgreSQL cannot type a null parameter.
        String sql = "SELECT * FROM audit_entry WHERE at >= :since"
                + (product.isPresent() ? " AND product_id = :product" : "") + " ORDER BY seq LIMIT :limit";
        var statement = db.sql(sql)
                .param("since", OffsetDateTime.ofInstant(since.orElse(Instant.EPOCH), ZoneOffset.UTC))
                .param("limit", limit);
        if (product.isPresent()) {
            statement = statement.param("product", product.get());
        }
        return statement.query(AuditTrail::entry).list();
    }

    /** Walks the whole chain and names the first entry that was edited, removed or reordered. */
    @Transactional(readOnly = true)
    public Verification verify() {
        Map<String, Object> head =
                db.sql("SELECT seq, hash FROM audit_head WHERE id = 1").query().singleRow();
        long headSeq = ((Number) head.get("seq")).longValue();
        List<AuditEntry> all = db.sql("SELECT * FROM audit_entry ORDER BY seq")
                .query(AuditTrail::entry)
                .list();
        long expectedSeq = 1;
        String previous = GENESIS;
        for (AuditEntry e : all) {
            if (e.seq() != expectedSeq) {
                return Verification.brokenAt(all.size(), expectedSeq); // a row is missing here
            }
            if (!e.previousHash().equals(previous) || !e.hash().equals(hashOf(e))) {
                return Verification.brokenAt(all.size(), e.seq());
            }
            previous = e.hash();
            expectedSeq++;
        }
        if (headSeq != expectedSeq - 1 || !previous.equals(head.get("hash"))) {
            return Verification.brokenAt(all.size(), expectedSeq); // the last rows were deleted
        }
        return new Verification(true, all.size(), Optional.empty());
    }

    static String hashOf(AuditEntry e) {
        String canonical = String.join(
                "\u001f",
                Long.toString(e.seq()),
                e.at().toString(),
                e.actor(),
                e.action(),
                e.product() == null ? "" : e.product(),
                e.target(),
                e.detail(),
                e.previousHash());
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e1);
        }
    }

    private static AuditEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AuditEntry(
                rs.getLong("seq"),
                rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("product_id"),
                rs.getString("target"),
                rs.getString("detail"),
                rs.getString("hash"),
                rs.getString("previous_hash"));
    }

    /** The outcome of {@link #verify()}: intact, or the sequence number of the first broken entry. */
    public record Verification(boolean intact, int entries, Optional<Long> firstBrokenSeq) {
        static Verification brokenAt(int entries, long seq) {
            return new Verification(false, entries, Optional.of(seq));
        }
    }
}
