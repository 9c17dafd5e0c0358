package dev.vigil.engine.risk;

import dev.vigil.engine.cvss.CvssV31Base;
import dev.vigil.engine.cvss.CvssV31Base.AttackComplexity;
import dev.vigil.engine.cvss.CvssV31Base.Impact;
import dev.vigil.engine.cvss.CvssV31Base.PrivilegesRequired;
import dev.vigil.engine.cvss.CvssV31Base.Scope;
import dev.vigil.engine.cvss.CvssV31Base.UserInteraction;
import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.DataItem;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.Hazard;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.Secret;
import dev.vigil.engine.model.Update;
import dev.vigil.engine.threat.ThreatEngine.Detection;
import dev.vigil.engine.threat.rules.Fact;
import dev.vigil.engine.threat.rules.Hit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Scores findings, in one place: exploitability and a CVSS v3.1 base vector from the model, impact from
 * the affected data's C/I/A needs restricted by the rule's STRIDE categories, patient harm from hazards,
 * and controlled/uncontrolled from the risk matrix. One scorer per model; not thread-safe.
 */
public final class RiskScorer {

    private final ModelIndex index;
    private final RiskMatrix matrix;
    private final Reaches reaches;
    private final VectorDerivation derivation;
    private final Map<String, Double> scores = new HashMap<>();

    public RiskScorer(ModelIndex index, RiskMatrix matrix) {
        this.index = index;
        this.matrix = matrix;
        this.reaches = new Reaches(index);
        this.derivation = new VectorDerivation(index);
    }

    public RiskScore score(Detection detection) {
        Hit hit = detection.hit();
        Reach reach = reaches.of(hit.element());
        Derived d = derive(reach, hit.typedFacts());
        VectorDerivation.Entry entry = d.entry();
        var ac = d.ac();
        var pr = d.pr();
        var ui = d.ui();
        var scope = d.scope();
        int band = d.exploitability().band();
        Exploitability exploitability = d.exploitability();

        List<String> impactReasons = new ArrayList<>();
        Set<String> stride = Set.copyOf(detection.rule().stride());
        boolean elevation = stride.contains("elevation-of-privilege");
        Impact c = impact(
                "C",
                stride.contains("information-disclosure") || elevation,
                reach,
                DataItem::confidentiality,
                impactReasons);
        Impact i = impact(
                "I",
                elevation
                        || stride.contains("tampering")
                        || stride.contains("spoofing")
                        || stride.contains("repudiation"),
                reach,
                DataItem::integrity,
                impactReasons);
        Impact a = impact(
                "A", elevation || stride.contains("denial-of-service"), reach, DataItem::availability, impactReasons);
        String vector = CvssV31Base.builder()
                .attackVector(entry.vector().metric())
                .attackComplexity(ac.metric())
                .privilegesRequired(pr.metric())
                .userInteraction(ui.metric())
                .scope(scope.metric())
                .confidentiality(c)
                .integrity(i)
                .availability(a)
                .build()
                .vector();
        double cvss = scores.computeIfAbsent(vector, RiskScorer::cvss);

        List<Hazard> hazards = reach.components().stream()
                .flatMap(comp -> index.hazardsOf(comp).stream())
                .distinct()
                .sorted(Comparator.comparing(Hazard::id))
                .toList();
        Optional<Hazard.Severity> harm = hazards.stream().map(Hazard::severity).max(Comparator.naturalOrder());
        boolean weakness = hit.kind() == Hit.Kind.WEAKNESS;
        Optional<String> process = detection.rule().processSeverity();
        if (weakness
                && (process.isPresent()
                        || hit.element().equals(index.model().system().id()))) {
            // A process gap (no SBOM, no CVD policy, support about to end) is not an attack path: a CVSS
            // vector would only restate the most exposed flow. It is rated at the rule's process severity
            // (medium for gaps of the whole system), without a vector and without a controlled/uncontrolled
            // verdict, and the hazards it leaves open are listed.
            Severity rated = process.map(p -> Severity.valueOf(p.toUpperCase(java.util.Locale.ROOT)))
                    .orElse(Severity.MEDIUM);
            impactReasons.add("process finding: rated " + rated.wire() + ", no attack vector");
            return new RiskScore(
                    exploitability,
                    null,
                    0.0,
                    rated,
                    harm,
                    hazards.stream().map(Hazard::id).toList(),
                    Optional.empty(),
                    impactReasons);
        }
        Optional<Boolean> controlled = weakness ? harm.map(h -> matrix.isControlled(band, h)) : Optional.empty();
        return new RiskScore(
                exploitability,
                weakness ? vector : null,
                weakness ? cvss : 0.0,
                weakness ? Severity.of(cvss) : Severity.INFO,
                harm,
                hazards.stream().map(Hazard::id).toList(),
                controlled,
                impactReasons);
    }

