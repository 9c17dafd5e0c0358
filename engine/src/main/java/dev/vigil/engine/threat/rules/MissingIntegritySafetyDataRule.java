package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.DataItem;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.ModelIndex;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * C05: safety-relevant data without cryptographic integrity. A checksum only catches noise; anyone who
 * changes the data recomputes it.
 */
final class MissingIntegritySafetyDataRule implements Rule {

    static final Set<DataItem.Category> SAFETY_RELEVANT = EnumSet.of(
            DataItem.Category.THERAPY_COMMAND,
            DataItem.Category.THERAPY_SETTING,
            DataItem.Category.ALARM,
            DataItem.Category.CLINICAL_MEASUREMENT,
            DataItem.Category.FIRMWARE);

    @Override
    public String id() {
        return "missing-integrity-safety-data";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (Flow flow : model.flows()) {
            List<String> relevant = model.dataOf(flow).stream()
                    .filter(d -> SAFETY_RELEVANT.contains(d.category()))
                    .map(DataItem::id)
                    .toList();
            if (relevant.isEmpty()) {
                continue;
            }
            if (flow.integrity().isEmpty()) {
                hits.add(Hit.notEnoughInformation(
                        flow.id(),
                        "Flow '" + flow.id() + "' carries safety-relevant data " + relevant
                                + " but the model does not say how its integrity is protected.",
                        Fact.flow(flow.id(), "integrity", Fact.NOT_STATED),
                        Fact.flow(flow.id(), "data", relevant)));
            } else if (flow.integrity().get() == Flow.Integrity.NONE
                    || flow.integrity().get() == Flow.Integrity.CHECKSUM) {
                hits.add(Hit.weakness(
                        flow.id(),
                        "Flow '" + flow.id() + "' from '" + flow.from() + "' to '" + flow.to() + "' carries "
                                + relevant + " with integrity "
                                + flow.integrity().get().wire()
                                + "; altered doses, alarms, readings or images would be accepted as genuine.",
                        Fact.flow(flow.id(), "integrity", flow.integrity().get().wire()),
                        Fact.flow(flow.id(), "data", relevant)));
            }
        }
        return hits;
    }
}
