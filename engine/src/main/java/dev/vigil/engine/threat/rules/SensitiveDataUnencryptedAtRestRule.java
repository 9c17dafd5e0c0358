package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.DataItem;
import dev.vigil.engine.model.ModelIndex;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** P01: patient data, credentials or keys kept at rest without encryption. */
final class SensitiveDataUnencryptedAtRestRule implements Rule {

    static final Set<DataItem.Category> SENSITIVE = EnumSet.of(
            DataItem.Category.PHI, DataItem.Category.PII, DataItem.Category.CREDENTIAL, DataItem.Category.CRYPTO_KEY);

    @Override
    public String id() {
        return "sensitive-data-unencrypted-at-rest";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        return model.components().stream()
                .flatMap(c -> check(model, c).stream())
                .toList();
    }

    private static List<Hit> check(ModelIndex model, Component c) {
        if (UnencryptedDataAtRestRule.covers(model, c)) {
            return List.of(); // a lost or stolen unit at home: reported once, by that rule
        }
        List<String> sensitive = model.storedIn(c).stream()
                .filter(d -> SENSITIVE.contains(d.category()))
                .map(DataItem::id)
                .toList();
        if (sensitive.isEmpty()) {
            return List.of();
        }
        Fact stores = Fact.component(c.id(), "stores", sensitive);
        if (c.encryptedAtRest().isEmpty()) {
            return List.of(Hit.notEnoughInformation(
                    c.id(),
                    "Component '" + c.id() + "' stores " + sensitive
                            + " but the model does not say whether it is encrypted at rest.",
                    stores,
                    Fact.component(c.id(), "encryptedAtRest", Fact.NOT_STATED)));
        }
        if (c.encryptedAtRest().get()) {
            return List.of();
        }
        String categories = model.storedIn(c).stream()
                .filter(d -> SENSITIVE.contains(d.category()))
                .map(d -> d.category().wire())
                .distinct()
                .collect(Collectors.joining(", "));
        return List.of(Hit.weakness(
                c.id(),
                "Component '" + c.id() + "' keeps " + sensitive + " (" + categories + ") unencrypted; whoever"
                        + " gets hold of the unit, its storage or a backup reads them directly.",
                stores,
                Fact.component(c.id(), "encryptedAtRest", false)));
    }
}
