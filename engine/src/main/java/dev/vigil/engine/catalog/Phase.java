package dev.vigil.engine.catalog;

import java.util.List;

/**
 * A lifecycle phase. The ids follow ANSM's five phases, which are also the sections of the model's
 * {@code lifecycle} evidence ({@code lifecycleKey}); other frameworks' stages map onto them.
 */
public record Phase(String id, String title, String lifecycleKey, String summary, List<String> mappedStages) {
    public Phase {
        mappedStages = List.copyOf(mappedStages);
    }
}
