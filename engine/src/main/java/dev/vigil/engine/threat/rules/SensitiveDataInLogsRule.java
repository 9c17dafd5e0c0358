package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.DataItem;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.ModelIndex;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * P02: patient data, credentials or keys sent to a log sink. A sink is a log server or a component whose
 * only function is logging; multi-purpose services that also log are left out, because the model cannot
 * tell whether their clinical payload ends up in their logs.
 */
final class SensitiveDataInLogsRule implements Rule {

    static final Set<DataItem.Category> SECRET_OR_PATIENT =
            EnumSet.of(DataItem.Category.PHI, DataItem.Category.CREDENTIAL, DataItem.Category.CRYPTO_KEY);

    @Override
    public String id() {
        return "sensitive-data-in-logs";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (Flow flow : model.flows()) {
            Component sink = model.component(flow.to());
            if (!isLogSink(sink)) {
                continue;
            }
            List<String> sensitive = model.dataOf(flow).stream()
                    .filter(d -> SECRET_OR_PATIENT.contains(d.category()))
                    .map(DataItem::id)
                    .toList();
            if (!sensitive.isEmpty()) {
                hits.add(Hit.weakness(
                        flow.id(),
                        "Flow '" + flow.id() + "' sends " + sensitive + " to log sink '" + sink.id()
                                + "'; logs are kept long, read by many and copied widely, so patient data"
                                + " and secrets in them leak far beyond their intended use.",
                        Fact.flow(flow.id(), "to", sink.id()),
                        sink.kind() == Component.Kind.LOG_SERVER
                                ? Fact.component(sink.id(), "kind", Component.Kind.LOG_SERVER.wire())
                                : Fact.component(sink.id(), "functions", List.of(Component.Function.LOGGING.wire())),
                        Fact.flow(flow.id(), "data", sensitive)));
            }
        }
        return hits;
    }

    static boolean isLogSink(Component c) {
        return c.kind() == Component.Kind.LOG_SERVER
                || (!c.functions().isEmpty() && c.functions().stream().allMatch(f -> f == Component.Function.LOGGING));
    }
}
