package dev.vigil.server.audit;

import java.time.Instant;

/** One audit entry as stored; {@code product} is null for changes outside any product. */
public record AuditEntry(
        long seq,
        Instant at,
        String actor,
        String action,
        String product,
        String target,
        String detail,
        String hash,
        String previousHash) {

    AuditEntry withHash(String newHash) {
        return new AuditEntry(seq, at, actor, action, product, target, detail, newHash, previousHash);
    }
}
