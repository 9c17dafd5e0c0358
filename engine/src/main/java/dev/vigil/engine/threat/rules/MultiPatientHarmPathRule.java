package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.DataItem;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.Zone;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * S01: a component whose compromise reaches many patients (fleet server, shared programmer, store of many
 * patients' data) that an internet attacker can reach without mutual authentication, or whose remote
 * privileged accounts lack a second factor.
 */
final class MultiPatientHarmPathRule implements Rule {

    static final Set<Zone.Type> PATIENT_SIDE =
            EnumSet.of(Zone.Type.BODY_AREA, Zone.Type.PERSONAL_DEVICE, Zone.Type.HOME_NETWORK);

    @Override
    public String id() {
        return "multi-patient-harm-path";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (Component c : model.components()) {
            List<Fact> reach = multiPatientFacts(model, c);
            if (reach.isEmpty()) {
                continue;
            }
            List<Fact> weak = new ArrayList<>();
            List<Fact> unknown = new ArrayList<>();
            for (Flow f : model.flowsTo(c)) {
                if (f.network().orElse(null) != Flow.Network.INTERNET) {
                    continue;
                }
                String authentication = Fact.stated(f.authentication().map(Flow.Authentication::wire));
                Fact fact = Fact.flow(f.id(), "authentication", authentication)
                        .worded("flows." + f.id() + ".network=internet, authentication=" + authentication);
                if (f.authentication().isEmpty()) {
                    unknown.add(fact);
                } else if (f.authentication().get() != Flow.Authentication.MUTUAL) {
                    weak.add(fact);
                }
            }
            for (Component.Account a : c.accounts()) {
                if (a.privileged().orElse(false)
                        && a.remote().orElse(false)
                        && !a.mfa().orElse(false)) {
                    weak.add(Fact.remotePrivilegedMfa(c.id(), a));
                }
            }
            List<Fact> facts = new ArrayList<>(reach);
            if (!weak.isEmpty()) {
                facts.addAll(weak);
                facts.addAll(unknown);
                hits.add(new Hit(
                        c.id(),
                        Hit.Kind.WEAKNESS,
                        "Multi-patient: component '" + c.id() + "' can harm many patients at once and an"
                                + " attacker on the internet can reach it without strong authentication.",
                        facts));
            } else if (!unknown.isEmpty()) {
                facts.addAll(unknown);
                hits.add(new Hit(
                        c.id(),
                        Hit.Kind.NOT_ENOUGH_INFORMATION,
                        "Multi-patient: component '" + c.id() + "' can harm many patients at once but the model"
                                + " does not say how its internet flows are authenticated.",
                        facts));
            }
        }
        return hits;
    }

    /** Why the component reaches many patients; empty when it does not. */
    static List<Fact> multiPatientFacts(ModelIndex model, Component c) {
        List<Fact> facts = new ArrayList<>();
        if (c.safety().multiPatient().orElse(false)) {
            facts.add(Fact.component(c.id(), "safety.multiPatient", true));
        }
        if (PATIENT_SIDE.contains(model.zoneOf(c).type())) {
            // A patient's own phone or device holds only that patient's share of a many-patient data set.
            return facts;
        }
        for (DataItem d : model.storedIn(c)) {
            if (d.quantity().orElse(null) == DataItem.Quantity.MANY_PATIENTS) {
                facts.add(
                        Fact.component(c.id(), "stores", d.id()).and(" (data." + d.id() + ".quantity=many-patients)"));
            }
        }
        return facts;
    }
}
