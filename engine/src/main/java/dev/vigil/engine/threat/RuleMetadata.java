package dev.vigil.engine.threat;

import java.util.List;
import java.util.Objects;

/**
 * The descriptive half of a rule, kept in {@code rules/<id>.yaml}: what it is called, how it is classified
 * (STRIDE, CWE, CAPEC, DITTA principle, FDA control category, catalog themes), what mitigates it and why it
 * matters, in our own words.
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
        String rationale) {

    public RuleMetadata {
        Objects.requireNonNull(id, "id == null");
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
