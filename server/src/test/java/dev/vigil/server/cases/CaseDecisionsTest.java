package dev.vigil.server.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.engine.postmarket.RiskDecision;
import dev.vigil.engine.postmarket.casefile.CaseVulnerability;
import dev.vigil.engine.postmarket.casefile.Remediation;
import dev.vigil.engine.postmarket.csaf.CsafValidator;
import dev.vigil.engine.postmarket.csaf.CsafVex;
import dev.vigil.engine.source.Location;
import dev.vigil.engine.vex.ComponentRef;
import dev.vigil.engine.vex.ProductRelease;
import dev.vigil.engine.vex.VexFormat;
import dev.vigil.engine.vex.VexSource;
import dev.vigil.engine.vex.VexStatement;
import dev.vigil.engine.vex.VexStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a product's cases decide the status of a scanned vulnerability in one release's VEX. */
class CaseDecisionsTest {

    static final ProductRelease RELEASE =
            new ProductRelease("GlucoFlow", Optional.of("2.4.0"), Optional.empty(), "Acme");

    @Test
    void aNewCaseDecidesNothingAndTriageMeansUnderInvestigation() {
        VexStatement scanned = scanned();
        assertThat(decisions("new", "< 2.4.1", null, "2.4.0").apply(scanned)).isSameAs(scanned);
        assertThat(decisions("triage", "< 2.4.1", null, "2.4.0").apply(scanned).status())
                .isEqualTo(VexStatus.UNDER_INVESTIGATION);
    }

    @Test
    void anAssessedCaseDecidesByItsAffectedAndFixedVersions() {
        assertThat(decisions("assessed", "< 2.4.1", "2.4.1", "2.4.0")
                        .apply(scanned())
                        .status())
                .isEqualTo(VexStatus.AFFECTED);
        assertThat(decisions("assessed", "< 2.4.1", "2.4.1", "2.4.1")
                        .apply(scanned())
                        .status())
                .isEqualTo(VexStatus.FIXED);
        VexStatement outside =
                decisions("remediating", "vers:generic/2.3.0", null, "2.4.0").apply(scanned());
        assertThat(outside.status()).isEqualTo(VexStatus.NOT_AFFECTED);
        assertThat(outside.impactStatement().orElseThrow())
                .contains("case-1")
                .contains("vers:generic/2.3.0")
                .contains("2.4.0 is not among them");
    }

    @Test
    void theCaseRemediationsAndVerdictReplaceThePlaceholderAndTheDocumentStaysValid() {
        CaseDecisions d = decisions("assessed", "< 2.4.1", "2.4.1", "2.4.0");
        VexStatement decided = d.apply(scanned());
        assertThat(decided.actionStatement().orElseThrow())
                .contains("vendor_fix: Update to 2.4.1 (2026-12-10)")
                .contains("uncontrolled");
        ObjectNode doc = CsafVex.write(
                List.of(decided), RELEASE, "gf-2.4.0-vex", LocalDate.of(2026, 12, 1), "https://acme.example", "test");
        d.remediations(doc);
        String remediations =
                doc.path("vulnerabilities").get(0).path("remediations").toString();
        assertThat(remediations)
                .contains("\"category\":\"vendor_fix\"")
                .contains("2026-12-10T00:00:00.000Z")
                .doesNotContain("none_available");
        assertThat(doc.path("vulnerabilities").get(0).path("threats").toString())
                .contains("uncontrolled");
        assertThat(new CsafValidator().validate(doc)).isEmpty();
        assertThat(d.casesApplied()).containsExactly("case-1");
    }

    private static CaseDecisions decisions(String state, String affected, String fixed, String version) {
        CaseVulnerability v = new CaseVulnerability(
                "VIG-1",
                new Location(Path.of("case-1.yaml"), 1, 1),
                Optional.of("CVE-2026-40001"),
                Optional.empty(),
                "title",
                Optional.empty(),
                List.of("pump"),
                List.of(),
                Optional.empty(),
                affected,
                Optional.ofNullable(fixed),
                false,
                false,
                List.of(new Remediation(
                        Remediation.Category.VENDOR_FIX,
                        "Update to 2.4.1",
                        Optional.of(LocalDate.of(2026, 12, 10)),
                        Optional.empty())));
        return new CaseDecisions(
                List.of(new CaseDecisions.Decided("case-1", state, v, Optional.of(RiskDecision.Verdict.UNCONTROLLED))),
                version);
    }

    private static VexStatement scanned() {
        return new VexStatement(
                "GHSA-test-0001",
                Set.of("CVE-2026-40001"),
                List.of(RELEASE.ref()),
                List.of(ComponentRef.Purl.parse("pkg:pypi/examplelib@1.0.0")),
                VexStatus.AFFECTED,
                Optional.empty(),
                Optional.empty(),
                Optional.of("Not analysed yet"),
                Optional.empty(),
                new VexSource(VexFormat.OPENVEX, "scan", Optional.empty(), "/findings/0"));
    }
}
