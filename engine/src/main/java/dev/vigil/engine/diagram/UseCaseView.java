package dev.vigil.engine.diagram;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.UseCase;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A security use-case view as a sequence diagram: the use case's flows in its order as messages between
 * the components, each annotated with authentication, encryption, pairing, integrity and replay
 * protection. Sequence diagrams need no graph layout, so they render quickly at any size; very long use
 * cases are still capped to keep the picture readable.
 */
final class UseCaseView {

    static final int MESSAGE_LIMIT = 200;

    /** Characters of one message line: PlantUML refuses a message line of about 2,000 characters. */
    static final int LINE_LIMIT = 1900;

    private UseCaseView() {}

    static Diagram of(ModelIndex index, UseCase useCase) {
        List<Flow> flows = useCase.flows().stream().map(index::flow).toList();
        String title = "Use case " + useCase.id() + ": " + useCase.name() + " (state "
                + useCase.state().map(UseCase.State::wire).orElse("not stated") + ")";
        if (flows.size() > MESSAGE_LIMIT) {
            title += " (first " + MESSAGE_LIMIT + " of " + flows.size() + " flows drawn)";
        }
        Puml p = Puml.start(title, false);
        Set<String> participants = new LinkedHashSet<>();
        flows.stream().limit(MESSAGE_LIMIT).forEach(f -> {
            participants.add(f.from());
            participants.add(f.to());
        });
        for (String id : participants) {
            Component c = index.component(id);
            p.line("participant "
                    + Puml.quoted(Puml.lines(Labels.name(c), "[" + c.kind().wire() + "] zone " + c.zone())) + " as "
                    + Puml.alias("c", id));
        }
        int n = 0;
        for (Flow f : flows.subList(0, Math.min(flows.size(), MESSAGE_LIMIT))) {
            n++;
            String label = n + ". " + f.id() + ": " + f.protocol().orElse("protocol not stated") + "\n"
                    + Labels.data(f) + "\n" + Labels.protection(f) + ", replay protection "
                    + Puml.flag(f.replayProtection(), "yes", "no");
            String arrow = Puml.alias("c", f.from()) + " -> " + Puml.alias("c", f.to()) + " : ";
            p.line(arrow + Puml.text(label, LINE_LIMIT - arrow.length()));
        }
        if (flows.isEmpty()) {
            // A legend, not "note across": a sequence diagram without participants refuses notes.
            p.line("legend");
            p.line(Puml.text("The use case lists no flows."));
            p.line("endlegend");
        }
        return new Diagram("use-case-" + useCase.id(), title, Diagram.Kind.USE_CASE, p.end());
    }
}
