package dev.vigil.engine.vex;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a product is not affected: the five justifications CISA's "Status Justifications" defines and
 * OpenVEX and CSAF ({@code flags[].label}) adopt verbatim. CycloneDX has its own, finer list, mapped by
 * {@link #fromCycloneDx}.
 */
public enum VexJustification {
    COMPONENT_NOT_PRESENT,
    VULNERABLE_CODE_NOT_PRESENT,
    VULNERABLE_CODE_NOT_IN_EXECUTE_PATH,
    VULNERABLE_CODE_CANNOT_BE_CONTROLLED_BY_ADVERSARY,
    INLINE_MITIGATIONS_ALREADY_EXIST;

    /** The label as OpenVEX and CSAF spell it, e.g. {@code vulnerable_code_not_present}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The justification for an OpenVEX justification or CSAF flag label, if it is one. */
    public static Optional<VexJustification> fromId(String id) {
        return Arrays.stream(values()).filter(j -> j.id().equals(id)).findFirst();
    }

    /**
     * The nearest CISA justification for a CycloneDX {@code analysis.justification}. CycloneDX's
     * {@code requires_*} values say the vulnerable code is present but cannot be reached without a
     * configuration, dependency or environment the product lacks, which CISA calls "not in execute path";
     * its {@code protected_*} values are mitigations.
     */
    public static Optional<VexJustification> fromCycloneDx(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value) {
            case "code_not_present" -> Optional.of(VULNERABLE_CODE_NOT_PRESENT);
            case "code_not_reachable",
                    "requires_configuration",
                    "requires_dependency",
                    "requires_environment" -> Optional.of(VULNERABLE_CODE_NOT_IN_EXECUTE_PATH);
            case "protected_by_compiler",
                    "protected_at_runtime",
                    "protected_at_perimeter",
                    "protected_by_mitigating_control" -> Optional.of(INLINE_MITIGATIONS_ALREADY_EXIST);
            default -> Optional.empty();
        };
    }

    /**
     * The CycloneDX value written for this justification. CycloneDX has no "component not present" nor
     * "cannot be controlled by adversary"; the nearest values lose only that nuance, and the OpenVEX label is
     * kept beside it in the written detail.
     */
    public String toCycloneDx() {
        return switch (this) {
            case COMPONENT_NOT_PRESENT, VULNERABLE_CODE_NOT_PRESENT -> "code_not_present";
            case VULNERABLE_CODE_NOT_IN_EXECUTE_PATH -> "code_not_reachable";
            case VULNERABLE_CODE_CANNOT_BE_CONTROLLED_BY_ADVERSARY -> "protected_by_mitigating_control";
            case INLINE_MITIGATIONS_ALREADY_EXIST -> "protected_by_mitigating_control";
        };
    }
}
