package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.DataItem;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.SystemInfo;
import dev.vigil.engine.model.Zone;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * D07: sensitive data stored in clear on a unit that sits in a home or public place, where it can be lost,
 * stolen or handed on without being wiped. Only units in such places count: a cloud database of a home-use
 * product is not on the patient's nightstand. Sensitive means patient data, keys and credentials, and any
 * data whose confidentiality need is 4 or more (stored electrograms are health data whatever their category).
 */
final class UnencryptedDataAtRestRule implements Rule {

    static final Set<DataItem.Category> SENSITIVE = EnumSet.of(
            DataItem.Category.PHI, DataItem.Category.PII, DataItem.Category.CRYPTO_KEY, DataItem.Category.CREDENTIAL);
    static final Set<Zone.Type> OUTSIDE_CARE =
            EnumSet.of(Zone.Type.BODY_AREA, Zone.Type.PERSONAL_DEVICE, Zone.Type.HOME_NETWORK);

    @Override
    public String id() {
        return "unencrypted-data-at-rest";
    }

    /**
     * True when this rule judges the component's stored data: a product used at home or in public whose
     * component sits where patients or the public can take it away. The general stored-data rule leaves
     * such components to this one, so one weakness gives one finding.
     */
    static boolean covers(ModelIndex model, Component c) {
        boolean homeOrPublic = model.model().system().environments().stream()
                .anyMatch(e -> e == SystemInfo.Environment.HOME || e == SystemInfo.Environment.PUBLIC);
        return homeOrPublic && physicallyExposed(model.zoneOf(c));
    }

    private static boolean physicallyExposed(Zone zone) {
        return OUTSIDE_CARE.contains(zone.type())
                || zone.physicalAccess()
                        .filter(a -> a == Zone.PhysicalAccess.PUBLIC || a == Zone.PhysicalAccess.PATIENT)
                        .isPresent();
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<SystemInfo.Environment> environments = model.model().system().environments().stream()
                .filter(e -> e == SystemInfo.Environment.HOME || e == SystemInfo.Environment.PUBLIC)
                .toList();
        if (environments.isEmpty()) {
            return List.of();
        }
        Fact used = new Fact(
                model.model().system().id(),
                "system.environments",
                environments.stream().map(SystemInfo.Environment::wire).toList().toString());
        List<Hit> hits = new ArrayList<>();
        for (Component c : model.components()) {
            Zone zone = model.zoneOf(c);
            if (!physicallyExposed(zone)) {
                continue;
            }
            List<String> sensitive = model.storedIn(c).stream()
                    .filter(d -> SENSITIVE.contains(d.category()) || d.confidentiality() >= 4)
                    .map(DataItem::id)
                    .toList();
            if (sensitive.isEmpty()) {
                continue;
            }
            Fact stores = Fact.component(c.id(), "stores", sensitive);
            Fact where = Fact.component(c.id(), "zone", zone.id())
                    .and(" (" + zone.type().wire() + ")");
            if (c.encryptedAtRest().isEmpty()) {
                hits.add(Hit.notEnoughInformation(
                        c.id(),
                        "Component '" + c.id() + "' stores " + sensitive + " outside a care facility but the model"
                                + " does not say whether it encrypts them.",
                        Fact.component(c.id(), "encryptedAtRest", Fact.NOT_STATED),
                        stores,
                        where,
                        used));
            } else if (!c.encryptedAtRest().get()) {
                hits.add(Hit.weakness(
                        c.id(),
                        "Component '" + c.id() + "' stores " + sensitive + " unencrypted in zone '" + zone.id()
                                + "' of a product used at "
                                + environments.stream()
                                        .map(SystemInfo.Environment::wire)
                                        .toList()
                                + "; a lost, stolen or resold unit gives them away.",
                        Fact.component(c.id(), "encryptedAtRest", false),
                        stores,
                        where,
                        used));
            }
        }
        return hits;
    }
}
