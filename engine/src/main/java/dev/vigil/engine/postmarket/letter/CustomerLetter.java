package dev.vigil.engine.postmarket.letter;

import dev.vigil.engine.postmarket.CaseReport;
import dev.vigil.engine.postmarket.RiskDecision;
import dev.vigil.engine.postmarket.casefile.CaseVulnerability;
import dev.vigil.engine.postmarket.casefile.Remediation;
import dev.vigil.engine.postmarket.clocks.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The customer communication of a case, in the parts the FDA postmarket guidance asks of it (2016, section
 * VII.B): the vulnerability and an impact assessment, the interim compensating controls, the remediation
 * plan, and how to get help. Markdown, in plain words for hospital staff; what the case does not state is said
 * to be not stated.
 */
public final class CustomerLetter {
    private CustomerLetter() {}

    public static String markdown(CaseReport r) {
        StringBuilder b = new StringBuilder();
        var system = r.system();
        String manufacturer = system.manufacturer().orElse("The manufacturer");
        b.append("# Cybersecurity notice: ").append(r.caseFile().title()).append("\n\n");
        b.append("Product: ")
                .append(system.name())
                .append(" (")
                .append(system.id())
                .append(")  \n");
        b.append("Reference: ").append(r.caseFile().id()).append("  \n");
        b.append("Date: ").append(r.on()).append("\n\n");
        b.append("To the customers and users of ").append(system.name()).append(",\n\n");
        b.append(manufacturer)
                .append(" has learned of ")
                .append(
                        r.decisions().size() == 1
                                ? "a vulnerability"
                                : r.decisions().size() + " vulnerabilities")
                .append(" in this product. This notice says what it is, what it could mean for patients, what you can"
                        + " do now, and when a fix will be available.\n\n");
        for (CaseVulnerability v : r.caseFile().vulnerabilities()) {
            RiskDecision d = decision(r, v.id());
            b.append("## ").append(v.id()).append(": ").append(v.title()).append("\n\n");
            b.append("- Identifiers: ").append(v.cve().orElse("no CVE assigned yet"));
            v.cwe().ifPresent(c -> b.append(", ").append(c));
            b.append("\n");
            b.append("- Affected versions: ").append(v.affected()).append("\n");
            b.append("- Fixed in: ")
                    .append(v.fixed().orElse("not yet available"))
                    .append("\n");
            b.append("- CVSS v3 base score: ")
                    .append(String.format(java.util.Locale.ROOT, "%.1f", d.cvssScore()))
                    .append(" (")
                    .append(d.cvssVector())
                    .append(d.vectorStated() ? "" : ", derived from the system model")
                    .append(")\n");
            b.append("- Known exploitation: ")
                    .append(v.exploited() ? "yes" : "none known")
                    .append("\n");
            b.append("- Known patient harm: ")
                    .append(v.adverseEvents() ? "serious adverse events are known" : "none known")
                    .append("\n\n");
            b.append("### What it is\n\n")
                    .append(v.description().orElse("The description is not stated in the case."))
                    .append("\n\n");
            b.append("### Impact on patients\n\n");
            b.append(impact(d)).append("\n\n");
            b.append("### What you can do now (interim compensating controls)\n\n");
            List<Remediation> interim = v.remediations().stream()
                    .filter(x -> x.category() != Remediation.Category.VENDOR_FIX)
                    .toList();
            if (interim.isEmpty()) {
                b.append("No interim compensating control is stated yet; we will tell you as soon as one is.\n\n");
            } else {
                interim.forEach(x -> b.append("- ").append(x.details()).append("\n"));
                b.append("\n");
            }
            b.append("### Remediation plan\n\n");
            List<Remediation> fixes = v.remediations().stream()
                    .filter(x -> x.category() == Remediation.Category.VENDOR_FIX)
                    .toList();
            if (fixes.isEmpty()) {
                b.append("A fix is being developed; its date is not yet stated.\n");
            } else {
                fixes.forEach(x -> b.append("- ")
                        .append(x.details())
                        .append(x.date().map(dt -> " Planned for " + dt + ".").orElse(""))
                        .append(x.url().map(u -> " " + u).orElse(""))
                        .append("\n"));
            }
            remediationDeadline(r).ifPresent(due -> b.append("- We will validate and distribute the fix by ")
                    .append(due)
                    .append(" at the latest.\n"));
            b.append("\n");
        }
        b.append("## How to get help\n\n");
        b.append(r.psirtContact()
                        .map(c -> "Contact our product security team at " + c + ".")
                        .orElse("The product security contact is not stated in the system model; use your usual"
                                + " service contact."))
                .append(" Report suspected exploitation or adverse events at once.\n");
        return b.toString();
    }

    private static String impact(RiskDecision d) {
        String harm = d.harm()
                .map(h -> "The worst harm it could lead to is rated " + h.wire() + " (hazards: "
                        + String.join(", ", d.hazards()) + ").")
                .orElse("The patient harm it could lead to is not stated in the system model.");
        String verdict =
                switch (d.verdict()) {
                    case UNCONTROLLED -> "We assess the residual risk to patients as not acceptable (uncontrolled) until"
                            + " the controls below and the fix are in place.";
                    case CONTROLLED -> "We assess the residual risk to patients as acceptable (controlled).";
                    case NOT_ASSESSABLE -> "We could not yet assess the risk to patients and treat it as not acceptable"
                            + " until we can.";
                };
        return harm + " " + verdict;
    }

    private static Optional<java.time.LocalDate> remediationDeadline(CaseReport r) {
        return r.clocks().stream()
                .filter(k -> k.rule().id().equals("fda-uncontrolled-remediate"))
                .map(Clock::due)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static RiskDecision decision(CaseReport r, String id) {
        return r.decisions().stream()
                .filter(d -> d.vulnerability().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
