package dev.vigil.engine.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a requirement's {@code evidence} and {@code blockedBy} lists; the vocabulary check is in {@link CatalogCheck}. */
final class EvidenceTerms {
    static final List<String> FINDING_TAGS = List.of("theme", "fdaControl", "dittaPrinciple");

    private EvidenceTerms() {}

    static List<Evidence> evidence(YamlMap requirement) {
        List<Evidence> out = new ArrayList<>();
        for (Map.Entry<String, String> term : requirement.pairs("evidence")) {
            String value = term.getValue();
            switch (term.getKey()) {
                case "lifecycle" -> out.add(new Evidence.Lifecycle(value));
                case "control" -> out.add(new Evidence.Control(value));
                case "model" -> out.add(modelFact(value));
                case "sbom" -> out.add(new Evidence.Sbom(value));
                case "view" -> out.add(new Evidence.View(value));
                default -> requirement.problem("unknown evidence kind '" + term.getKey()
                        + "' (allowed: lifecycle, control, model, sbom, view)");
            }
        }
        return out;
    }

    static List<FindingSelector> blockers(YamlMap requirement) {
        List<FindingSelector> out = new ArrayList<>();
        for (Map.Entry<String, String> term : requirement.pairs("blockedBy")) {
            if (FINDING_TAGS.contains(term.getKey())) {
                out.add(new FindingSelector(term.getKey(), term.getValue()));
            } else {
                requirement.problem("unknown finding tag '" + term.getKey() + "' in blockedBy (allowed: "
                        + String.join(", ", FINDING_TAGS) + ")");
            }
        }
        return out;
    }

    /** {@code path}, {@code path=value} or {@code path!=value}. */
    static Evidence.ModelFact modelFact(String text) {
        int ne = text.indexOf("!=");
        if (ne > 0) {
            return new Evidence.ModelFact(
                    text.substring(0, ne).strip(),
                    Evidence.Operator.NOT_EQUALS,
                    text.substring(ne + 2).strip());
        }
        int eq = text.indexOf('=');
        if (eq > 0) {
            return new Evidence.ModelFact(
                    text.substring(0, eq).strip(),
                    Evidence.Operator.EQUALS,
                    text.substring(eq + 1).strip());
        }
        return new Evidence.ModelFact(text, Evidence.Operator.STATED, null);
    }
}
