package dev.vigil.engine.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A piece of document evidence (plan, report, procedure) with its version and date.
 *
 * @param kind a free kebab-case kind, e.g. {@code security-risk-management-plan}; the catalog names the
 *     kinds its requirements ask for
 * @param path a path relative to the model file, or a URL
 */
public record Document(
        String id, String title, String kind, Optional<String> version, Optional<LocalDate> date, Optional<String> path)
        implements Element {}
