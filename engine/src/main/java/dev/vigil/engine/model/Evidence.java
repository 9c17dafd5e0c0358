package dev.vigil.engine.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A piece of lifecycle evidence as a model states it: a yes/no, a date, a reference (path, URL or
 * text), or a small structured record such as a penetration test.
 */
public sealed interface Evidence {

    /** True when the evidence says the practice exists (anything but an explicit {@code false}). */
    boolean affirms();

    record Flag(boolean value) implements Evidence {
        @Override
        public boolean affirms() {
            return value;
        }
    }

    record Dated(LocalDate date) implements Evidence {
        @Override
        public boolean affirms() {
            return true;
        }
    }

    record Reference(String text) implements Evidence {
        @Override
        public boolean affirms() {
            return !text.isBlank();
        }
    }

    /** A small object of named evidence values, e.g. {@code penetrationTest: {date, independent, report}}. */
    record Structured(Map<String, Evidence> fields) implements Evidence {
        public Structured {
            fields = Map.copyOf(fields);
        }

        public Optional<Evidence> field(String name) {
            return Optional.ofNullable(fields.get(name));
        }

        @Override
        public boolean affirms() {
            return fields.values().stream().noneMatch(e -> e instanceof Flag f && !f.value());
        }
    }
}
