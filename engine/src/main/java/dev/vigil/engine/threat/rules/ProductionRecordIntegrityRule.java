package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.DataItem;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.ProductionStep;
import java.util.ArrayList;
import java.util.List;

/**
 * M06: production records (test results, programming and rework records) that can be altered unnoticed,
 * the DITTA risk of quality loss: a failed device released on a falsified record.
 */
final class ProductionRecordIntegrityRule implements Rule {

    @Override
    public String id() {
        return "production-record-integrity";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (ProductionStep step : model.model().production()) {
            if (step.produces().isEmpty()) {
                continue;
            }
            Fact produces = Fact.of("production", step.id(), "produces", step.produces());
            if (step.recordIntegrity().isEmpty()) {
                hits.add(Hit.notEnoughInformation(
                        step.id(),
                        "Production step '" + step.id() + "' produces records but the model does not say how"
                                + " they are protected against change.",
                        produces,
                        Fact.of("production", step.id(), "recordIntegrity", Fact.NOT_STATED)));
            } else if (weak(step.recordIntegrity().get())) {
                hits.add(Hit.weakness(
                        step.id(),
                        "Production step '" + step.id() + "' produces records " + step.produces()
                                + " that anyone with access can alter without trace.",
                        produces,
                        Fact.of(
                                "production",
                                step.id(),
                                "recordIntegrity",
                                step.recordIntegrity().get().wire())));
            }
        }
        for (Flow f : model.flows()) {
            List<String> records = model.dataOf(f).stream()
                    .filter(d -> d.category() == DataItem.Category.PRODUCTION_RECORD)
                    .map(DataItem::id)
                    .toList();
            if (records.isEmpty()) {
                continue;
            }
            Fact data = Fact.flow(f.id(), "data", records);
            if (f.integrity().isEmpty()) {
                hits.add(Hit.notEnoughInformation(
                        f.id(),
                        "Flow '" + f.id() + "' carries production records " + records
                                + " but the model does not say how they are protected against change.",
                        data,
                        Fact.flow(f.id(), "integrity", Fact.NOT_STATED)));
            } else if (weak(f.integrity().get())) {
                hits.add(Hit.weakness(
                        f.id(),
                        "Flow '" + f.id() + "' carries production records " + records + " from '" + f.from() + "' to '"
                                + f.to() + "' that can be altered on the way without trace.",
                        data,
                        Fact.flow(f.id(), "integrity", f.integrity().get().wire())));
            }
        }
        return hits;
    }

    /** A checksum is recomputed by whoever edits the record, so only a MAC or signature counts. */
    private static boolean weak(Flow.Integrity integrity) {
        return integrity == Flow.Integrity.NONE || integrity == Flow.Integrity.CHECKSUM;
    }
}
