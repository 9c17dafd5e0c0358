package dev.vigil.engine.version;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** vers' {@code datetime} scheme: RFC 3339 timestamps, ordered as instants whatever their offset. */
record DatetimeVersion(String text, Instant instant) implements Version {

    static DatetimeVersion parse(String text) throws InvalidVersionException {
        // java.time reads 't' and 'z' too; vers' canonical form wants them upper case.
        if (text.indexOf('t') >= 0 || text.indexOf('z') >= 0) {
            throw new InvalidVersionException("datetime", text, "must use upper-case T and Z");
        }
        try {
            return new DatetimeVersion(text, OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            throw new InvalidVersionException(
                    "datetime", text, "expected an RFC 3339 timestamp such as 2024-01-01T00:00:00Z");
        }
    }

    @Override
    public int compareTo(Version other) {
        if (!(other instanceof DatetimeVersion o)) {
            throw VersionSchemes.mismatch(this, other);
        }
        return instant.compareTo(o.instant);
    }
}
