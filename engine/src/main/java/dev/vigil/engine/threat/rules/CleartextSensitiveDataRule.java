package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.DataItem;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.ModelIndex;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * C01: sensitive data on a flow without encryption. Integrity-critical data (firmware, drug libraries and
 * other configuration, therapy commands and settings, alarms, or any item of integrity 4 or 5) counts too
 * unless the flow protects its integrity with a MAC or a signature: in cleartext anyone on the link can
 * read it and rewrite it on the way (ICSMA-21-294-01, ICSMA-20-170-04).
 */
final class CleartextSensitiveDataRule implements Rule {

    static final Set<DataItem.Category> SENSITIVE = EnumSet.of(
            DataItem.Category.PHI,
            DataItem.Category.PII,
            DataItem.Category.THERAPY_COMMAND,
            DataItem.Category.THERAPY_SETTING,
            DataItem.Category.CLINICAL_MEASUREMENT,
            DataItem.Category.CREDENTIAL,
            DataItem.Category.CRYPTO_KEY);

    static final Set<DataItem.Category> INTEGRITY_CRITICAL = EnumSet.of(
            DataItem.Category.FIRMWARE,
            DataItem.Category.CONFIGURATION,
            DataItem.Category.THERAPY_COMMAND,
            DataItem.Category.THERAPY_SETTING,
            DataItem.Category.ALARM);

    @Override
    public String id() {
        return "cleartext-sensitive-data";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (Flow flow : model.flows()) {
            boolean authenticatedIntegrity = flow.integrity()
                    .filter(i -> i == Flow.Integrity.MAC || i == Flow.Integrity.SIGNATURE)
                    .isPresent();
            List<String> sensitive = model.dataOf(flow).stream()
                    .filter(d -> SENSITIVE.contains(d.category())
                            || d.confidentiality() >= 4
                            || (!authenticatedIntegrity && integrityCritical(d)))
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
                        Fact.flow(flow.id(), "encryption", Fact.NOT_STATED)));
            } else if (flow.encryption().get() == Flow.Encryption.NONE) {
                hits.add(Hit.weakness(
                        flow.id(),
                        "Flow '" + flow.id() + "' from '" + flow.from() + "' to '" + flow.to() + "' sends "
                                + sensitive + " without encryption, so anyone on the "
                                + flow.network().map(Flow.Network::wire).orElse("unstated") + " network can read it"
                                + (authenticatedIntegrity ? "." : " and, without a MAC or signature, change it."),
                        Fact.flow(flow.id(), "encryption", "none"),
                        Fact.flow(
                                flow.id(),
                                "integrity",
                                Fact.stated(flow.integrity().map(Flow.Integrity::wire))),
                        Fact.flow(flow.id(), "data", sensitive)));
            }
        }
        return hits;
    }

    static boolean integrityCritical(DataItem d) {
        return INTEGRITY_CRITICAL.contains(d.category()) || d.integrity() >= 4;
    }
}
