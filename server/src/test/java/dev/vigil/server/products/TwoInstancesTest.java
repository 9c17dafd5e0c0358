package dev.vigil.server.products;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.PostgresDatabase;
import dev.vigil.server.ServerTestEnvironment;
import dev.vigil.server.VigilServerApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two server instances on one PostgreSQL database, as behind a load balancer: what one stores the other
 * reads, and every background job (the report of each upload) runs exactly once between them.
 */
class TwoInstancesTest {

    static final int RELEASES = 3;

    @Test
    void twoInstancesShareTheDatabaseAndRunEachJobOnce() throws Exception {
        try (PostgresDatabase pg = PostgresDatabase.createOrSkip("the two-instance test");
                ConfigurableApplicationContext a = start(pg, "a");
                ConfigurableApplicationContext b = start(pg, "b")) {
            String model = ReleaseApiTest.modelOf("glucoflow");
            Map<String, String> files = Map.of(
                    "glucoflow.yaml",
                    model,
                    "sboms/pump.cdx.json",
                    new String(ReleaseApiTest.resource("sboms/pump.cdx.json")));
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null, List.of()));
            try {
                Releases onA = a.getBean(Releases.class);
                Releases onB = b.getBean(Releases.class);
                onA.createProduct("glucoflow", "GlucoFlow");
                for (int i = 0; i < RELEASES; i++) {
                    (i % 2 == 0 ? onA : onB).upload("glucoflow", "1." + i, "glucoflow.yaml", files);
                }
                // Written on one instance, read and changed on the other.
                String finding = ReportView.of(onB.release("glucoflow", "1.0").reportJson())
                        .findingIds()
                        .get(0);
                onB.decide("glucoflow", "1.0", finding, "accepted", "residual risk accepted");
                assertThat(onA.decisions(onA.release("glucoflow", "1.0"))).containsKey(finding);
                onA.approve("glucoflow", "1.0", "review", ServerTestEnvironment.ADMIN_PASSWORD);
                assertThat(onB.approvals(onB.release("glucoflow", "1.0"))).hasSize(1);
            } finally {
                SecurityContextHolder.clearContext();
            }

            JdbcClient db = a.getBean(JdbcClient.class);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
            while (count(db, "SELECT COUNT(*) FROM release_report") < RELEASES
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
            Thread.sleep(1000); // time for a second, wrong run to show itself

            assertThat(count(db, "SELECT COUNT(*) FROM release_report")).isEqualTo(RELEASES);
            assertThat(count(db, "SELECT COUNT(*) FROM audit_entry WHERE action = 'report.rendered'"))
                    .as("each report job ran once")
                    .isEqualTo(RELEASES);
            assertThat(count(db, "SELECT COUNT(*) FROM scheduled_tasks"))
                    .as("no job left over")
                    .isZero();
            assertThat(a.getBean(dev.vigil.server.audit.AuditTrail.class)
                            .verify()
                            .intact())
                    .as("one audit chain, appended from both instances")
                    .isTrue();
        }
    }

    private static long count(JdbcClient db, String sql) {
        return db.sql(sql).query(Long.class).single();
    }

    private static ConfigurableApplicationContext start(PostgresDatabase pg, String name) throws Exception {
        Path dataDir = Files.createTempDirectory(
                Files.createDirectories(Path.of("target", "test-data")), "instance-" + name + "-");
        return new SpringApplicationBuilder(VigilServerApplication.class)
                // Arguments, not default properties: they must win over application.yaml.
                .run(
                        "--server.port=0",
                        "--vigil.data-dir=" + dataDir.toAbsolutePath(),
                        "--vigil.admin.password=" + ServerTestEnvironment.ADMIN_PASSWORD,
                        "--vigil.jobs.poll-interval=200ms",
                        "--spring.datasource.url=" + pg.url(),
                        "--spring.datasource.username=" + PostgresDatabase.USER,
                        "--spring.datasource.password=" + PostgresDatabase.PASSWORD);
    }
}
