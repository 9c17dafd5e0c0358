package dev.vigil.engine.report;

import dev.vigil.engine.compliance.ComplianceReport;
import dev.vigil.engine.compliance.ComplianceRow;
import dev.vigil.engine.compliance.ComplianceStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The compliance part of the assessment report: counts per framework, then every gap and partial row
 * with its reason and the open findings that block it, gaps first.
 */
final class ComplianceSection {

    private ComplianceSection() {}

    static String html(ComplianceReport report) {
        StringBuilder out = new StringBuilder(16 * 1024);
        out.append("<h2 id=\"compliance\">Compliance</h2>\n");
        out.append("<p>Computed from the model, its findings and its lifecycle evidence; see <code>vigil compliance")
                .append("</code> for every requirement.</p>\n");
        out.append("<table class=\"compliance\">\n<tr><th>Framework</th><th>Met</th><th>Partial</th><th>Gap</th>")
                .append("<th>Not assessable</th><th>Not applicable</th></tr>\n");
        for (Map.Entry<String, Map<ComplianceStatus, Long>> e : report.summary().entrySet()) {
            Map<ComplianceStatus, Long> c = e.getValue();
            out.append("<tr><td>").append(ReportHtml.escape(e.getKey())).append("</td>");
            for (ComplianceStatus s : List.of(
                    ComplianceStatus.MET,
                    ComplianceStatus.PARTIAL,
                    ComplianceStatus.GAP,
                    ComplianceStatus.NOT_ASSESSABLE,
                    ComplianceStatus.NOT_APPLICABLE)) {
                out.append("<td>").append(c.getOrDefault(s, 0L)).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</table>\n");
        List<ComplianceRow> open = report.rows().stream()
                .filter(r -> r.status() == ComplianceStatus.GAP || r.status() == ComplianceStatus.PARTIAL)
                .sorted(Comparator.comparing((ComplianceRow r) -> r.status() != ComplianceStatus.GAP)
                        .thenComparing(ComplianceRow::framework)
                        .thenComparing(r -> r.requirement().id()))
                .toList();
        if (open.isEmpty()) {
            out.append("<p>No gaps and nothing partial.</p>\n");
            return out.toString();
        }
        out.append("<table class=\"compliance-rows\">\n<tr><th>Status</th><th>Framework</th><th>Section</th>")
                .append("<th>Requirement</th><th>Reason</th><th>Blocking findings</th></tr>\n");
        for (ComplianceRow r : open) {
            out.append("<tr><td>")
                    .append(r.status().wire())
                    .append("</td><td>")
                    .append(ReportHtml.escape(r.framework()))
                    .append("</td><td>")
                    .append(ReportHtml.escape(r.requirement().section()))
                    .append("</td><td>")
                    .append(ReportHtml.escape(r.requirement().title()))
                    .append("</td><td>")
                    .append(ReportHtml.escape(r.reason()))
                    .append("</td><td>")
                    .append(ReportHtml.escape(String.join(", ", r.blockingFindings())))
                    .append("</td></tr>\n");
        }
        out.append("</table>\n");
        return out.toString();
    }
}
