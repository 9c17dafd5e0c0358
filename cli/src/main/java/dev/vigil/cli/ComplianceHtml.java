package dev.vigil.cli;

import dev.vigil.engine.catalog.Framework;
import dev.vigil.engine.catalog.Phase;
import dev.vigil.engine.compliance.ComplianceReport;
import dev.vigil.engine.compliance.ComplianceRow;
import java.util.List;
import java.util.Map;

/**
 * The compliance result as one self-contained HTML page: inline style, no scripts, no external
 * resources, and every text from the model or catalog escaped (a model is user input).
 */
final class ComplianceHtml {
    private static final String STYLE =
            """
            body{font-family:system-ui,sans-serif;margin:2em;color:#222}
            table{border-collapse:collapse;width:100%;margin-bottom:2em}
            th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
            th{background:#f3f3f3}
            .gap{background:#f8d7da}.partial{background:#fff3cd}.met{background:#d4edda}.not-applicable{color:#777}
            ul{margin:0;padding-left:1.2em}
            """;

    private ComplianceHtml() {}

    static String page(ComplianceReport report, boolean byPhase) {
        StringBuilder html = new StringBuilder();
        String title = "Compliance of " + report.system().name();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append(
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
                .append("<title>")
                .append(escape(title))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>\n<h1>")
                .append(escape(title))
                .append("</h1>\n<p>")
                .append(escape(report.system().kind().wire() + " '"
                        + report.system().id() + "', catalog " + report.catalogVersion()))
                .append("</p>\n");
        if (byPhase) {
            for (Map.Entry<Phase, List<ComplianceRow>> e : report.byPhase().entrySet()) {
                List<ComplianceRow> rows =
                        e.getValue().stream().filter(ComplianceRow::applicable).toList();
                if (!rows.isEmpty()) {
                    Phase p = e.getKey();
                    section(html, p.title(), "Covers: " + String.join("; ", p.mappedStages()), rows, true);
                }
            }
        } else {
            for (Framework f : report.frameworks()) {
                List<ComplianceRow> rows = report.rows(f.id());
                if (!rows.isEmpty()) {
                    section(html, f.title(), f.id() + ": " + ComplianceText.counts(rows), rows, false);
                }
            }
        }
        return html.append("</body></html>\n").toString();
    }

    private static void section(
            StringBuilder html, String heading, String note, List<ComplianceRow> rows, boolean showFramework) {
        html.append("<h2>")
                .append(escape(heading))
                .append("</h2>\n<p>")
                .append(escape(note))
                .append("</p>\n");
        html.append("<table><tr><th>Status</th>");
        if (showFramework) {
            html.append("<th>Framework</th>");
        }
        html.append(
                "<th>Section</th><th>Requirement</th><th>Reason</th><th>Evidence</th><th>Blocking findings</th></tr>\n");
        for (ComplianceRow r : ComplianceText.sorted(rows)) {
            html.append("<tr class=\"")
                    .append(r.status().wire())
                    .append("\"><td>")
                    .append(r.status().wire())
                    .append("</td>");
            if (showFramework) {
                html.append("<td>").append(escape(r.framework())).append("</td>");
            }
            html.append("<td>")
                    .append(escape(r.requirement().section()))
                    .append("</td><td>")
                    .append(escape(r.requirement().title()))
                    .append("</td><td>")
                    .append(escape(r.reason()))
                    .append("</td><td>");
            list(html, r.evidence());
            html.append("</td><td>");
            list(html, r.blockingFindings());
            html.append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void list(StringBuilder html, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        html.append("<ul>");
        items.forEach(i -> html.append("<li>").append(escape(i)).append("</li>"));
        html.append("</ul>");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
