package dev.vigil.cli;

import dev.vigil.engine.assess.AssessOptions;
import dev.vigil.engine.assess.Assessor;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.sbom.SbomReader;
import dev.vigil.engine.scan.ScanResult;
import dev.vigil.engine.scan.VulnerabilityFinding;
import dev.vigil.engine.scan.VulnerabilityGate;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigil scan SBOM|MODEL}: matches components against the advisory store and ranks the findings. */
@Command(
        name = "scan",
        footerHeading = "%nExamples:%n",
        footer = {
            "  vigil scan app.cdx.json",
            "  vigil scan examples/glucoflow.yaml --vex vendor.vex.json --fail-on kev",
            "  vigil scan app.cdx.json --format sarif > scan.sarif"
        },
        mixinStandardHelpOptions = true,
        description = {
            "Match the components of an SBOM, or of every component SBOM a system model names, against the "
                    + "advisory store, and rank the vulnerabilities found.",
            "Exit 0: done; 1: --fail-on threshold reached; 2: bad input or no advisory store."
        })
final class ScanCommand implements Callable<Integer> {
    /** A system model starts with its format marker; SBOMs never have a top-level {@code vigil} key. */
    private static final Pattern MODEL_MARKER = Pattern.compile("(?m)^vigil\\s*:");

    enum Format {
        text,
        json,
        sarif
    }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "SBOM|MODEL", description = "A CycloneDX or SPDX SBOM, or a Vigil system model.")
    Path input;

    @Option(
            names = "--vex",
            paramLabel = "F",
            arity = "1..*",
            description = "VEX documents (CycloneDX, OpenVEX, CSAF): not_affected and fixed statements suppress"
                    + " findings, affected and under_investigation annotate them. Give the oldest first: on equal"
                    + " timestamps the document given last wins.")
    List<Path> vex;

    @Option(
            names = "--show-suppressed",
            description = "Also list the findings a VEX statement suppresses, with its justification.")
    boolean showSuppressed;

    @Mixin
    ReleaseVexOptions releaseVex;

    @Option(
            names = "--format",
            defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(
            names = "--fail-on",
            paramLabel = "LEVEL",
            description = "Exit 1 when a finding reaches this priority band: critical, high, medium, low, "
                    + "or kev (any known-exploited finding).")
    String failOn;

    @Option(
            names = "--allow-unchecked",
            description = "Let --fail-on pass although no SBOM was read or model components running software"
                    + " name none (by default what was not checked does not pass).")
    boolean allowUnchecked;

    @Option(
            names = "--strict",
            description = "Refuse SBOMs that violate their schema (by default violations a reader can still"
                    + " read, such as element order or unknown properties, import with warnings).")
    boolean strict;

    @Override
    public Integer call() {
        VulnerabilityGate gate = gate(failOn, "--fail-on");
        releaseVex.check();
        if (!Files.isRegularFile(input)) {
            throw new BadInputException("no such file: " + input);
        }
        Optional<SystemModel> model = isModel(input)
                ? Optional.of(ModelArgument.load(input, spec.commandLine().getErr()))
                : Optional.empty();
        AssessOptions options = AssessOptions.on(LocalDate.now(Clock.systemUTC()))
                .withSbomReader(reader())
                .withVex(VexFiles.index(vex))
                .withVulnerabilityGate(Optional.ofNullable(gate))
                .withUncheckedAllowed(allowUnchecked);
        // One engine call: the scan and its gate verdict, what was not checked included.
        Assessor.ScanVerdict scanned = AdvisoryStores.using(store.store, true, advisories -> {
            AssessOptions withStore = options.withStore(advisories);
            return model.isPresent()
                    ? new Assessor().scanModel(model.get(), withStore.withSources(ModelArgument.sources(input)))
                    : new Assessor().scanSbom(input, withStore);
        });
        ScanResult result = scanned.result();
        PrintWriter err = spec.commandLine().getErr();
        result.sbomWarnings().forEach(w -> err.println("vigil: warning: " + w));
        scanned.gateFailure().ifPresent(why -> err.println("vigil: --fail-on not passed: " + why));
        PrintWriter out = spec.commandLine().getOut();
        if (releaseVex.requested()) {
            releaseVex.write(result, model, input, out, spec.commandLine().getErr());
        } else {
            switch (format) {
                case json -> out.print(ScanReport.json(result, showSuppressed));
                case sarif -> out.print(ScanReport.sarif(result, input, showSuppressed));
                case text -> printText(out, result, showSuppressed);
            }
        }
        out.flush();
        err.flush();
        return scanned.gateFailed() ? ExitCodes.POLICY_FAILED : ExitCodes.OK;
    }

    /**
     * Lenient by default: an SBOM that breaks its schema only in ways a reader can still read imports with
     * warnings. --strict validates against the schema and refuses any violation.
     */
    private SbomReader reader() {
        return strict ? SbomReader.withDefaults() : SbomReader.withDefaults().lenient();
    }

    private static boolean isModel(Path file) {
        byte[] head = new byte[4096];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage());
        }
        String text = new String(head, 0, n, StandardCharsets.UTF_8);
        return !text.stripLeading().startsWith("{")
                && !text.stripLeading().startsWith("<")
                && MODEL_MARKER.matcher(text).find();
    }

    private static void printText(PrintWriter out, ScanResult result, boolean showSuppressed) {
        result.reported().forEach(f -> out.println(line(f)));
        if (showSuppressed && !result.suppressed().isEmpty()) {
            out.println("suppressed by VEX:");
            for (VulnerabilityFinding f : result.suppressed()) {
                out.println(line(f) + System.lineSeparator() + "         "
                        + f.vex().orElseThrow().explain());
            }
        }
        int reported = result.reported().size();
        int suppressed = result.findings().size() - reported;
        out.printf(
                Locale.ROOT,
                "%d vulnerabilit%s in %d components (%s); %d known exploited%s%n",
                reported,
                reported == 1 ? "y" : "ies",
                result.componentCount(),
                ScanReport.bandSummary(result),
                result.knownExploitedCount(),
                suppressed == 0
                        ? ""
                        : "; " + suppressed + " suppressed by VEX"
                                + (showSuppressed ? "" : " (--show-suppressed lists them)"));
        result.coverage().describe().forEach(out::println);
    }

    private static String line(VulnerabilityFinding f) {
        return String.format(
                Locale.ROOT,
                "%-8s %4.1f  %-20s %s%s  [%s, %s]%s",
                f.priority().band().wire(),
                f.priority().score(),
                f.id(),
                f.componentLabel(),
                f.knownExploited().isPresent() ? "  KEV" : "",
                f.matches().get(0).rule().wire(),
                f.confidence().wire(),
                f.vex()
                        .filter(s -> !f.suppressed())
                        .map(s -> "  VEX " + s.status().id())
                        .orElse(""));
    }

    /** A {@code --fail-on} style option, or null when not given. */
    static VulnerabilityGate gate(String level, String option) {
        if (level == null) {
            return null;
        }
        try {
            return VulnerabilityGate.parse(level);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(option + " " + e.getMessage());
        }
    }
}