    /**
     * The exposure of one model element to a vulnerability reported in it (a postmarket case): exploitability
     * derived from the model as for a finding, a vector that assumes every impact the element's data allows
     * (a reported vulnerability has no STRIDE category to narrow it), and the patient harm that the essential
     * functions of the components it reaches can lead to.
     */
    public ElementExposure exposure(String elementId) {
        Reach reach = reaches.of(elementId);
        Derived d = derive(reach, List.of());
        VectorDerivation.Entry entry = d.entry();
        var ac = d.ac();
        var pr = d.pr();
        var ui = d.ui();
        var scope = d.scope();
        Exploitability exploitability = d.exploitability();
        List<String> impactReasons = new ArrayList<>();
        String vector = CvssV31Base.builder()
                .attackVector(entry.vector().metric())
                .attackComplexity(ac.metric())
                .privilegesRequired(pr.metric())
                .userInteraction(ui.metric())
                .scope(scope.metric())
                .confidentiality(impact("C", true, reach, DataItem::confidentiality, impactReasons))
                .integrity(impact("I", true, reach, DataItem::integrity, impactReasons))
                .availability(impact("A", true, reach, DataItem::availability, impactReasons))
                .build()
                .vector();
        List<Hazard> hazards = reach.components().stream()
                .flatMap(comp -> index.hazardsOf(comp).stream())
                .distinct()
                .sorted(Comparator.comparing(Hazard::id))
                .toList();
        return new ElementExposure(
                elementId,
                reach.scope(),
                reach.components().stream().map(Component::id).toList(),
                exploitability,
                vector,
                scores.computeIfAbsent(vector, RiskScorer::cvss),
                hazards.stream().map(Hazard::severity).max(Comparator.naturalOrder()),
                hazards.stream().map(Hazard::id).toList(),
                impactReasons);
    }

    /** The exploitability metrics of a reach, as a finding and an element's exposure both derive them. */
    private record Derived(
            VectorDerivation.Entry entry,
            VectorDerivation.Picked<AttackComplexity> ac,
            VectorDerivation.Picked<PrivilegesRequired> pr,
            VectorDerivation.Picked<UserInteraction> ui,
            VectorDerivation.Picked<Scope> scope,
            Exploitability exploitability) {}

    private Derived derive(Reach reach, List<Fact> facts) {
        VectorDerivation.Entry entry = derivation.attackVector(reach, facts);
        var ac = derivation.attackComplexity(entry.flows());
        var pr = derivation.privilegesRequired(reach, entry);
        var ui = derivation.userInteraction(reach);
        var scope = derivation.scope(reach);
        double sub = subScore(entry.vector().metric(), ac.metric(), pr.metric(), ui.metric(), scope.metric());
        List<String> multi = multiPatientReasons(reach);
        int band = Math.min(RiskMatrix.BANDS, band(sub) + (multi.isEmpty() ? 0 : 1));
        return new Derived(
                entry,
                ac,
                pr,
                ui,
                scope,
                new Exploitability(
                        entry.vector().factor(),
                        ac.factor(),
                        pr.factor(),
                        ui.factor(),
                        scope.factor(),
                        sub,
                        band,
                        multi));
    }

    /** The matrix this scorer decides with. */
    public RiskMatrix matrix() {
        return matrix;
    }

    private static double cvss(String vector) {
        try {
            return dev.vigil.engine.cvss.Cvss.score(vector).baseScore();
        } catch (dev.vigil.engine.cvss.InvalidCvssVectorException e) {
            throw new IllegalStateException("derived vector rejected: " + vector, e);
        }
    }

