package dev.vigil.bench;

import dev.vigil.cli.ExitCodes;
import dev.vigil.engine.assessment.Assessment;
import dev.vigil.engine.load.LoadResult;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.report.ReportFiles;
import dev.vigil.engine.risk.RiskMatrix;
import dev.vigil.engine.threat.RuleBook;
import dev.vigil.engine.threat.ThreatEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil bench assess}: generates a model, writes it to a temporary file and times each stage of an
 * assessment as {@code vigil assess --out} runs it: load, rules, scoring, report.
 */
@Command(
        name = "assess",
        footerHeading = "%nExamples:%n",
        footer = {"  vigil bench assess", "  vigil bench assess --components 500 --flows 2500 --seed 7"},
        mixinStandardHelpOptions = true,
        description = "Time an assessment of a generated model (load, rules, scoring, report).")
final class BenchAssessCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--components", defaultValue = "2000", description = "Components (default: ${DEFAULT-VALUE}).")
    int components;

    @Option(names = "--flows", defaultValue = "10000", description = "Flows (default: ${DEFAULT-VALUE}).")
    int flows;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        if (flows < 0) {
            throw new BadOptionException("--flows must not be negative");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path file = Files.createTempFile("vigil-bench", ".yaml");
        try {
            Files.writeString(file, BenchModel.yaml(components, flows, seed));
            long bytes = Files.size(file);
            // Wall time suffers on a loaded machine; this thread's CPU time shows the work itself.
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long[] cpu = new long[5];
            cpu[0] = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            LoadResult result = new ModelLoader().load(file);
            if (!result.isValid()) {
                result.errors().stream().limit(5).forEach(spec.commandLine().getErr()::println);
                return ExitCodes.BAD_INPUT;
            }
            SystemModel model = result.orThrow();
            long t1 = System.nanoTime();
            cpu[1] = threads.getCurrentThreadCpuTime();
            ModelIndex index = new ModelIndex(model);
            RuleBook rules = RuleBook.standard();
            List<ThreatEngine.Detection> detections = new ThreatEngine(rules).run(index);
            long t2 = System.nanoTime();
            cpu[2] = threads.getCurrentThreadCpuTime();
            Assessment assessment = Assessment.from(
                    index, detections, Assessment.rulesFor(rules, model), LocalDate.now(), RiskMatrix.standard());
            long t3 = System.nanoTime();
            cpu[3] = threads.getCurrentThreadCpuTime();
            ReportFiles.Rendered reports =
                    ReportFiles.render(assessment, Bench.versionText(), List.of(), java.util.Optional.empty());
            String json = reports.json();
            String html = reports.html();
            long t4 = System.nanoTime();
            cpu[4] = threads.getCurrentThreadCpuTime();
            Runtime rt = Runtime.getRuntime();
            out.printf(
                    Locale.ROOT,
                    "model: %d components, %d flows, seed %d (%,d bytes of YAML); %d rules, %d findings%n",
                    model.components().size(),
                    model.flows().size(),
                    seed,
                    bytes,
                    assessment.rulesRun().size(),
                    assessment.findings().size());
            out.printf(Locale.ROOT, "stage       wall      cpu%n");
            out.printf(Locale.ROOT, "load     %7.3f s %7.3f s%n", seconds(t1 - t0), seconds(cpu[1] - cpu[0]));
            out.printf(Locale.ROOT, "rules    %7.3f s %7.3f s%n", seconds(t2 - t1), seconds(cpu[2] - cpu[1]));
            out.printf(Locale.ROOT, "scoring  %7.3f s %7.3f s%n", seconds(t3 - t2), seconds(cpu[3] - cpu[2]));
            out.printf(
                    Locale.ROOT,
                    "report   %7.3f s %7.3f s (json %,d bytes, html %,d bytes)%n",
                    seconds(t4 - t3),
                    seconds(cpu[4] - cpu[3]),
                    json.length(),
                    html.length());
            out.printf(Locale.ROOT, "total    %7.3f s %7.3f s%n", seconds(t4 - t0), seconds(cpu[4] - cpu[0]));
            out.printf(
                    Locale.ROOT,
                    "heap     %d MiB used of %d MiB max, %d processors%n",
                    (rt.totalMemory() - rt.freeMemory()) >> 20,
                    rt.maxMemory() >> 20,
                    rt.availableProcessors());
            out.flush();
            return ExitCodes.OK;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
