package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.ModelIndex;
import java.util.List;

/**
 * One threat rule: a small class whose id names its metadata file ({@code rules/<id>.yaml}). It reads the
 * model through the {@link ModelIndex} and reports hits; it never decides severity or status.
 */
public interface Rule {

    /** Stable kebab-case id, also the file name of its metadata. */
    String id();

    /** Every weakness the model shows, and every element whose facts are missing for this rule. */
    List<Hit> check(ModelIndex model);
}
