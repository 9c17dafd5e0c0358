package dev.vigil.engine.version;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One entry of an OSV record's {@code affected[].ranges}: a type and its events, evaluated as the
 * OSV schema's "Evaluation" section describes. Event versions are parsed once, when the range is
 * built, so {@link #contains} costs one parse of the tested version and a few comparisons.
 */
public final class OsvRange {

    /** OSV range types; GIT is known but cannot be evaluated without the repository. */
    public enum Type {
        SEMVER,
        ECOSYSTEM,
        GIT
    }

    /** OSV event kinds, spelt as in the schema. */
    public enum Kind {
        INTRODUCED("introduced"),
        FIXED("fixed"),
        LAST_AFFECTED("last_affected"),
        LIMIT("limit");

        private final String field;

        Kind(String field) {
            this.field = field;
        }

        /** The JSON field name. */
        public String field() {
            return field;
        }

        /** The kind for an OSV event field name such as {@code last_affected}. */
        public static Kind ofField(String field) throws InvalidRangeException {
            for (Kind k : values()) {
                if (k.field.equals(field)) {
                    return k;
                }
            }
            throw new InvalidRangeException("unknown OSV range event '" + field + "'");
        }
    }

    /** One event as written in the record. */
    public record Event(Kind kind, String version) {
        public Event {
            if (kind == null) {
                throw new IllegalArgumentException("kind == null");
            }
            if (version == null || version.isEmpty()) {
                throw new IllegalArgumentException("empty version in " + kind.field() + " event");
            }
        }

        public static Event introduced(String version) {
            return new Event(Kind.INTRODUCED, version);
        }

        public static Event fixed(String version) {
            return new Event(Kind.FIXED, version);
        }

        public static Event lastAffected(String version) {
            return new Event(Kind.LAST_AFFECTED, version);
        }

        public static Event limit(String version) {
            return new Event(Kind.LIMIT, version);
        }

        /** {@code introduced: "0"} means "from the very first version", whatever the scheme. */
        boolean isZero() {
            return kind == Kind.INTRODUCED && version.equals("0");
        }
    }

    /** An event with its version parsed; {@code version} is null for {@code introduced: "0"}. */
    private record Bound(Kind kind, Version version) {}

    private final Type type;
    private final VersionScheme scheme;
    private final List<Event> events;
    private final List<Bound> sorted;
    private final List<Version> limits;

    private OsvRange(Type type, VersionScheme scheme, List<Event> events, List<Bound> sorted, List<Version> limits) {
        this.type = type;
        this.scheme = scheme;
        this.events = events;
        this.sorted = sorted;
        this.limits = limits;
    }

    /**
     * Builds a range of an OSV record.
     *
     * @param type the range's {@code type} ({@code SEMVER}, {@code ECOSYSTEM}, {@code GIT})
     * @param ecosystem the affected package's ecosystem, which orders ECOSYSTEM ranges
     * @throws InvalidRangeException for GIT ranges, an ecosystem without a known ordering, or an
     *     event version the scheme cannot parse
     */
    public static OsvRange of(String type, String ecosystem, List<Event> events) throws InvalidRangeException {
        Type t;
        try {
            t = Type.valueOf(type == null ? "" : type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRangeException("unknown OSV range type '" + type + "'");
        }
        VersionScheme scheme =
                switch (t) {
                    case SEMVER -> VersionSchemes.SEMVER;
                    case ECOSYSTEM -> VersionSchemes.forEcosystem(ecosystem)
                            .orElseThrow(() ->
                                    new InvalidRangeException("no version ordering for ecosystem '" + ecosystem + "'"));
                    case GIT -> throw new InvalidRangeException(
                            "GIT ranges are not supported: commits cannot be ordered without the repository");
                };
        if (events == null || events.isEmpty()) {
            throw new InvalidRangeException("an OSV range needs at least one event");
        }
        // The schema requires one; without it nothing would ever match, silently.
        if (events.stream().noneMatch(e -> e.kind() == Kind.INTRODUCED)) {
            throw new InvalidRangeException("an OSV range needs an introduced event");
        }
        List<Bound> bounds = new ArrayList<>();
        List<Version> limits = new ArrayList<>();
        for (Event e : events) {
            Version v = null;
            if (!e.isZero()) {
                try {
                    v = scheme.parse(e.version());
                } catch (InvalidVersionException ex) {
                    throw new InvalidRangeException(e.kind().field() + " event: " + ex.getMessage(), ex);
                }
            }
            if (e.kind() == Kind.LIMIT) {
                limits.add(v);
            } else {
                bounds.add(new Bound(e.kind(), v));
            }
        }
        // "0" sorts first; a stable sort keeps the record's order between equal versions.
        try {
            bounds.sort(Comparator.comparing(Bound::version, Comparator.nullsFirst(Comparator.naturalOrder())));
        } catch (IllegalArgumentException e) {
            // Maven's and osv-scanner's apk orders are not transitive on purpose (they agree with the
            // tools); a record whose bounds fall into such a cycle has no meaning as a range.
            throw new InvalidRangeException("the range's versions have no consistent order in " + scheme.name(), e);
        }
        return new OsvRange(t, scheme, List.copyOf(events), List.copyOf(bounds), List.copyOf(limits));
    }

    public Type type() {
        return type;
    }

    /** The ordering this range uses; parse a tested version with it to call {@link #contains(Version)}. */
    public VersionScheme scheme() {
        return scheme;
    }

    public List<Event> events() {
        return events;
    }

    /** Whether {@code version} is affected by this range. */
    public boolean contains(String version) throws InvalidVersionException {
        return contains(scheme.parse(version));
    }

    /**
     * Whether a version parsed by {@link #scheme()} is affected: walk the events in version order,
     * {@code introduced} switching on at its version, {@code fixed} off at its version and {@code
     * last_affected} off above its version; a {@code limit} cuts off everything at or above it.
     */
    public boolean contains(Version version) {
        for (Version limit : limits) {
            if (limit != null && version.compareTo(limit) >= 0) {
                return false;
            }
        }
        boolean affected = false;
        for (Bound b : sorted) {
            int c = b.version() == null ? 1 : version.compareTo(b.version());
            switch (b.kind()) {
                case INTRODUCED -> {
                    if (c >= 0) {
                        affected = true;
                    }
                }
                case FIXED -> {
                    if (c >= 0) {
                        affected = false;
                    }
                }
                case LAST_AFFECTED -> {
                    if (c > 0) {
                        affected = false;
                    }
                }
                case LIMIT -> throw new IllegalStateException("limits are kept apart");
            }
        }
        return affected;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(type.name()).append('[');
        for (int i = 0; i < events.size(); i++) {
            sb.append(i == 0 ? "" : ", ")
                    .append(events.get(i).kind().field())
                    .append('=')
                    .append(events.get(i).version());
        }
        return sb.append(']').toString();
    }
}
