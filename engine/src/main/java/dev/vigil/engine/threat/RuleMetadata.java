package dev.vigil.engine.threat;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The descriptive half of a rule, kept in {@code rules/<id>.yaml}: what it is called, how it is classified
 * (STRIDE, CWE, CAPEC, DITTA principle, FDA control category, catalog themes), what mitigates it and why it
 * matters, in our own words. A rule with a {@code processSeverity} finds process gaps (a missing SBOM, a
 * platform whose support is about to end): they are not attack paths, so they are rated at that severity
 * without a CVSS vector instead of restating the most exposed flow as an attack.
 */
public record RuleMetadata(
        String id,
        String title,
        Category category,
        Scope scope,
        List<String> stride,
        List<String> cwe,
        List<String> capec,
        String dittaPrinciple,
        String fdaControlCategory,
        List<String> themes,
        List<String> mitigations,
        String rationale,
        Optional<String> processSeverity) {

    /** The severities a process finding may be given ({@code processSeverity} in the metadata). */
    public static final java.util.Set<String> PROCESS_SEVERITIES = java.util.Set.of("high", "medium", "low");

    /** A rule about an attack path: its findings are scored with a CVSS vector derived from the model. */
    public RuleMetadata(
            String id,
            String title,
            Category category,
            Scope scope,
            List<String> stride,
            List<String> cwe,
            List<String> capec,
            String dittaPrinciple,
            String fdaControlCategory,
            List<String> themes,
            List<String> mitigations,
            String rationale) {
        this(
                id,
                title,
                category,
                scope,
                stride,
                cwe,
                capec,
                dittaPrinciple,
                fdaControlCategory,
                themes,
                mitigations,
                rationale,
                Optional.empty());
    }

    public RuleMetadata {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(processSeverity, "processSeverity == null");
        stride = List.copyOf(stride);
        cwe = List.copyOf(cwe);
        capec = List.copyOf(capec);
        themes = List.copyOf(themes);
        mitigations = List.copyOf(mitigations);
    }

    /** Which kind of system a rule looks at. */
    public enum Scope {
        PRODUCT,
        SITE,
        BOTH;

        boolean includes(dev.vigil.engine.model.SystemInfo.Kind kind) {
            return this == BOTH || name().equalsIgnoreCase(kind.name());
        }
    }

    /** The rule families of the catalog of rules. */
    public enum Category {
        COMMUNICATIONS,
        DEVICE,
        UPDATES,
        ACCESS,
        DATA,
        SAFETY,
        MONITORING,
        MANUFACTURING,
        COMPLETENESS
    }
}
