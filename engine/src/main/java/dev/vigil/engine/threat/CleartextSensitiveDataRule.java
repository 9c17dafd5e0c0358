package dev.vigil.engine.threat;

import dev.vigil.engine.model.DataItem;
import dev.vigil.engine.model.Flow;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** C01: sensitive data on a flow without encryption. */
final class CleartextSensitiveDataRule implements Rule {

    static final Set<DataItem.Category> SENSITIVE = EnumSet.of(
            DataItem.Category.PHI,
            DataItem.Category.PII,
            DataItem.Category.THERAPY_COMMAND,
            DataItem.Category.THERAPY_SETTING,
            DataItem.Category.CLINICAL_MEASUREMENT,
            DataItem.Category.CREDENTIAL,
            DataItem.Category.CRYPTO_KEY);

    @Override
    public String id() {
        return "cleartext-sensitive-data";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (Flow flow : model.flows()) {
            List<String> sensitive = model.dataOf(flow).stream()
                    .filter(d -> SENSITIVE.contains(d.category()) || d.confidentiality() >= 4)
                    .map(DataItem::id)
                    .toList();
            if (sensitive.isEmpty()) {
                continue;
            }
            if (flow.encryption().isEmpty()) {
                hits.add(Hit.notEnoughInformation(
                        flow.id(),
                        "Flow '" + flow.id() + "' carries sensitive data " + sensitive
                                + " but the model does not say whether it is encrypted.",
                        "flows." + flow.id() + ".encryption=(not stated)"));
            } else if (flow.encryption().get() == Flow.Encryption.NONE) {
                hits.add(Hit.weakness(
                        flow.id(),
                        "Flow '" + flow.id() + "' from '" + flow.from() + "' to '" + flow.to() + "' sends "
                                + sensitive + " without encryption, so anyone on the "
                                + flow.network().map(Flow.Network::wire).orElse("unstated") + " network can read it.",
                        "flows." + flow.id() + ".encryption=none",
                        "flows." + flow.id() + ".data=" + sensitive));
            }
        }
        return hits;
    }
}
