package dev.vigil.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.assessment.Assessment;
import dev.vigil.engine.compliance.Compliance;
import dev.vigil.engine.compliance.ComplianceOptions;
import dev.vigil.engine.compliance.ComplianceReport;
import dev.vigil.engine.compliance.ComplianceStatus;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.risk.RiskMatrix;
import dev.vigil.engine.threat.ThreatEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one compliance HTML: a page of its own and a section of report.html, both in the shared shell. */
class ComplianceHtmlTest {

    @TempDir
    Path dir;

    private ComplianceReport judge(String yaml) throws IOException {
        Path file = Files.writeString(dir.resolve("model.yaml"), yaml);
        SystemModel model = new ModelLoader().load(file).orThrow();
        return Compliance.evaluate(model, new ThreatEngine().run(model), ComplianceOptions.ALL);
    }

    @Test
    void thePageListsEveryRequirementOfEachFrameworkGapsFirstInTheSharedShell() throws IOException {
        ComplianceReport report = judge(Files.readString(ReportTest.REFERENCE));
        String html = ComplianceHtml.page(report, false);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("Content-Security-Policy", "@media print");
        assertThat(html).contains("<h1>Compliance of GlucoFlow insulin pump system</h1>");
        long rows = html.split("<tr class=\"", -1).length - 1;
        assertThat(rows).isEqualTo(report.rows().size());
        String firstSection = html.substring(html.indexOf("<h2>"), html.indexOf("</table>"));
        assertThat(firstSection.indexOf("<tr class=\"gap\">")).isLessThan(firstSection.indexOf("<tr class=\"met\">"));
    }

    @Test
    void theLifecycleViewGroupsApplicableRowsByPhaseWithTheirFramework() throws IOException {
        ComplianceReport report = judge(Files.readString(ReportTest.REFERENCE));
        String html = ComplianceHtml.page(report, true);

        assertThat(html).contains("<h2>End of life</h2>", "<th>Framework</th>");
        long applicable = report.rows().stream().filter(r -> r.applicable()).count();
        assertThat(html.split("<tr class=\"", -1).length - 1).isEqualTo(applicable);
        assertThat(html).doesNotContain("<tr class=\"" + ComplianceStatus.NOT_APPLICABLE.wire() + "\">");
    }

    @Test
    void catalogAndModelTextIsEscaped() throws IOException {
        ComplianceReport report = judge(Files.readString(ReportTest.REFERENCE)
                .replace("name: GlucoFlow insulin pump system", "name: \"<script>alert(1)</script> & co\""));
        String html = ComplianceHtml.page(report, false);

        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
    }

    @Test
    void theReportSectionCountsEachFrameworkAndListsOnlyGapsAndPartialRows() throws IOException {
        ComplianceReport report = judge(Files.readString(ReportTest.REFERENCE));
        SystemModel model = new ModelLoader().load(dir.resolve("model.yaml")).orThrow();
        String html = ReportHtml.render(
                Assessment.of(model, LocalDate.of(2026, 11, 24), RiskMatrix.standard()),
                "v",
                List.of(),
                Optional.of(report));

        assertThat(html).contains("<h2 id=\"compliance\">Compliance</h2>", "<table class=\"compliance\">");
        long open = report.rows().stream()
                .filter(r -> r.status() == ComplianceStatus.GAP || r.status() == ComplianceStatus.PARTIAL)
                .count();
        String rows = html.substring(html.indexOf("<table class=\"compliance-rows\">"));
        assertThat(rows.split("<tr class=\"", -1).length - 1).isEqualTo(open);
        assertThat(rows).doesNotContain("<tr class=\"met\">");
    }
}
