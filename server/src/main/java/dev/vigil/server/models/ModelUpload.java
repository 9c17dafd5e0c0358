package dev.vigil.server.models;

import java.time.Instant;
import java.util.Objects;
import org.springframework.data.annotation.Id;

/**
 * A system model file as a user uploaded it. The content is kept verbatim because findings and
 * diagnostics cite line and column numbers of exactly this text.
 */
record ModelUpload(@Id Long id, String name, Instant uploadedAt, String content) {

    /** The column's width; longer names are a mistake, not a file name. */
    static final int MAX_NAME_LENGTH = 200;

    ModelUpload {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(uploadedAt, "uploadedAt == null");
        Objects.requireNonNull(content, "content == null");
        if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException(
                    "name must have 1 to " + MAX_NAME_LENGTH + " characters and not be blank: '" + name + "'");
        }
    }

    /** A new upload; the database assigns the id when it is saved. */
    static ModelUpload of(String name, Instant uploadedAt, String content) {
        return new ModelUpload(null, name, uploadedAt, content);
    }

    /** Spring Data sets the generated id through this, since a record cannot be changed in place. */
    ModelUpload withId(Long id) {
        return new ModelUpload(id, name, uploadedAt, content);
    }
}
