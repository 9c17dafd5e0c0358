package dev.vigil.engine.support;

import dev.vigil.engine.model.WireValue;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One stated end of support: what it concerns ({@code scope}), which stage of IMDRF N70's lifecycle ends
 * ({@code stage}), the thing in words ({@code subject}: the system, a component's platform or an SBOM entry
 * with its component) and the date.
 */
public record SupportEnd(Scope scope, Stage stage, String subject, LocalDate date) {

    public SupportEnd {
        Objects.requireNonNull(scope, "scope == null");
        Objects.requireNonNull(stage, "stage == null");
        Objects.requireNonNull(subject, "subject == null");
        Objects.requireNonNull(date, "date == null");
    }

    /** Where the date was stated. */
    public enum Scope implements WireValue {
        /** {@code lifecycle.endOfLife} of the system as a whole (the release under assessment). */
        SYSTEM,
        /** {@code components[].software.supportEnds}: the platform (operating system) a component runs on. */
        PLATFORM,
        /** An SBOM entry's end-of-support date (the FDA SBOM element) of a component's SBOM. */
        SBOM_COMPONENT
    }

    /**
     * IMDRF N70's stages: the end of guaranteed support (the N70 final's EOL, after which only limited support
     * remains) and the end of support (EOS, after which nothing is fixed). A platform's or an SBOM entry's
     * single date is its end of support.
     */
    public enum Stage implements WireValue {
        END_OF_GUARANTEED_SUPPORT,
        END_OF_SUPPORT;

        String words() {
            return this == END_OF_GUARANTEED_SUPPORT ? "guaranteed support" : "support";
        }
    }

    /** The subject with what ends, e.g. "guaranteed support of system 'glucoflow'". */
    String what() {
        return stage.words() + " of " + subject;
    }
}
