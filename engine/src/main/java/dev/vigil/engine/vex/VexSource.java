package dev.vigil.engine.vex;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a statement came from, so a report can say "suppressed by OpenVEX statement X": the document's
 * format, the file (or other origin) it was read from, its id when it has one, and the JSON pointer of
 * the statement inside it.
 */
public record VexSource(VexFormat format, String origin, Optional<String> documentId, String pointer) {

    public VexSource {
        Objects.requireNonNull(format, "format == null");
        Objects.requireNonNull(origin, "origin == null");
        Objects.requireNonNull(documentId, "documentId == null");
        Objects.requireNonNull(pointer, "pointer == null");
    }

    /** {@code OpenVEX statement https://example.com/vex-1#/statements/0 (vex.json)}. */
    public String describe() {
        return format.label() + " statement " + documentId.orElse("") + "#" + pointer + " (" + origin + ")";
    }
}
