package dev.vigil.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.VigilServerTest;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The chain detects an edited row and a deleted row, and names the sequence number where it breaks. */
@VigilServerTest
class AuditTrailTest {

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient db;

    @Test
    void anIntactChainVerifies() {
        audit.record("tester", "test.intact", Optional.empty(), "nothing", "");
        AuditTrail.Verification v = audit.verify();
        assertThat(v.intact()).isTrue();
        assertThat(v.entries()).isPositive();
        assertThat(v.firstBrokenSeq()).isEmpty();
    }

    @Test
    void anEditedRowIsNamedByItsSequenceNumber() {
        AuditEntry victim = audit.record("tester", "test.edit", Optional.of("p"), "release p 1", "accepted");
        audit.record("tester", "test.after", Optional.empty(), "later", "");
        try {
            db.sql("UPDATE audit_entry SET detail = 'rejected' WHERE seq = ?")
                    .param(victim.seq())
                    .update();

            AuditTrail.Verification v = audit.verify();

            assertThat(v.intact()).isFalse();
            assertThat(v.firstBrokenSeq()).contains(victim.seq());
        } finally {
            db.sql("UPDATE audit_entry SET detail = 'accepted' WHERE seq = ?")
                    .param(victim.seq())
                    .update();
        }
        assertThat(audit.verify().intact()).as("restored").isTrue();
    }

    @Test
    void aDeletedRowIsNamedByTheMissingSequenceNumber() {
        AuditEntry victim = audit.record("tester", "test.delete", Optional.empty(), "a", "b");
        audit.record("tester", "test.after", Optional.empty(), "later", "");
        Map<String, Object> row = db.sql("SELECT * FROM audit_entry WHERE seq = ?")
                .param(victim.seq())
                .query()
                .singleRow();
        try {
            db.sql("DELETE FROM audit_entry WHERE seq = ?").param(victim.seq()).update();

            assertThat(audit.verify().firstBrokenSeq()).contains(victim.seq());
        } finally {
            db.sql("INSERT INTO audit_entry (seq, at, actor, action, product_id, target, detail, previous_hash, hash)"
                            + " VALUES (:seq, :at, :actor, :action, :product_id, :target, :detail, :previous_hash,"
                            + " :hash)")
                    .params(lower(row))
                    .update();
        }
        assertThat(audit.verify().intact()).as("restored").isTrue();
    }

    @Test
    void deletingTheLatestEntriesIsDetectedToo() {
        AuditEntry last = audit.record("tester", "test.tail", Optional.empty(), "a", "b");
        Map<String, Object> row = db.sql("SELECT * FROM audit_entry WHERE seq = ?")
                .param(last.seq())
                .query()
                .singleRow();
        try {
            db.sql("DELETE FROM audit_entry WHERE seq = ?").param(last.seq()).update();

            assertThat(audit.verify().firstBrokenSeq()).contains(last.seq());
        } finally {
            db.sql("INSERT INTO audit_entry (seq, at, actor, action, product_id, target, detail, previous_hash, hash)"
                            + " VALUES (:seq, :at, :actor, :action, :product_id, :target, :detail, :previous_hash,"
                            + " :hash)")
                    .params(lower(row))
                    .update();
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    private static Map<String, Object> lower(Map<String, Object> row) {
        Map<String, Object> out = new java.util.HashMap<>();
        row.forEach((k, v) -> out.put(k.toLowerCase(java.util.Locale.ROOT), v));
        return out;
    }
}
