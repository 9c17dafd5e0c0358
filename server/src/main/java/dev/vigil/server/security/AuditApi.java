package dev.vigil.server.security;

import dev.vigil.server.api.ApiProblem;
import dev.vigil.server.audit.AuditEntry;
import dev.vigil.server.audit.AuditTrail;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail for administrators and regulatory (on all products, or on one product with
 * {@code ?product=}), and its verification.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApi {

    static final int MAX_ENTRIES = 10_000;

    private final AuditTrail audit;
    private final Access access;

    AuditApi(AuditTrail audit, Access access) {
        this.audit = audit;
        this.access = access;
    }

    @GetMapping
    List<AuditEntry> entries(@RequestParam Optional<String> product, @RequestParam Optional<String> since) {
        if (product.isPresent()) {
            access.require(Permission.READ_AUDIT, product.get());
        } else {
            access.requireEverywhere(Permission.READ_AUDIT);
        }
        Optional<Instant> from;
        try {
            from = since.map(Instant::parse);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("since must be an instant such as 2026-12-04T10:00:00Z");
        }
        return audit.entries(product, from, MAX_ENTRIES);
    }

    @GetMapping("/verify")
    AuditTrail.Verification verify() {
        access.requireEverywhere(Permission.READ_AUDIT);
        return audit.verify();
    }
}
