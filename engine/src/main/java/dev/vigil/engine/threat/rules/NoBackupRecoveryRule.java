package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Control;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.ModelIndex;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** R03: a store of records, code or production data with no backup flow and no recovery control. */
final class NoBackupRecoveryRule implements Rule {

    static final Set<Component.Kind> STORES = EnumSet.of(
            Component.Kind.DATABASE,
            Component.Kind.FILE_STORE,
            Component.Kind.SOURCE_REPO,
            Component.Kind.BUILD_SERVER,
            Component.Kind.MES);

    @Override
    public String id() {
        return "no-backup-recovery";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        Set<String> recoverable = new HashSet<>();
        for (Control control : model.model().controls()) {
            if (control.category() == Control.Category.RESILIENCY_RECOVERY) {
                recoverable.addAll(control.appliesTo());
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (Component c : model.components()) {
            if (!STORES.contains(c.kind()) || recoverable.contains(c.id())) {
                continue;
            }
            boolean backedUp =
                    model.flowsOf(c).stream().anyMatch(f -> f.purpose().orElse(null) == Flow.Purpose.BACKUP);
            if (!backedUp) {
                hits.add(Hit.weakness(
                        c.id(),
                        c.kind().wire() + " '" + c.id() + "' has no backup flow and no resiliency-recovery control;"
                                + " after ransomware or a disk failure its contents cannot be restored.",
                        Fact.component(c.id(), "kind", c.kind().wire()),
                        new Fact(c.id(), "flows[purpose=backup] of " + c.id(), Fact.NONE),
                        new Fact(
                                c.id(),
                                "controls[category=resiliency-recovery].appliesTo contains " + c.id(),
                                Fact.NONE)));
            }
        }
        return hits;
    }
}
