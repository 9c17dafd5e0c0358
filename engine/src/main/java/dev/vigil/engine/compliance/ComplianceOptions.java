package dev.vigil.engine.compliance;

import java.util.List;
import java.util.Optional;

/**
 * What to judge: some frameworks (none listed = every framework of the catalog), optionally one
 * lifecycle phase ({@code design}, {@code development}, {@code first-use}, {@code monitoring},
 * {@code end-of-life}), and whether evidence files the model names are checked to exist
 * ({@code fileChecks}; the CLI's {@code --no-file-checks} and a server without the files turn it off).
 */
public record ComplianceOptions(List<String> frameworks, Optional<String> phase, boolean fileChecks) {

    public static final ComplianceOptions ALL = new ComplianceOptions(List.of(), Optional.empty(), true);

    public ComplianceOptions {
        frameworks = List.copyOf(frameworks);
    }

    public ComplianceOptions(List<String> frameworks, Optional<String> phase) {
        this(frameworks, phase, true);
    }

    public ComplianceOptions withoutFileChecks() {
        return new ComplianceOptions(frameworks, phase, false);
    }
}
