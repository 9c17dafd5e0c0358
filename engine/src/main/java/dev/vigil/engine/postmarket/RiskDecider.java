package dev.vigil.engine.postmarket;

import dev.vigil.engine.cvss.Cvss;
import dev.vigil.engine.cvss.CvssV31Base.AttackComplexity;
import dev.vigil.engine.cvss.CvssV31Base.AttackVector;
import dev.vigil.engine.cvss.CvssV31Base.PrivilegesRequired;
import dev.vigil.engine.cvss.CvssV31Base.Scope;
import dev.vigil.engine.cvss.CvssV31Base.UserInteraction;
import dev.vigil.engine.cvss.InvalidCvssVectorException;
import dev.vigil.engine.model.Hazard;
import dev.vigil.engine.postmarket.RiskDecision.Factor;
import dev.vigil.engine.postmarket.RiskDecision.Verdict;
import dev.vigil.engine.postmarket.casefile.CaseVulnerability;
import dev.vigil.engine.risk.ElementExposure;
import dev.vigil.engine.risk.RiskMatrix;
import dev.vigil.engine.risk.RiskScorer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides controlled or uncontrolled for each vulnerability of a case. Exploitability comes from the case's
 * CVSS vector read in the model's context: the vector's complexity, privileges, interaction and scope describe
 * the flaw itself (a missing-authentication flaw defeats the authentication the model states), while the attack
 * vector is the less exposed of the vector's and the model's, since an attacker must both reach the element
 * and meet the flaw's own condition. Without a vector every metric comes from the model. Reaching many
 * patients and known exploitation raise the band; harm is the worst hazard of the essential functions reached.
 */
final class RiskDecider {

    private final RiskScorer scorer;
    private final RiskMatrix matrix;

    RiskDecider(RiskScorer scorer) {
        this.scorer = scorer;
        this.matrix = scorer.matrix();
    }

