package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.DataItem;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.ModelIndex;
import java.util.ArrayList;
import java.util.List;

/** S03: alarms that can be forged or silently altered on the way to whoever must act on them. */
final class UnauthenticatedAlarmRule implements Rule {

    @Override
    public String id() {
        return "unauthenticated-alarm";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (Flow f : model.flows()) {
            List<String> alarms = model.dataOf(f).stream()
                    .filter(d -> d.category() == DataItem.Category.ALARM)
                    .map(DataItem::id)
                    .toList();
            if (alarms.isEmpty()) {
                continue;
            }
            List<Fact> weak = new ArrayList<>();
            List<Fact> unknown = new ArrayList<>();
            f.authentication()
                    .ifPresentOrElse(
                            a -> {
                                if (a == Flow.Authentication.NONE) {
                                    weak.add(Fact.flow(f.id(), "authentication", a.wire()));
                                }
                            },
                            () -> unknown.add(Fact.flow(f.id(), "authentication", Fact.NOT_STATED)));
            // A checksum catches noise, not an attacker who recomputes it.
            f.integrity()
                    .ifPresentOrElse(
                            i -> {
                                if (i == Flow.Integrity.NONE || i == Flow.Integrity.CHECKSUM) {
                                    weak.add(Fact.flow(f.id(), "integrity", i.wire()));
                                }
                            },
                            () -> unknown.add(Fact.flow(f.id(), "integrity", Fact.NOT_STATED)));
            Fact data = Fact.flow(f.id(), "data", alarms);
            if (!weak.isEmpty()) {
                List<Fact> facts = new ArrayList<>(weak);
                facts.addAll(unknown);
                facts.add(data);
                hits.add(new Hit(
                        f.id(),
                        Hit.Kind.WEAKNESS,
                        "Flow '" + f.id() + "' carries alarms " + alarms + " that an attacker can forge, suppress"
                                + " or alter unnoticed, so a real emergency may go unanswered.",
                        facts));
            } else if (!unknown.isEmpty()) {
                List<Fact> facts = new ArrayList<>(unknown);
                facts.add(data);
                hits.add(new Hit(
                        f.id(),
                        Hit.Kind.NOT_ENOUGH_INFORMATION,
                        "Flow '" + f.id() + "' carries alarms " + alarms + " but the model does not say how they"
                                + " are authenticated or protected against change.",
                        facts));
            }
        }
        return hits;
    }
}
