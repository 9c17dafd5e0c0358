package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.Secret;
import java.util.ArrayList;
import java.util.List;

/** M03: a code-signing key outside an HSM or usable without approval: DITTA's certificate theft or leak. */
final class WeakCodeSigningKeyRule implements Rule {

    @Override
    public String id() {
        return "weak-code-signing-key";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (Secret s : model.model().secrets()) {
            if (s.type() != Secret.Type.CODE_SIGNING) {
                continue;
            }
            List<Fact> weak = new ArrayList<>();
            if (s.protection() != Secret.Protection.HSM) {
                weak.add(Fact.of("secrets", s.id(), "protection", s.protection().wire())
                        .and(" (storedIn " + s.storedIn() + ")"));
            }
            if (s.approval().orElse(null) == Secret.Approval.NONE) {
                weak.add(Fact.of("secrets", s.id(), "approval", Secret.Approval.NONE.wire()));
            }
            Fact approvalNotStated = Fact.of("secrets", s.id(), "approval", Fact.NOT_STATED);
            if (!weak.isEmpty()) {
                if (s.approval().isEmpty()) {
                    weak.add(approvalNotStated);
                }
                hits.add(new Hit(
                        s.id(),
                        Hit.Kind.WEAKNESS,
                        "Code-signing key '" + s.id() + "' can be copied or used without oversight; whoever"
                                + " gets it signs malware that every device accepts as genuine.",
                        weak));
            } else if (s.approval().isEmpty()) {
                hits.add(Hit.notEnoughInformation(
                        s.id(),
                        "The model does not say who must approve a use of code-signing key '" + s.id() + "'.",
                        approvalNotStated));
            }
        }
        return hits;
    }
}
