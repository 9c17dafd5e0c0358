package dev.vigil.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.advisory.store.AdvisoryStore;
import dev.vigil.engine.assess.AssessOptions;
import dev.vigil.engine.assess.AssessResult;
import dev.vigil.engine.assess.Assessor;
import dev.vigil.engine.assess.FindingGate;
import dev.vigil.engine.assess.Output;
import dev.vigil.engine.compliance.ComplianceDocument;
import dev.vigil.engine.compliance.ComplianceReport;
import dev.vigil.engine.compliance.ComplianceStatus;
import dev.vigil.engine.documents.DocumentHtml;
import dev.vigil.engine.documents.DocumentOptions;
import dev.vigil.engine.documents.DocumentSets;
import dev.vigil.engine.documents.Documents;
import dev.vigil.engine.documents.GeneratedDocument;
import dev.vigil.engine.documents.IdPlacement;
import dev.vigil.engine.load.Shape.EnumShape;
import dev.vigil.engine.load.Shape.ListShape;
import dev.vigil.engine.load.Shape.ObjectShape;
import dev.vigil.engine.mds2.Mds2Disclosure;
import dev.vigil.engine.mds2.Mds2Document;
import dev.vigil.engine.mds2.Mds2Workbook;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.render.JsonDocuments;
import dev.vigil.engine.report.ComplianceHtml;
import dev.vigil.engine.report.Diagram;
import dev.vigil.engine.report.ReportHtml;
import dev.vigil.engine.report.ReportJson;
import dev.vigil.engine.scan.VulnerabilityGate;
import dev.vigil.engine.source.Diagnostic;
import dev.vigil.engine.source.SourceResolver;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Assess never fails on a valid model: models generated from the format declaration ({@link ModelGenerator})
 * are accepted by the loader, and assess (every output), compliance, diagrams, both reports, one document set
 * and the MDS2 form are made from each without an exception.
 *
 * <p>{@code mvn -B verify} tries {@value #DEFAULT_TRIES} models from a fixed seed. A longer run:
 * {@code mvn -B -o -pl engine test -Dtest=GeneratedModelsTest -Dvigil.gen.tries=2000 -Dvigil.gen.seed=random}
 * (it also checks that every enumeration value was generated once {@value #COVERAGE_TRIES} models were tried).
 * A failure prints each model's seed; {@code -Dvigil.gen.seed=SEED -Dvigil.gen.tries=1} makes exactly that
 * model again, and its files are written under {@code target/generated-models/SEED/}.
 */
class GeneratedModelsTest {

    /**
     * Models tried by {@code mvn verify}: each costs about a second of CPU (documents and diagrams the
     * most), and the build machine is shared, so the bounded run stays small; the long run is a property.
     */
    private static final int DEFAULT_TRIES = 40;

    /** From this many models on, every value of every enumeration must have been generated. */
    private static final int COVERAGE_TRIES = 300;

    private static final long DEFAULT_SEED = 20_261_204L;
    private static final Path ADVISORIES = Path.of("src/test/resources/advisory");

    @TempDir
    static Path temp;

    private static AdvisoryStore store;

    /** Seconds spent per step over the run, printed so that a slow step shows. */
    private static final Map<String, Long> NANOS = new ConcurrentHashMap<>();

    /** The step a model is at, timing each step as the next begins. */
    private static final class Steps {
        private String current;
        private long since = System.nanoTime();

        Steps(String first) {
            current = first;
        }

        void next(String step) {
            long now = System.nanoTime();
            NANOS.merge(current, now - since, Long::sum);
            current = step;
            since = now;
        }

        String current() {
            return current;
        }
    }

    @BeforeAll
    static void openStore() throws IOException {
        Path dir = temp.resolve("store");
        AdvisoryStore.importFrom(
                dir,
                List.of(
                        ADVISORIES.resolve("osv"),
                        ADVISORIES.resolve("nvd"),
                        ADVISORIES.resolve("csaf"),
                        ADVISORIES.resolve("kev")));
        store = AdvisoryStore.open(dir);
    }

    @AfterAll
    static void closeStore() throws IOException {
        store.close();
    }

    /** What broke, at which step, for which seed. */
    private record Failure(long seed, String step, Throwable error, String detail) {}

    @Test
    void everyGeneratedModelIsValidAndEveryOutputIsMadeFromIt() throws IOException {
        int tries = Integer.getInteger("vigil.gen.tries", DEFAULT_TRIES);
        String seedProperty = System.getProperty("vigil.gen.seed", String.valueOf(DEFAULT_SEED));
        long base = seedProperty.equals("random") ? System.nanoTime() : Long.parseLong(seedProperty);
        Map<String, Set<String>> enumsSeen = new ConcurrentHashMap<>();
        Assessor assessor = new Assessor();
        List<Failure> failures = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < tries; i++) {
            long seed = base + i;
            Steps steps = new Steps("generate");
            GeneratedModels generated = GeneratedModels.make(seed, enumsSeen);
            Optional<Failure> failure = check(generated, assessor, steps);
            steps.next("done");
            failure.ifPresent(failures::add);
            if (failure.isPresent() && failures.size() <= 5) {
                dump(generated);
            }
        }
        System.out.printf(
                "GeneratedModelsTest: %d models from seed %d in %.1f s, %d failed; seconds per step: %s%n",
                tries,
                base,
                (System.nanoTime() - started) / 1e9,
                failures.size(),
                new TreeMap<>(NANOS)
                        .entrySet().stream()
                                .map(e -> String.format("%s %.1f", e.getKey(), e.getValue() / 1e9))
                                .collect(Collectors.joining(", ")));
        assertThat(failures).as(() -> report(failures)).isEmpty();
        if (tries >= COVERAGE_TRIES) {
            assertThat(enumsSeen)
                    .as("every value of every enumeration was generated")
                    .isEqualTo(declaredEnums());
        }
    }

    private static Optional<Failure> check(GeneratedModels generated, Assessor assessor, Steps step) {
        long seed = generated.seed();
        SourceResolver sources = SourceResolver.inMemory(generated.files());
        ModelLoader loader = new ModelLoader();
        step.next("validate");
        for (String site : generated.siteRoots()) {
            LoadResult loaded = loader.load(Path.of(site), sources);
            if (!loaded.isValid()) {
                return Optional.of(new Failure(seed, "validate site " + site, null, diagnostics(loaded)));
            }
        }
        LoadResult loaded = loader.load(Path.of(generated.root()), sources);
        if (!loaded.isValid()) {
            return Optional.of(new Failure(seed, "validate", null, diagnostics(loaded)));
        }
        SystemModel model = loaded.orThrow();
        step.next("assess");
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        LocalDate date = LocalDate.of(2026, 11, 24).plusDays(random.nextInt(-3000, 3000));
        try {
            AssessResult result = assessor.assess(model, options(random, date, sources));
            step.next("report.json");
            String version = "generated";
            ReportJson.render(
                    result.assessment(), version, result.compliance(), result.vulnerabilities(), result.support());
            step.next("report.html");
            List<Diagram> diagrams = Diagram.of(result.diagrams());
            ReportHtml.render(
                    result.assessment(),
                    version,
                    diagrams,
                    result.compliance(),
                    result.vulnerabilities(),
                    result.support());
            step.next("compliance");
            ComplianceReport compliance = result.compliance().orElseThrow();
            for (boolean byPhase : new boolean[] {false, true}) {
                ComplianceHtml.page(compliance, byPhase);
                JsonDocuments.write(ComplianceDocument.of(compliance, byPhase));
            }
            JsonDocuments.write(ComplianceDocument.ActionsDocument.of(compliance));
            step.next("documents");
            // a product gets the submission and customer sets, a site its own (any other is refused by design)
            List<String> sets = DocumentSets.standard().sets().stream()
                    .filter(x -> x.documents(model.system().kind()))
                    .map(DocumentSets.DocumentSet::id)
                    .toList();
            String set = sets.get(random.nextInt(sets.size()));
            List<GeneratedDocument> documents = Documents.make(result, DocumentOptions.on(date), List.of(set), sources);
            for (GeneratedDocument document : documents) {
                DocumentHtml.render(document, version);
            }
            step.next("ids where they belong");
            List<String> misplaced = new ArrayList<>(
                    IdPlacement.missing(model, result.assessment().findings(), documents, IdPlacement::modelText));
            misplaced.addAll(IdPlacement.disabledInterfacesNotSaidSo(model, documents));
            if (!misplaced.isEmpty()) {
                return Optional.of(new Failure(seed, step.current(), null, String.join("\n  ", misplaced)));
            }
            step.next("mds2");
            if (model.system().kind() == dev.vigil.engine.model.SystemInfo.Kind.PRODUCT) { // MDS2 is a device form
                Mds2Disclosure disclosure = Mds2Disclosure.of(model, date);
                JsonDocuments.write(Mds2Document.of(disclosure));
                if (random.nextInt(10) == 0) { // the workbook costs the most: every tenth model
                    Mds2Workbook.write(disclosure, new ByteArrayOutputStream());
                }
            }
        } catch (Exception | Error e) {
            return Optional.of(new Failure(seed, step.current(), e, ""));
        }
        return Optional.empty();
    }

    /** Every output, against the test store or none, with gates drawn at random. */
    private static AssessOptions options(SplittableRandom random, LocalDate date, SourceResolver sources) {
        AssessOptions options = AssessOptions.on(date)
                .withSources(sources)
                .withOutputs(Output.COMPLIANCE, Output.VULNERABILITIES, Output.DIAGRAMS, Output.SUPPORT)
                .withSupportWarningDays(random.nextInt(3651))
                .withStore(random.nextInt(4) == 0 ? Optional.empty() : Optional.of(store));
        if (random.nextBoolean()) {
            FindingGate[] gates = FindingGate.values();
            options = options.withFindingGate(Optional.of(gates[random.nextInt(gates.length)]))
                    .withVulnerabilityGate(Optional.of(VulnerabilityGate.parse(
                            List.of("critical", "high", "medium", "low", "kev").get(random.nextInt(5)))))
                    .withComplianceGate(
                            Optional.of(random.nextBoolean() ? ComplianceStatus.GAP : ComplianceStatus.PARTIAL))
                    .withUncheckedAllowed(random.nextBoolean());
        }
        return options;
    }

    private static String diagnostics(LoadResult loaded) {
        return loaded.errors().stream().map(Diagnostic::toString).collect(Collectors.joining("\n  "));
    }

    private static String report(List<Failure> failures) {
        StringBuilder text = new StringBuilder(failures.size() + " generated models failed:\n");
        for (Failure f : failures) {
            text.append("seed ")
                    .append(f.seed())
                    .append(" at ")
                    .append(f.step())
                    .append(": ")
                    .append(f.error() == null ? "" : f.error().toString())
                    .append(f.detail().isEmpty() ? "" : "\n  " + f.detail())
                    .append('\n');
        }
        failures.stream().filter(f -> f.error() != null).limit(3).forEach(f -> {
            StringWriter trace = new StringWriter();
            f.error().printStackTrace(new PrintWriter(trace));
            text.append("\nseed ").append(f.seed()).append(":\n").append(trace);
        });
        text.append("\nreproduce one: mvn -B -o -pl engine test -Dtest=GeneratedModelsTest -Dvigil.gen.tries=1"
                + " -Dvigil.gen.seed=SEED (files in engine/target/generated-models/SEED/)");
        return text.toString();
    }

    /** Writes a failing model's files so it can be read, validated and assessed by hand. */
    private static void dump(GeneratedModels generated) throws IOException {
        Path dir = Path.of("target/generated-models", String.valueOf(generated.seed()));
        for (Map.Entry<String, byte[]> file : generated.files().entrySet()) {
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        Files.writeString(dir.resolve("ROOT"), generated.root() + "\n", StandardCharsets.UTF_8);
    }

    /** Every enumeration of the declaration, by the path the generator records it under. */
    private static Map<String, Set<String>> declaredEnums() {
        Map<String, Set<String>> out = new TreeMap<>();
        collect(FormatOne.ROOT, out, new java.util.HashSet<>());
        return out;
    }

    private static void collect(Shape shape, Map<String, Set<String>> out, Set<Shape> seen) {
        if (shape instanceof ObjectShape object && seen.add(object)) {
            for (Shape.Field field : object.fields()) {
                Shape inner = field.shape() instanceof ListShape l ? l.item() : field.shape();
                if (inner instanceof EnumShape e) {
                    out.put(object.label() + "." + field.name(), new TreeSet<>(e.values()));
                }
                collect(inner, out, seen);
            }
        } else if (shape instanceof Shape.ChoiceShape choice) {
            collect(choice.object(), out, seen);
        }
    }
}
