package dev.vigil.engine.vex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every public VEX example in {@code ../shared/data} reads, when that folder is present. */
class VexCorpusTest {

    @Test
    void everyCycloneDxVexExampleReads() throws IOException, VexException {
        Path dir = shared("cyclonedx-bom-examples/VEX");
        List<Path> files = jsonFiles(dir, p -> p.getFileName().toString().startsWith("vex"));
        Optional<Path> dt = SharedData.folder("cyclonedx-dependency-track-fixtures/boms");
        dt.map(d -> d.resolve("vex-issue2549.json")).filter(Files::exists).ifPresent(files::add);
        assertThat(files).hasSizeGreaterThanOrEqualTo(20);
        report(VexFormat.CYCLONEDX, files);
    }

    @Test
    void cisaUseCaseOneFilesCarryTheStatusTheirNameSays() throws VexException {
        Path dir = shared("cyclonedx-bom-examples/VEX/CISA-Use-Cases/Case-1");
        for (VexStatus status : VexStatus.values()) {
            String name = "vex-" + status.id() + ".json";
            assertThat(VexReader.read(dir.resolve(name)).statements())
                    .as(name)
                    .extracting(VexStatement::status)
                    .containsOnly(status);
        }
    }

    @Test
    void everyCsafVexExampleReads() throws IOException, VexException {
        Path dir = shared("csaf-oasis/csaf_2.0/examples/csaf/csaf_vex");
        List<Path> files = jsonFiles(dir, p -> true);
        assertThat(files).hasSizeGreaterThanOrEqualTo(13);
        report(VexFormat.CSAF, files);
    }

    private static void report(VexFormat format, List<Path> files) throws VexException {
        Map<VexStatus, Integer> counts = new EnumMap<>(VexStatus.class);
        int statements = 0;
        int withoutSubjects = 0;
        for (Path file : files) {
            VexDocument doc = VexReader.read(file);
            assertThat(doc.format()).as(file.toString()).isEqualTo(format);
            assertThat(doc.statements()).as(file.toString()).isNotEmpty();
            for (VexStatement s : doc.statements()) {
                counts.merge(s.status(), 1, Integer::sum);
                // CycloneDX use case 7 states "no product of ours" without naming any: read, matches nothing.
                withoutSubjects += s.subjects().isEmpty() ? 1 : 0;
            }
            statements += doc.statements().size();
        }
        System.out.printf(
                "VEX corpus: %d %s files, %d statements %s, %d without products%n",
                files.size(), format.label(), statements, counts, withoutSubjects);
    }

    private static Path shared(String folder) {
        Optional<Path> dir = SharedData.folder(folder);
        if (dir.isEmpty()) {
            System.out.println("VexCorpusTest skipped: ../shared/data/" + folder + " is not present");
        }
        assumeTrue(dir.isPresent(), "../shared/data/" + folder + " is not present");
        return dir.get();
    }

    private static List<Path> jsonFiles(Path dir, java.util.function.Predicate<Path> keep) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return new ArrayList<>(walk.filter(p -> p.toString().endsWith(".json"))
                    .filter(keep)
                    .sorted()
                    .toList());
        }
    }
}
