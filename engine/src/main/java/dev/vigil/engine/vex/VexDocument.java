package dev.vigil.engine.vex;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A VEX document as read: its format and identity, and its statements in document order. */
public record VexDocument(
        VexFormat format,
        String origin,
        Optional<String> id,
        Optional<String> author,
        Optional<Instant> timestamp,
        List<VexStatement> statements) {

    public VexDocument {
        Objects.requireNonNull(format, "format == null");
        Objects.requireNonNull(origin, "origin == null");
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(author, "author == null");
        Objects.requireNonNull(timestamp, "timestamp == null");
        statements = List.copyOf(Objects.requireNonNull(statements, "statements == null"));
    }
}