    RiskDecision decide(CaseVulnerability v) {
        List<Factor> factors = new ArrayList<>();
        Optional<Map<String, String>> stated = v.cvss().map(RiskDecider::metrics);
        int worstBand = 0;
        Optional<Hazard.Severity> worstHarm = Optional.empty();
        Set<String> hazards = new LinkedHashSet<>();
        Verdict verdict = Verdict.CONTROLLED;
        boolean anyUnassessable = false;
        String derivedVector = null;
        double derivedScore = 0;
        for (String element : v.elements()) {
            ElementExposure e = scorer.exposure(element);
            Optional<String> el = Optional.of(element);
            factors.add(new Factor(
                    el,
                    "reach",
                    e.scope(),
                    "what a flaw in " + element + " touches",
                    e.components().stream().map(c -> "components." + c).toList()));
            var x = e.exploitability();
            AttackVector av;
            double sub;
            if (stated.isPresent()) {
                Map<String, String> m = stated.get();
                AttackVector statedAv = attackVector(m.get("AV"));
                AttackVector modelAv =
                        AttackVector.valueOf(x.attackVector().value().toUpperCase(java.util.Locale.ROOT));
                av = exposure(statedAv) <= exposure(modelAv) ? statedAv : modelAv;
                factors.add(new Factor(
                        el,
                        "attack vector",
                        av.name().toLowerCase(java.util.Locale.ROOT),
                        av == statedAv && av != modelAv
                                ? "the vector states " + statedAv.name().toLowerCase(java.util.Locale.ROOT)
                                        + ", less exposed than the model's path ("
                                        + x.attackVector().reason() + ")"
                                : av == modelAv && av != statedAv
                                        ? "the model's most exposed path limits the vector's "
                                                + statedAv.name().toLowerCase(java.util.Locale.ROOT) + ": "
                                                + x.attackVector().reason()
                                        : "the vector and the model agree: "
                                                + x.attackVector().reason(),
                        x.attackVector().facts()));
                AttackComplexity ac = "H".equals(m.get("AC")) ? AttackComplexity.HIGH : AttackComplexity.LOW;
                PrivilegesRequired pr =
                        switch (m.get("PR")) {
                            case "H" -> PrivilegesRequired.HIGH;
                            case "L" -> PrivilegesRequired.LOW;
                            default -> PrivilegesRequired.NONE;
                        };
                UserInteraction ui = "R".equals(m.get("UI")) ? UserInteraction.REQUIRED : UserInteraction.NONE;
                Scope s = "C".equals(m.get("S")) ? Scope.CHANGED : Scope.UNCHANGED;
                String why =
                        "stated in the case's vector (it describes the flaw, which may defeat what the model states)";
                factors.add(new Factor(
                        el, "attack complexity", ac.name().toLowerCase(java.util.Locale.ROOT), why, List.of()));
                factors.add(new Factor(
                        el, "privileges required", pr.name().toLowerCase(java.util.Locale.ROOT), why, List.of()));
                factors.add(new Factor(
                        el, "user interaction", ui.name().toLowerCase(java.util.Locale.ROOT), why, List.of()));
                factors.add(new Factor(el, "scope", s.name().toLowerCase(java.util.Locale.ROOT), why, List.of()));
                sub = RiskScorer.subScore(av, ac, pr, ui, s);
            } else {
                for (var entry : List.of(
                        Map.entry("attack vector", x.attackVector()),
                        Map.entry("attack complexity", x.attackComplexity()),
                        Map.entry("privileges required", x.privilegesRequired()),
                        Map.entry("user interaction", x.userInteraction()),
                        Map.entry("scope", x.scope()))) {
                    factors.add(new Factor(
                            el,
                            entry.getKey(),
                            entry.getValue().value(),
                            entry.getValue().reason(),
                            entry.getValue().facts()));
                }
                sub = x.subScore();
            }
            int band = RiskScorer.band(sub);
            String bandWhy = String.format(java.util.Locale.ROOT, "CVSS v3.1 exploitability sub-score %.2f", sub);
            if (x.multiPatient()) {
                band = Math.min(RiskMatrix.BANDS, band + 1);
                bandWhy += "; raised one band: one attack reaches many patients";
            }
            if (v.exploited()) {
                band = RiskMatrix.BANDS;
                bandWhy += "; set to 5: exploitation is known";
            }
            factors.add(new Factor(el, "exploitability band", String.valueOf(band), bandWhy, x.multiPatientReasons()));
            if (e.harm().isPresent()) {
                boolean controlled = matrix.isControlled(band, e.harm().get());
                factors.add(new Factor(
                        el,
                        "patient harm",
                        e.harm().get().wire(),
                        "the worst hazard of the essential functions reached: " + String.join(", ", e.hazards()),
                        e.hazards().stream().map(h -> "hazards." + h).toList()));
                factors.add(new Factor(
                        el,
                        "risk matrix",
                        controlled ? "controlled" : "uncontrolled",
                        "band " + band + " × " + e.harm().get().wire() + " in the " + matrix.name() + " matrix",
                        List.of()));
                if (!controlled) {
                    verdict = Verdict.UNCONTROLLED;
                }
            } else {
                anyUnassessable = true;
                factors.add(new Factor(
                        el,
                        "patient harm",
                        "not stated",
                        "no hazard is linked to the essential functions of what " + element
                                + " reaches, so patient harm cannot be assessed",
                        e.components().stream()
                                .map(c -> "components." + c + ".essentialFunctions")
                                .toList()));
            }
            if (band > worstBand) {
                worstBand = band;
            }
            if (e.harm().isPresent() && (worstHarm.isEmpty() || e.harm().get().compareTo(worstHarm.get()) > 0)) {
                worstHarm = e.harm();
            }
            hazards.addAll(e.hazards());
            if (derivedVector == null || e.derivedScore() > derivedScore) {
                derivedVector = e.derivedVector();
                derivedScore = e.derivedScore();
            }
        }
        if (verdict == Verdict.CONTROLLED && anyUnassessable) {
            verdict = Verdict.NOT_ASSESSABLE;
        }
        if (v.adverseEvents()) {
            factors.add(new Factor(
                    Optional.empty(),
                    "adverse events",
                    "known",
                    "serious adverse events or deaths are known: FDA's conditions for not enforcing 21 CFR 806 fail",
                    List.of()));
        }
        String vector = v.cvss().orElse(derivedVector);
        double score = v.cvss().map(RiskDecider::baseScore).orElse(derivedScore);
        if (v.cvss().isEmpty()) {
            factors.add(new Factor(
                    Optional.empty(),
                    "cvss",
                    vector,
                    "the case states no vector; derived from the model assuming every impact the data allows",
                    List.of()));
        }
        return new RiskDecision(
                v.id(),
                verdict,
                vector,
                v.cvss().isPresent(),
                score,
                worstBand,
                worstHarm,
                List.copyOf(hazards),
                matrix.name(),
                factors);
    }

    private static double baseScore(String vector) {
        try {
            return Cvss.score(vector).baseScore();
        } catch (InvalidCvssVectorException e) {
            throw new IllegalStateException("a case vector passed the reader but not scoring: " + vector, e);
        }
    }

    /** The metrics of a v3.x vector already checked by the case reader. */
    static Map<String, String> metrics(String vector) {
        Map<String, String> m = new HashMap<>();
        for (String part : vector.split("/")) {
            int colon = part.indexOf(':');
            if (colon > 0) {
                m.put(part.substring(0, colon), part.substring(colon + 1));
            }
        }
        return m;
    }

    private static AttackVector attackVector(String letter) {
        return switch (letter) {
            case "N" -> AttackVector.NETWORK;
            case "A" -> AttackVector.ADJACENT;
            case "L" -> AttackVector.LOCAL;
            default -> AttackVector.PHYSICAL;
        };
    }

    private static int exposure(AttackVector av) {
        return switch (av) {
            case NETWORK -> 3;
            case ADJACENT -> 2;
            case LOCAL -> 1;
            case PHYSICAL -> 0;
        };
    }
}
