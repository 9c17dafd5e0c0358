package dev.vigil.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.engine.advisory.store.AdvisoryStore;
import dev.vigil.server.PostgresDatabase;
import dev.vigil.server.VigilServerApplication;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The server benchmark (issue 12's performance list), run as a program, never as a timed test:
 * <ol>
 *   <li>upload through the API of a release whose model references a 5,000-component SBOM, to the stored
 *       assessment and vulnerabilities;
 *   <li>the portfolio page with 1,000 products and 10,000 releases, and a release page with 2,000 findings
 *       (p50/p95 over repeated requests);
 *   <li>a bounded load run: N concurrent API clients for S seconds mixing reads and uploads, then a count of
 *       the stored releases against the uploads answered 201 (no lost write).
 * </ol>
 * Each on H2 and on the PostgreSQL at 127.0.0.1:5432 (skipped with a printed reason when none answers).
 * Run it with the command in DEVELOPING.md; arguments: {@code [h2|postgres|both] [clients] [seconds]}.
 */
public final class ServerBench {

    static final String PASSWORD = "bench-" + UUID.randomUUID();
    static final PrintStream OUT = System.out;

    private ServerBench() {}

    public static void main(String[] args) throws Exception {
        String databases = args.length > 0 ? args[0] : "both";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        Path work = Files.createDirectories(Path.of("target", "bench"));
        Path store = advisoryStore(work.resolve("advisories"));
        if (!databases.equals("postgres")) {
            run("H2", work, store, null, clients, seconds);
        }
        if (!databases.equals("h2")) {
            PostgresDatabase pg;
            try {
                pg = PostgresDatabase.createOrSkip("the PostgreSQL part of the server benchmark");
            } catch (RuntimeException skipped) {
                return; // the reason is printed
            }
            try (pg) {
                run("PostgreSQL", work, store, pg.url(), clients, seconds);
            }
        }
        System.exit(0); // db-scheduler threads would keep the JVM alive
    }

    private static void run(String label, Path work, Path store, String databaseUrl, int clients, int seconds)
            throws Exception {
        OUT.println("== " + label);
        Path dataDir = Files.createTempDirectory(work, "data-");
        List<String> properties = new ArrayList<>(List.of(
                "server.port=0",
                "vigil.data-dir=" + dataDir.toAbsolutePath(),
                "vigil.admin.password=" + PASSWORD,
                "vigil.advisories=" + store.toAbsolutePath(),
                "logging.level.root=WARN"));
        if (databaseUrl != null) {
            properties.add("spring.datasource.url=" + databaseUrl);
            properties.add("spring.datasource.username=" + PostgresDatabase.USER);
            properties.add("spring.datasource.password=" + PostgresDatabase.PASSWORD);
        }
        // As command-line arguments: they outrank application.yaml (default properties would not, and the
        // server would open the user's own data directory).
        try (ConfigurableApplicationContext server = new SpringApplicationBuilder(VigilServerApplication.class)
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new))) {
            String base = "http://127.0.0.1" + ":" + server.getEnvironment().getProperty("local.server.port");
            BenchClient client = new BenchClient(base, "admin", PASSWORD);
            JdbcTemplate db = server.getBean(JdbcTemplate.class);
            uploads(client);
            if (clients > 0) { // 0 clients: the uploads alone, e.g. under a profiler
                pages(client, db);
                LoadRun.run(client, db, clients, seconds);
            }
        }
    }

    // ---- (a) upload of a release whose model references a 5,000-component SBOM

    private static void uploads(BenchClient client) throws Exception {
        create(client, "bench");
        String model = glucoflow("bench");
        String sbom = bigSbom();
        OUT.printf(
                Locale.ROOT, "upload: model + SBOM of %d components (%d KB)%n", components(sbom), sbom.length() / 1024);
        List<Long> times = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            long start = System.nanoTime();
            long cpu = Stats.processCpuNanos();
            HttpResponse<String> r = client.upload("bench", "5000." + i, "glucoflow.yaml", model, Map.of(SBOM, sbom));
            long ms = (System.nanoTime() - start) / 1_000_000;
            long cpuMs = (Stats.processCpuNanos() - cpu) / 1_000_000;
            if (r.statusCode() != 201) {
                throw new IllegalStateException("upload answered " + r.statusCode() + ": " + r.body());
            }
            JsonNode v = BenchClient.json(r).get("vulnerabilities");
            OUT.printf(
                    Locale.ROOT,
                    "upload %d: %d ms, CPU %d ms (vulnerabilities checked: %s, reported: %s)%n",
                    i,
                    ms,
                    cpuMs,
                    v.path("checked").asText(),
                    v.path("scan").path("vulnerabilities").asText("none"));
            times.add(ms);
        }
        List<Long> warm = times.subList(1, times.size());
        OUT.printf(
                Locale.ROOT,
                "upload 5,000 components: first %d ms, then median %d ms, max %d ms (target <= 2000 ms)%n",
                times.get(0),
                Stats.percentile(warm, 50),
                Stats.percentile(warm, 100));
    }

    // ---- (b) portfolio with 1,000 products and 10,000 releases; release page with 2,000 findings

    private static void pages(BenchClient client, JdbcTemplate db) throws Exception {
        create(client, "small");
        HttpResponse<String> small = client.upload(
                "small", "1.0", "glucoflow.yaml", glucoflow("small"), Map.of(SBOM, resource("sboms/pump.cdx.json")));
        if (small.statusCode() != 201) {
            throw new IllegalStateException("upload answered " + small.statusCode() + ": " + small.body());
        }
        String report =
                db.queryForObject("SELECT report_json FROM product_release WHERE product_id = 'small'", String.class);
        long seedStart = System.nanoTime();
        Seeding.portfolio(db, report, summariesOnly(report), 1000, 10);
        OUT.printf(
                Locale.ROOT,
                "seeded 1,000 products and 10,000 releases (report.json %d KB each) in %d ms%n",
                report.length() / 1024,
                (System.nanoTime() - seedStart) / 1_000_000);
        Seeding.release(db, "small", "2000-findings", withFindings(report, 2000));

        Stats.measure(
                "portfolio page, 1,002 products, paged by 100 (target p95 <= 200 ms)",
                5,
                40,
                () -> client.page("/products"));
        Stats.measure(
                "release page, 2,000 findings, paged (target p95 <= 300 ms)",
                5,
                40,
                () -> client.page("/products/small/releases/2000-findings"));
        Stats.measure(
                "API findings, 2,000, page of 100",
                5,
                40,
                () -> client.api(
                        "GET", "/api/v1/products/small/releases/2000-findings/findings?page=3&size=100", null));
    }

    /** The report's summary parts only. */
    static String summariesOnly(String report) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode tree = (ObjectNode) json.readTree(report);
        tree.retain("summary", "complianceSummary", "vulnerabilitySummary");
        tree.set("findings", json.createArrayNode());
        return json.writeValueAsString(tree);
    }

    /** The report with its findings repeated (ids made unique) up to {@code count}. */
    static String withFindings(String report, int count) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode tree = (ObjectNode) json.readTree(report);
        ArrayNode original = (ArrayNode) tree.get("findings");
        ArrayNode findings = json.createArrayNode();
        for (int i = 0; findings.size() < count; i++) {
            ObjectNode f = ((ObjectNode) original.get(i % original.size())).deepCopy();
            f.put("id", f.get("id").asText() + "~" + (i / original.size()));
            findings.add(f);
        }
        tree.set("findings", findings);
        ((ObjectNode) tree.get("summary")).put("findings", count);
        return json.writeValueAsString(tree);
    }

    // ---- fixtures

    static final String SBOM = "sboms/pump.cdx.json";

    static void create(BenchClient client, String id) throws Exception {
        HttpResponse<String> r =
                client.api("POST", "/api/v1/products", "{\"id\":\"" + id + "\",\"name\":\"" + id + "\"}");
        if (r.statusCode() != 201) {
            throw new IllegalStateException("product " + id + ": " + r.statusCode() + " " + r.body());
        }
    }

    static String glucoflow(String productId) throws IOException {
        return resource("glucoflow.yaml").replace("  id: glucoflow\n", "  id: " + productId + "\n");
    }

    static String resource(String name) throws IOException {
        try (InputStream in = ServerBench.class.getResourceAsStream("/glucoflow/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The shared 5,000-component PyPI SBOM when present, else one generated with as many components. */
    static String bigSbom() throws IOException {
        Path shared = shared("bench-sboms/pypi-synthetic-5000.json");
        if (Files.isRegularFile(shared)) {
            return Files.readString(shared);
        }
        OUT.println("(../shared/data absent: a generated SBOM of 5,000 PyPI components, no advisories matched)");
        StringBuilder s = new StringBuilder("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.5\",\"components\":[");
        for (int i = 0; i < 5000; i++) {
            s.append(i == 0 ? "" : ",")
                    .append("{\"type\":\"library\",\"name\":\"pkg")
                    .append(i)
                    .append("\",\"version\":\"1.")
                    .append(i % 50)
                    .append("\",\"purl\":\"pkg:pypi/pkg")
                    .append(i)
                    .append("@1.")
                    .append(i % 50)
                    .append("\"}");
        }
        return s.append("]}").toString();
    }

    private static int components(String sbom) throws IOException {
        return new ObjectMapper().readTree(sbom).path("components").size();
    }

    /** An advisory store from the shared OSV PyPI export, imported once under target/bench. */
    static Path advisoryStore(Path dir) throws IOException {
        Path zip = shared("osv-bulk/PyPI/all.zip");
        if (!AdvisoryStore.exists(dir) && Files.isRegularFile(zip)) {
            long start = System.nanoTime();
            AdvisoryStore.importFrom(dir, List.of(zip));
            OUT.printf(
                    Locale.ROOT,
                    "advisory store: OSV PyPI imported in %d ms%n",
                    (System.nanoTime() - start) / 1_000_000);
        }
        if (!AdvisoryStore.exists(dir)) {
            OUT.println("(no advisory store: ../shared/data/osv-bulk absent; vulnerabilities are not checked)");
        }
        return dir;
    }

    /** A file of the shared public data, from the worktree root or from the server module. */
    static Path shared(String name) {
        Path fromRoot = Path.of("../shared/data", name);
        return Files.exists(fromRoot) ? fromRoot : Path.of("../../shared/data", name);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
