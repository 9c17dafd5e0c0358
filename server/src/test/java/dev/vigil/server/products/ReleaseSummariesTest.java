package dev.vigil.server.products;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.PostgresDatabase;
import dev.vigil.server.ServerTestEnvironment;
import dev.vigil.server.VigilServerApplication;
import dev.vigil.server.VigilServerTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The stored release summary (V5) says what the release's report says, on H2 and on PostgreSQL: at upload,
 * after a decision changes a finding's status (also several at once), for decisions carried to the next
 * release, and when computed for a release stored without one.
 */
@VigilServerTest
class ReleaseSummariesTest {

    @Autowired
    ApplicationContext h2;

    @Test
    void theSummaryFollowsTheReportAndTheDecisionsOnH2() throws Exception {
        scenario(h2);
    }

    @Test
    void theSummaryFollowsTheReportAndTheDecisionsOnPostgres() throws Exception {
        try (PostgresDatabase pg = PostgresDatabase.createOrSkip("the release summary test on PostgreSQL");
                ConfigurableApplicationContext server = start(pg)) {
            scenario(server);
        }
    }

    private static void scenario(ApplicationContext server) throws Exception {
        Releases releases = server.getBean(Releases.class);
        ReleaseSummaries summaries = server.getBean(ReleaseSummaries.class);
        Portfolio portfolio = server.getBean(Portfolio.class);
        JdbcClient db = server.getBean(JdbcClient.class);
        String id = "sum-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> files = Map.of(
                "glucoflow.yaml",
                ReleaseApiTest.modelOf(id),
                "sboms/pump.cdx.json",
                new String(ReleaseApiTest.resource("sboms/pump.cdx.json")));
        asAdmin();
        try {
            releases.createProduct(id, "Summed");
            ReleaseStore.Release first = releases.upload(id, "1.0", "glucoflow.yaml", files);
            ReportView report = ReportView.of(first.reportJson());
            ReleaseSummary atUpload = summaries.get(first.id()).orElseThrow();
            assertMatchesReport(atUpload, report, Map.of(), db, first.id());
            assertThat(atUpload.supportEarliest()).contains(LocalDate.of(2032, 12, 31));
            // the system's own end of support and the pump's platform both end that day; the earlier subject wins
            assertThat(atUpload.supportSubject()).isEqualTo("system '" + id + "'");

            // One decision closes an open finding: its severity's open count drops by one.
            List<ReportView.Digest.FindingStatus> open = report.digest().findings().stream()
                    .filter(f -> f.status().equals("open"))
                    .toList();
            assertThat(open).as("the fixture has open findings to decide").hasSizeGreaterThan(4);
            ReportView.Digest.FindingStatus closed = open.get(0);
            releases.decide(id, "1.0", closed.id(), "mitigated", "input validation added");
            ReleaseSummary afterOne = summaries.get(first.id()).orElseThrow();
            assertThat(afterOne.open(closed.severity())).isEqualTo(atUpload.open(closed.severity()) - 1);
            assertMatchesReport(afterOne, report, releases.decisions(first), db, first.id());

            // Re-opening it counts it again.
            releases.decide(id, "1.0", closed.id(), "open", "the validation was reverted");
            assertThat(summaries.get(first.id()).orElseThrow().openBySeverity()).isEqualTo(atUpload.openBySeverity());

            // Decisions at once on one release: each is counted (the row lock orders them).
            List<ReportView.Digest.FindingStatus> atOnce = open.subList(1, 5);
            ExecutorService pool = Executors.newFixedThreadPool(atOnce.size());
            try {
                List<Future<?>> done = new ArrayList<>();
                for (ReportView.Digest.FindingStatus f : atOnce) {
                    done.add(pool.submit(() -> {
                        asAdmin();
                        try {
                            releases.decide(id, "1.0", f.id(), "accepted", "residual risk accepted");
                        } finally {
                            SecurityContextHolder.clearContext();
                        }
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            ReleaseSummary afterMany = summaries.get(first.id()).orElseThrow();
            assertThat(sum(afterMany.openBySeverity())).isEqualTo(sum(atUpload.openBySeverity()) - atOnce.size());
            assertMatchesReport(afterMany, report, releases.decisions(first), db, first.id());

            // The next release carries the decisions: its summary counts them from the start.
            ReleaseStore.Release second = releases.upload(id, "1.1", "glucoflow.yaml", files);
            ReleaseSummary carried = summaries.get(second.id()).orElseThrow();
            assertThat(carried.openBySeverity()).isEqualTo(afterMany.openBySeverity());
            assertMatchesReport(
                    carried, ReportView.of(second.reportJson()), releases.decisions(second), db, second.id());

            // A release stored before V5 (no row): the portfolio computes the same row from the stored report.
            db.sql("DELETE FROM release_summary WHERE release_id = ?")
                    .param(second.id())
                    .update();
            Portfolio.Row row = portfolio
                    .rows(List.of(releases.product(id)), LocalDate.of(2032, 10, 1), 180)
                    .get(0);
            assertThat(summaries.get(second.id())).contains(carried);
            assertThat(row.summary().get("openBySeverity")).isEqualTo(carried.openBySeverity());
            assertThat(row.summary().get("uncontrolled")).isEqualTo(carried.uncontrolled());
            assertThat(row.support())
                    .contains(new Portfolio.SupportSoon(
                            2, 0, 2, Optional.of(LocalDate.of(2032, 12, 31)), "system '" + id + "'"));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Every stored count against the report itself and the decisions in force. */
    @SuppressWarnings("unchecked")
    private static void assertMatchesReport(
            ReleaseSummary s,
            ReportView report,
            Map<String, ReleaseStore.Decision> decisions,
            JdbcClient db,
            long releaseId) {
        Map<String, Object> summary = report.part("summary");
        assertThat(s.findings()).isEqualTo(summary.get("findings"));
        Map<String, Integer> bySeverity = (Map<String, Integer>) summary.get("bySeverity");
        for (String severity : ReleaseSummary.SEVERITIES) {
            assertThat(s.bySeverity().get(severity)).as(severity).isEqualTo(bySeverity.getOrDefault(severity, 0));
        }
        Map<String, Integer> open = new java.util.HashMap<>();
        for (Map<String, Object> f : report.findings(decisions)) {
            if ("open".equals(f.get("effectiveStatus"))) {
                open.merge((String) f.get("severity"), 1, Integer::sum);
            }
        }
        for (String severity : ReleaseSummary.SEVERITIES) {
            assertThat(s.open(severity)).as("open " + severity).isEqualTo(open.getOrDefault(severity, 0));
        }
        assertThat(s.uncontrolled()).isEqualTo(summary.get("uncontrolled"));
        Map<String, Object> compliance = report.part("complianceSummary");
        int gaps = 0;
        for (Object counts : compliance.values()) {
            gaps += ((Number) ((Map<String, Object>) counts).getOrDefault("gap", 0)).intValue();
        }
        assertThat(s.complianceGaps()).isEqualTo(compliance.isEmpty() ? Optional.empty() : Optional.of(gaps));
        assertThat(s.vulnerabilitiesChecked())
                .isEqualTo(report.part("vulnerabilitySummary").get("checked"));
        assertThat(s.supportStated())
                .isEqualTo(db.sql("SELECT COUNT(*) FROM release_support_end WHERE release_id = ?")
                        .param(releaseId)
                        .query(Integer.class)
                        .single());
    }

    private static int sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static void asAdmin() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null, List.of()));
    }

    private static ConfigurableApplicationContext start(PostgresDatabase pg) throws Exception {
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")), "summaries-");
        return new SpringApplicationBuilder(VigilServerApplication.class)
                .run(
                        "--server.port=0",
                        "--vigil.data-dir=" + dataDir.toAbsolutePath(),
                        "--vigil.admin.password=" + ServerTestEnvironment.ADMIN_PASSWORD,
                        "--spring.datasource.url=" + pg.url(),
                        "--spring.datasource.username=" + PostgresDatabase.USER,
                        "--spring.datasource.password=" + PostgresDatabase.PASSWORD);
    }
}
