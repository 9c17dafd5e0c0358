package dev.vigil.engine.diagram;

import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.UseCase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The security architecture views of a model (FDA premarket guidance): data flow, global system,
 * multi-patient harm, updatability and one sequence diagram per use case, in that order. The same model
 * always gives the same PlantUML text.
 */
public final class Diagrams {

    /**
     * Above this many boxes plus arrows a graph view is drawn at zone level instead, and its title says
     * so. Smetana (the pure-Java Graphviz port) slows down steeply and starts failing to route edges
     * beyond it: measured on 2 loaded cores, 122 elements took about 1 s, 200 more than 120 s.
     */
    public static final int DETAIL_LIMIT = 150;

    private Diagrams() {}

    public static List<Diagram> of(ModelIndex index) {
        List<Diagram> views = new ArrayList<>();
        views.add(DataFlowView.of(index));
        views.add(GlobalSystemView.of(index));
        views.add(MultiPatientHarmView.of(index));
        views.add(UpdatabilityView.of(index));
        index.model().useCases().stream()
                .sorted(Comparator.comparing(UseCase::id))
                .forEach(u -> views.add(UseCaseView.of(index, u)));
        return List.copyOf(views);
    }
}
