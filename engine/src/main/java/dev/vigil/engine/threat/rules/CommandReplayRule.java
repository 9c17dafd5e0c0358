package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.DataItem;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.ModelIndex;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** C03: therapy commands or settings travel without replay protection. */
final class CommandReplayRule implements Rule {

    static final Set<DataItem.Category> THERAPY =
            EnumSet.of(DataItem.Category.THERAPY_COMMAND, DataItem.Category.THERAPY_SETTING);

    @Override
    public String id() {
        return "command-replay";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (Flow flow : model.flows()) {
            List<String> therapy = model.dataOf(flow).stream()
                    .filter(d -> THERAPY.contains(d.category()))
                    .map(DataItem::id)
                    .toList();
            if (therapy.isEmpty()) {
                continue;
            }
            if (flow.replayProtection().isEmpty()) {
                hits.add(Hit.notEnoughInformation(
                        flow.id(),
                        "Flow '" + flow.id() + "' carries therapy data " + therapy
                                + " but the model does not say whether recorded messages can be replayed.",
                        Fact.flow(flow.id(), "replayProtection", Fact.NOT_STATED),
                        Fact.flow(flow.id(), "data", therapy)));
            } else if (!flow.replayProtection().get()) {
                hits.add(Hit.weakness(
                        flow.id(),
                        "Flow '" + flow.id() + "' from '" + flow.from() + "' to '" + flow.to()
                                + "' carries therapy data "
                                + therapy + " without replay protection; a recorded command can be sent again"
                                + " later, even when it is encrypted and authenticated.",
                        Fact.flow(flow.id(), "replayProtection", false),
                        Fact.flow(flow.id(), "data", therapy)));
            }
        }
        return hits;
    }
}
