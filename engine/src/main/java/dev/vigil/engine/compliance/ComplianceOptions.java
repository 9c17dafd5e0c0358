package dev.vigil.engine.compliance;

import java.util.List;
import java.util.Optional;

/**
 * What to judge: some frameworks (none listed = every framework of the catalog) and optionally one
 * lifecycle phase ({@code design}, {@code development}, {@code first-use}, {@code monitoring},
 * {@code end-of-life}).
 */
public record ComplianceOptions(List<String> frameworks, Optional<String> phase) {

    public static final ComplianceOptions ALL = new ComplianceOptions(List.of(), Optional.empty());

    public ComplianceOptions {
        frameworks = List.copyOf(frameworks);
    }
}
