package dev.vigil.engine.sbom;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;

/**
 * Reads one SBOM in a fresh JVM and prints {@code components=N millis=T peakHeapMiB=M}; run by
 * {@link SbomScaleTest} under {@code -Xmx512m}, or by hand:
 * {@code java -Xmx512m -cp ... dev.vigil.engine.sbom.SbomReadBench FILE [unvalidated]}.
 */
public final class SbomReadBench {
    private SbomReadBench() {}

    public static void main(String[] args) {
        SbomReader reader = SbomReader.withDefaults();
        if (args.length > 1) {
            reader = reader.withoutSchemaValidation();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        Sbom sbom = reader.read(Path.of(args[0]));
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(
                "components=%d dependencies=%d millis=%d cpuMillis=%d peakHeapMiB=%d%n",
                sbom.components().size(), sbom.dependencies().size(), millis, cpuMillis, peak / (1024 * 1024));
    }
}
