package dev.vigil.engine.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.load.LoadResult;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.model.Tracking;
import dev.vigil.engine.risk.RiskMatrix;
import dev.vigil.engine.risk.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessmentTest {

    static final Path REFERENCE = Path.of("src/test/resources/models/reference-model.yaml");
    static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path dir;

    @Test
    void theReferenceModelsWeaknessesBecomeScoredOpenFindings() throws IOException {
        Assessment a = assess(Files.readString(REFERENCE));
        assertThat(a.findings())
                .extracting(Finding::id)
                .contains("default-credentials@pump", "debug-port-enabled@pump");
        Finding creds = find(a, "default-credentials@pump");
        assertThat(creds.status()).isEqualTo(Tracking.Status.OPEN);
        assertThat(creds.score().cvssVector()).startsWith("CVSS:3.1/AV:A/AC:L/PR:N/");
        assertThat(creds.score().controlled()).contains(false);
        assertThat(a.rulesRun()).contains("default-credentials", "debug-port-enabled", "cleartext-sensitive-data");
        assertThat(a.date()).isEqualTo(DAY);
    }

    @Test
    void findingsAreSortedBySeverityThenId() throws IOException {
        List<Finding> findings = assess(Files.readString(REFERENCE)).findings();
        assertThat(findings)
                .isSortedAccordingTo(
                        Comparator.comparing((Finding f) -> f.score().severity())
                                .thenComparing(Finding::id));
        assertThat(findings).isNotEmpty();
        assertThat(findings.get(0).score().severity()).isIn(Severity.CRITICAL, Severity.HIGH);
    }

    @Test
    void trackingSetsStatusAndKeepsTheJustification() throws IOException {
        Assessment a = assess(
                Files.readString(REFERENCE)
                        .replace(
                                "tracking: []",
                                """
                        tracking:
                          - {finding: default-credentials@pump, status: accepted, justification: Service port needs a magnet first., by: PSIRT, date: 2026-10-01}
                        """));
        Finding f = find(a, "default-credentials@pump");
        assertThat(f.status()).isEqualTo(Tracking.Status.ACCEPTED);
        assertThat(f.tracking().flatMap(Tracking::justification)).contains("Service port needs a magnet first.");
        assertThat(a.summary().byStatus().get(Tracking.Status.ACCEPTED)).isEqualTo(1);
        assertThat(a.trackingWarnings()).isEmpty();
    }

    @Test
    void trackingThatNamesNoFindingIsAWarningNotAnError() throws IOException {
        Assessment a = assess(
                Files.readString(REFERENCE)
                        .replace(
                                "tracking: []",
                                """
                        tracking:
                          - {finding: weak-pairing@pump-ble, status: mitigated}
                        """));
        assertThat(a.trackingWarnings())
                .singleElement()
                .satisfies(w -> assertThat(w).contains("weak-pairing@pump-ble").contains("names no finding"));
        assertThat(a.findings()).isNotEmpty();
    }

    @Test
    void anExclusionRemovesItsFindingAndIsListedWithTheAssumptionsText() throws IOException {
        Assessment a = assess(
                Files.readString(REFERENCE)
                        + """
                  - id: sealed-enclosure
                    text: The SWD pads are under a glued enclosure that tamper evidence would show.
                    excludes:
                      - {rule: debug-port-enabled, element: pump}
                      - {rule: debug-port-enabled, element: app}
                """);
        assertThat(a.findings()).extracting(Finding::id).doesNotContain("debug-port-enabled@pump");
        assertThat(a.exclusions()).hasSize(2);
        AppliedExclusion removed = a.exclusions().stream()
                .filter(e -> e.element().equals("pump"))
                .findFirst()
                .orElseThrow();
        assertThat(removed.removedFinding()).contains("debug-port-enabled@pump");
        assertThat(removed.text()).contains("glued enclosure");
        assertThat(a.exclusions().stream()
                        .filter(e -> e.element().equals("app"))
                        .findFirst()
                        .orElseThrow()
                        .removedFinding())
                .isEmpty();
    }

    @Test
    void theSameModelInAnotherOrderGivesTheSameFindings() throws IOException {
        String text = Files.readString(REFERENCE);
        Assessment a = assess(text);
        Assessment b = assess(AssessmentOrder.reverse(text));
        assertThat(AssessmentOrder.reverse(text)).isNotEqualTo(text);
        assertThat(b.findings()).isEqualTo(a.findings());
    }

    @Test
    void theDateComesFromTheClock() throws IOException {
        SystemModel model = load(Files.readString(REFERENCE));
        Clock clock = Clock.fixed(Instant.parse("2027-01-02T23:30:00Z"), ZoneOffset.UTC);
        assertThat(Assessment.of(model, clock, RiskMatrix.standard()).date()).isEqualTo(LocalDate.of(2027, 1, 2));
    }

    static Finding find(Assessment a, String id) {
        return a.findings().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    Assessment assess(String yaml) throws IOException {
        return Assessment.of(load(yaml), DAY, RiskMatrix.standard());
    }

    SystemModel load(String yaml) throws IOException {
        Path file = Files.writeString(Files.createTempFile(dir, "model", ".yaml"), yaml);
        LoadResult result = new ModelLoader().load(file);
        assertThat(result.diagnostics())
                .as("model loads")
                .filteredOn(d -> d.isError())
                .isEmpty();
        return result.orThrow();
    }
}
