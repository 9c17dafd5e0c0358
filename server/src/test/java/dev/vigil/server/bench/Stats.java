package dev.vigil.server.bench;

import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Percentiles of measured times, and a repeated request measured after a warm-up. */
final class Stats {
    private Stats() {}

    interface Call {
        HttpResponse<String> call() throws Exception;
    }

    /** The nearest-rank percentile of {@code values} (0 < p <= 100). */
    static long percentile(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    static void measure(String what, int warmup, int runs, Call call) throws Exception {
        // The first request after start loads classes and, on the portfolio, computes the summaries of the
        // seeded releases (stored without one, as releases stored before V5): reported on its own.
        long cold = System.nanoTime();
        check(what, call.call());
        ServerBench.OUT.printf(Locale.ROOT, "%s: first request %d ms%n", what, (System.nanoTime() - cold) / 1_000_000);
        for (int i = 1; i < warmup; i++) {
            check(what, call.call());
        }
        List<Long> times = new ArrayList<>();
        int bytes = 0;
        long cpu = processCpuNanos();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            HttpResponse<String> r = call.call();
            times.add((System.nanoTime() - start) / 1_000_000);
            check(what, r);
            bytes = r.body().length();
        }
        long cpuPerRequest = (processCpuNanos() - cpu) / runs / 1_000_000;
        ServerBench.OUT.printf(
                Locale.ROOT,
                "%s: p50 %d ms, p95 %d ms, max %d ms over %d requests (%d KB each); CPU %d ms per request%n",
                what,
                percentile(times, 50),
                percentile(times, 95),
                percentile(times, 100),
                runs,
                bytes / 1024,
                cpuPerRequest);
    }

    /**
     * CPU time of this whole JVM (server, client and the server's idle background threads): unlike the
     * times above, it does not grow when other programs load the machine, so it shows what a request costs.
     */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void check(String what, HttpResponse<String> r) {
        if (r.statusCode() != 200) {
            throw new IllegalStateException(what + ": answered " + r.statusCode() + " " + r.body());
        }
    }
}
