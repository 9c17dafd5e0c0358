package dev.vigil.server.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A bounded load run on 127.0.0.1: {@code clients} threads for {@code seconds}, each sending reads and now
 * and then an upload of a new version; afterwards the stored releases are counted against the uploads the
 * server answered 201 for.
 */
final class LoadRun {
    private LoadRun() {}

    static void run(BenchClient client, JdbcTemplate db, int clients, int seconds) throws Exception {
        ServerBench.create(client, "load");
        String model = ServerBench.glucoflow("load");
        Map<String, String> files = Map.of(ServerBench.SBOM, ServerBench.resource("sboms/pump.cdx.json"));
        List<Long> reads = Collections.synchronizedList(new ArrayList<>());
        List<Long> writes = Collections.synchronizedList(new ArrayList<>());
        Set<String> stored = ConcurrentHashMap.newKeySet();
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger sequence = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    long start = System.nanoTime();
                    try {
                        if (random.nextInt(10) == 0) {
                            String version = "load." + sequence.incrementAndGet();
                            HttpResponse<String> r = client.upload("load", version, "glucoflow.yaml", model, files);
                            writes.add((System.nanoTime() - start) / 1_000_000);
                            if (r.statusCode() == 201) {
                                stored.add(version);
                            } else {
                                errors.add("upload " + version + ": " + r.statusCode());
                            }
                        } else {
                            String path =
                                    switch (random.nextInt(4)) {
                                        case 0 -> "/api/v1/products";
                                        case 1 -> "/api/v1/products/small/releases/1.0";
                                        case 2 -> "/api/v1/products/small/releases/2000-findings/findings?page="
                                                + (1 + random.nextInt(20)) + "&size=100";
                                        default -> "/api/v1/products/seed-0" + (100 + random.nextInt(900))
                                                + "/releases";
                                    };
                            HttpResponse<String> r = client.api("GET", path, null);
                            reads.add((System.nanoTime() - start) / 1_000_000);
                            if (r.statusCode() != 200) {
                                errors.add("GET " + path + ": " + r.statusCode());
                            }
                        }
                    } catch (Exception e) {
                        errors.add(e.toString());
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 600L, TimeUnit.SECONDS);
        List<String> inDatabase =
                db.queryForList("SELECT version FROM product_release WHERE product_id = 'load'", String.class);
        long lost = stored.stream().filter(v -> !inDatabase.contains(v)).count();
        ServerBench.OUT.printf(
                Locale.ROOT,
                "load: %d clients for %d s: %d reads (%.1f/s, p50 %d ms, p95 %d ms), %d uploads (p50 %d ms, p95 %d"
                        + " ms), %d errors, %d uploads answered 201, %d stored, %d lost%n",
                clients,
                seconds,
                reads.size(),
                reads.size() / (double) seconds,
                reads.isEmpty() ? 0 : Stats.percentile(reads, 50),
                reads.isEmpty() ? 0 : Stats.percentile(reads, 95),
                writes.size(),
                writes.isEmpty() ? 0 : Stats.percentile(writes, 50),
                writes.isEmpty() ? 0 : Stats.percentile(writes, 95),
                errors.size(),
                stored.size(),
                inDatabase.size(),
                lost);
        errors.stream().distinct().limit(10).forEach(e -> ServerBench.OUT.println("  error: " + e));
    }
}
