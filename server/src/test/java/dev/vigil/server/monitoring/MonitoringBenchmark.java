package dev.vigil.server.monitoring;

import dev.vigil.engine.advisory.store.ImportSummary;
import dev.vigil.engine.sbom.SbomComponent;
import dev.vigil.engine.scan.ComponentCheck;
import dev.vigil.server.ServerTestEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The monitoring benchmark of issue 13 (a measurement, not a test: surefire never picks it up by its name, and
 * it asserts no time). On a throw-away PostgreSQL database: 10,000 releases x 200 SBOM components, then 1,000
 * new OSV advisories imported, then the re-check of what they touch and the draft cases; prints each phase.
 *
 * <pre>
 * mvn -B -o -pl server -am test -Dtest=MonitoringBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dvigil.bench=monitoring [-Dvigil.bench.releases=10000 -Dvigil.bench.components=200 -Dvigil.bench.advisories=1000]
 * </pre>
 *
 * The portfolio is written straight into the monitor's index tables (the same fingerprints and the engine's
 * lookup keys as {@link Recheck} writes), because assessing 10,000 uploads is not what is measured. 50 products
 * share a pool of 4,000 PyPI packages (neighbouring products overlap); a product's releases move to the next
 * minor version of every package every 20 releases. Each advisory affects one package below 1.5.0.
 */
@SpringBootTest
@ContextConfiguration(initializers = ServerTestEnvironment.class)
class MonitoringBenchmark {

    static final int RELEASES = Integer.getInteger("vigil.bench.releases", 10_000);
    static final int COMPONENTS = Integer.getInteger("vigil.bench.components", 200);
    static final int ADVISORIES = Integer.getInteger("vigil.bench.advisories", 1_000);
    static final int PRODUCTS = 50;
    static final int POOL = 4_000;

    static final String DATABASE =
            "vigil_bench_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
    static final String HOST = System.getenv().getOrDefault("PGHOST", "127.0.0.1");
    static final String PORT = System.getenv().getOrDefault("PGPORT", "5432");
    static final String USER = System.getenv().getOrDefault("PGUSER", "postgres");
    static final String PASSWORD = System.getenv().getOrDefault("PGPASSWORD", "");

    static boolean created;