    /** The CVSS v3.1 exploitability sub-score, 8.22 × AV × AC × PR × UI (FIRST specification, section 7.1). */
    public static double subScore(
            CvssV31Base.AttackVector av,
            CvssV31Base.AttackComplexity ac,
            CvssV31Base.PrivilegesRequired pr,
            CvssV31Base.UserInteraction ui,
            CvssV31Base.Scope scope) {
        double vAv =
                switch (av) {
                    case NETWORK -> 0.85;
                    case ADJACENT -> 0.62;
                    case LOCAL -> 0.55;
                    case PHYSICAL -> 0.2;
                };
        double vAc = ac == CvssV31Base.AttackComplexity.LOW ? 0.77 : 0.44;
        boolean changed = scope == CvssV31Base.Scope.CHANGED;
        double vPr =
                switch (pr) {
                    case NONE -> 0.85;
                    case LOW -> changed ? 0.68 : 0.62;
                    case HIGH -> changed ? 0.5 : 0.27;
                };
        double vUi = ui == CvssV31Base.UserInteraction.NONE ? 0.85 : 0.62;
        return Math.round(8.22 * vAv * vAc * vPr * vUi * 1000.0) / 1000.0;
    }

    /** Bands over the sub-score's range 0.12..3.89: remote, trivial and unauthenticated is 5. */
    public static int band(double subScore) {
        if (subScore >= 3.5) {
            return 5;
        }
        if (subScore >= 2.5) {
            return 4;
        }
        if (subScore >= 1.5) {
            return 3;
        }
        if (subScore >= 0.7) {
            return 2;
        }
        return 1;
    }

    /** A need of 4 or 5 is high, 2 or 3 low, 1 none; only for the dimensions the rule's STRIDE threatens. */
    static Impact level(int need) {
        return need >= 4 ? Impact.HIGH : need >= 2 ? Impact.LOW : Impact.NONE;
    }

    private static Impact impact(
            String letter, boolean threatened, Reach reach, ToIntFunction<DataItem> need, List<String> reasons) {
        if (!threatened) {
            return Impact.NONE;
        }
        if (reach.data().isEmpty()) {
            reasons.add(letter + ":H assumed: no data is linked to "
                    + reach.element().id());
            return Impact.HIGH;
        }
        DataItem top = reach.data().stream()
                .max(Comparator.comparingInt(need).thenComparing(DataItem::id, Comparator.reverseOrder()))
                .orElseThrow();
        Impact level = level(need.applyAsInt(top));
        String field =
                switch (letter) {
                    case "C" -> "confidentiality";
                    case "I" -> "integrity";
                    default -> "availability";
                };
        reasons.add(letter + ":" + level.name().charAt(0) + " from data." + top.id() + "." + field + "="
                + need.applyAsInt(top));
        return level;
    }

    /** One compromise reaching many patients: fleet components, shared keys, mass data, update servers. */
    private List<String> multiPatientReasons(Reach reach) {
        Set<String> reasons = new LinkedHashSet<>();
        for (Component c : reach.components()) {
            if (c.safety().multiPatient().orElse(false)) {
                reasons.add("components." + c.id() + ".safety.multiPatient=true");
            }
            if (c.kind() == Component.Kind.UPDATE_SERVER) {
                reasons.add("components." + c.id() + ".kind=update-server");
            }
        }
        for (DataItem d : reach.data()) {
            if (d.quantity().filter(q -> q == DataItem.Quantity.MANY_PATIENTS).isPresent()) {
                reasons.add("data." + d.id() + ".quantity=many-patients");
            }
        }
        if (reach.element() instanceof Secret s && s.perDevice().filter(p -> !p).isPresent()) {
            reasons.add("secrets." + s.id() + ".perDevice=false");
        }
        if (reach.element() instanceof Update) {
            for (Flow f : reach.flows()) {
                Component from = index.component(f.from());
                if (from.kind() == Component.Kind.UPDATE_SERVER
                        || from.safety().multiPatient().orElse(false)) {
                    reasons.add("flows." + f.id() + ".from=" + from.id() + " (serves the fleet)");
                }
            }
        }
        return List.copyOf(reasons);
    }
}