    @BeforeAll
    static void onlyWhenAsked() throws SQLException {
        if (!"monitoring".equals(System.getProperty("vigil.bench"))) {
            String reason = "a benchmark: run it with -Dvigil.bench=monitoring";
            System.out.println(reason);
            Assumptions.abort(reason);
        }
        try (Connection admin = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
                Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + DATABASE);
            created = true;
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (created) {
            try (Connection admin = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
                    Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE " + DATABASE + " WITH (FORCE)");
            }
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> url(DATABASE) + "?reWriteBatchedInserts=true");
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
        registry.add(
                "vigil.advisories", () -> dir("bench-store-").resolve("store").toString());
        // No scheduled work during the measurement: the re-check is called directly.
        registry.add("vigil.feeds.interval", () -> "PT100H");
        registry.add("vigil.feeds.index-interval", () -> "PT100H");
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FeedStore feeds;

    @Autowired
    MonitorStore store;

    @Autowired
    Recheck recheck;

    @Test
    void tenThousandReleasesThousandNewAdvisories() throws Exception {
        long t0 = System.nanoTime();
        int distinct = portfolio();
        System.out.printf(
                "bench: portfolio of %d releases x %d components (%d distinct components) written in %d s%n",
                RELEASES,
                COMPONENTS,
                distinct,
                Duration.ofNanos(System.nanoTime() - t0).toSeconds());

        Path feed = dir("bench-feed-");
        for (int a = 0; a < ADVISORIES; a++) {
            Files.writeString(
                    feed.resolve("BENCH-" + a + ".json"),
                    MonitoringFixtures.osv("GHSA-bench-" + a, "CVE-2026-" + (50000 + a), "benchlib-" + a)
                            .replace("1.2.0", "1.5.0"));
        }
        long t1 = System.nanoTime();
        ImportSummary summary = feeds.importFrom(feed);
        Duration importing = Duration.ofNanos(System.nanoTime() - t1);
        Instant now = Instant.now();
        long importId = store.insertImport(new MonitorStore.FeedImport(
                0,
                feed.toString(),
                "bench",
                now,
                now,
                true,
                summary.imported(),
                0,
                0,
                0,
                0,
                summary.changedKeys().size(),
                "bench",
                Optional.empty()));
        store.insertChangedKeys(importId, summary.changedKeys());
        System.out.printf(
                "bench: import of %d advisories into the store: %d ms%n", summary.imported(), importing.toMillis());

        long t2 = System.nanoTime();
        Recheck.Outcome outcome = recheck.run(Optional.of(importId));
        Duration rechecking = Duration.ofNanos(System.nanoTime() - t2);
        long cases = jdbc.queryForObject("SELECT COUNT(*) FROM vuln_case", Long.class);
        long caseComponents = jdbc.queryForObject("SELECT COUNT(*) FROM case_component", Long.class);
        // The releases the draft cases concern, as the case pages read them (CaseStore.releases).
        long caseReleases = jdbc.queryForObject(
                "SELECT COUNT(*) FROM case_component cc JOIN vuln_case c ON c.id = cc.case_ref"
                        + " JOIN release_component rc ON rc.component_id = cc.component_id"
                        + " JOIN product_release r ON r.id = rc.release_id AND r.product_id = c.product_id",
                Long.class);
        System.out.printf(
                "bench: re-check + draft cases: %d ms (%d components re-checked, %d new matches, %d draft cases"
                        + " naming %d components held by %d release components)%n",
                rechecking.toMillis(),
                outcome.componentsChecked(),
                outcome.added(),
                cases,
                caseComponents,
                caseReleases);
    }

    /** Writes products, releases and the monitor's index; returns the number of distinct components. */
    private int portfolio() {
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        List<Object[]> products = new ArrayList<>();
        for (int p = 0; p < PRODUCTS; p++) {
            products.add(new Object[] {"bench-" + p, "Bench " + p, "bench", at});
        }
        jdbc.batchUpdate("INSERT INTO product (id, name, created_by, created_at) VALUES (?, ?, ?, ?)", products);
        Map<String, Long> componentIds = new HashMap<>();
        List<Object[]> components = new ArrayList<>();
        List<Object[]> keys = new ArrayList<>();
        long nextComponent = 1;
        int perProduct = RELEASES / PRODUCTS;
        List<Object[]> releases = new ArrayList<>();
        List<Object[]> monitored = new ArrayList<>();
        List<Object[]> held = new ArrayList<>();
        long releaseId = 1;
        for (int p = 0; p < PRODUCTS; p++) {
            for (int r = 0; r < perProduct; r++, releaseId++) {
                releases.add(new Object[] {
                    releaseId, "bench-" + p, "1." + r, "product", "m.yaml", "vigil: 1\n", "h", "bench", at, "{}"
                });
                monitored.add(new Object[] {releaseId, at, COMPONENTS, ""});
                int minor = r / 20;
                for (int j = 0; j < COMPONENTS; j++) {
                    String name = "benchlib-" + ((p * 80 + j) % POOL);
                    String version = "1." + minor + ".0";
                    String purl = "pkg:pypi/" + name + "@" + version;
                    Long id = componentIds.get(purl);
                    if (id == null) {
                        id = nextComponent++;
                        componentIds.put(purl, id);
                        SbomComponent c = new SbomComponent(
                                name, "library", null, name, version, purl, null, null, null, List.of(), List.of(),
                                null, null, null);
                        components.add(new Object[] {id, Recheck.fingerprint(c), name, "library", name, version, purl});
                        for (String key : new java.util.LinkedHashSet<>(ComponentCheck.lookupKeys(c))) {
                            keys.add(new Object[] {key, id});
                        }
                    }
                    held.add(new Object[] {releaseId, "pump", "sboms/pump.cdx.json", id});
                }
            }
        }
        jdbc.batchUpdate(
                "INSERT INTO product_release (id, product_id, version, kind, model_name, model_text, content_hash,"
                        + " uploaded_by, uploaded_at, report_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                releases);
        jdbc.batchUpdate(
                "INSERT INTO monitored_component (id, fingerprint, ref, type, name, version, purl)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                components);
        jdbc.batchUpdate("INSERT INTO monitored_key (lookup_key, component_id) VALUES (?, ?)", keys);
        jdbc.batchUpdate(
                "INSERT INTO monitored_release (release_id, indexed_at, components, ecosystems_missing)"
                        + " VALUES (?, ?, ?, ?)",
                monitored);
        for (int i = 0; i < held.size(); i += 50_000) {
            jdbc.batchUpdate(
                    "INSERT INTO release_component (release_id, element_id, sbom_name, component_id)"
                            + " VALUES (?, ?, ?, ?)",
                    held.subList(i, Math.min(held.size(), i + 50_000)));
        }
        jdbc.execute("ANALYZE");
        return components.size();
    }

    private static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    private static Path dir(String prefix) {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")), prefix)
                    .toAbsolutePath();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
