package dev.vigil.engine.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.assessment.Finding;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.risk.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The finding gate and the scoring it relies on, through the engine's one assess call. */
class FindingGateTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    /** A pump taking bolus commands from an app over a flow without authentication; hazards as given. */
    private static SystemModel pump(Path dir, String hazards, String functions) throws IOException {
        Path file = dir.resolve("pump.yaml");
        Files.writeString(
                file,
                """
                vigil: 1
                system:
                  id: sys
                  name: Pump
                  kind: product
                  essentialFunctions: [{id: dosing, name: Dosing, hazards: [%s]}]
                %s
                zones: [{id: z, type: home-network, trust: low}]
                components:
                  - {id: app, kind: mobile-app, zone: z}
                  - {id: pump, kind: device, zone: z, functions: [therapy-delivery]%s,
                     owner: manufacturer, software: {os: Zephyr, memorySafe: true, supportEnds: 2027-01-13}}
                data: [{id: bolus, category: therapy-command, confidentiality: 2, integrity: 5, availability: 4}]
                flows:
                  - {id: cmd, from: app, to: pump, data: [bolus], network: adjacent, authentication: none}
                """
                        .formatted(hazards.isEmpty() ? "" : "overdose", hazards, functions));
        return new ModelLoader().load(file).orThrow();
    }

    private static AssessResult assess(SystemModel model, FindingGate gate) {
        return new Assessor().assess(model, AssessOptions.on(DAY).withFindingGate(Optional.of(gate)));
    }

    @Test
    void aModelWhoseWeaknessesReachNoHazardFailsTheUncontrolledGateAndSaysHarmCannotBeRated(@TempDir Path dir)
            throws IOException {
        AssessResult result = assess(pump(dir, "", ""), FindingGate.UNCONTROLLED);
        assertThat(result.assessment().findings())
                .filteredOn(f -> f.id().equals("unauthenticated-command@cmd"))
                .singleElement()
                .satisfies(f -> assertThat(f.score().controlled()).isEmpty());
        assertThat(result.gates().findingGateFailed()).isTrue();
        assertThat(result.gates().reasons())
                .singleElement()
                .asString()
                .contains("--fail-on uncontrolled", "cannot be rated", "hazard");
    }

    @Test
    void withTheHazardLinkedTheGateJudgesTheRiskMatrixVerdict(@TempDir Path dir) throws IOException {
        AssessResult result = assess(
                pump(
                        dir,
                        "hazards: [{id: overdose, name: Overdose, harm: Hypoglycaemia, severity: catastrophic}]",
                        ", essentialFunctions: [dosing]"),
                FindingGate.UNCONTROLLED);
        assertThat(result.assessment().findings())
                .filteredOn(f -> f.id().equals("unauthenticated-command@cmd"))
                .singleElement()
                .satisfies(f -> assertThat(f.isUncontrolled()).isTrue());
        assertThat(result.gates().findingGateFailed()).isTrue();
        assertThat(result.gates().reasons()).singleElement().asString().contains("uncontrolled under the risk matrix");
    }

    @Test
    void aModelWithOnlyProcessFindingsPassesTheUncontrolledGate(@TempDir Path dir) throws IOException {
        SystemModel model = pump(dir, "", "");
        AssessResult result = new Assessor()
                .assess(
                        model,
                        AssessOptions.on(DAY)
                                .withFindingGate(Optional.of(FindingGate.UNCONTROLLED))
                                .withFindingGate(Optional.of(FindingGate.CRITICAL)));
        assertThat(result.gates().findingGateFailed()).isFalse();
        assertThat(result.gates().reasons()).isEmpty();
    }

    @Test
    void aMissingSbomIsAMediumProcessFindingWithoutAnAttackVector(@TempDir Path dir) throws IOException {
        Finding missing = assess(pump(dir, "", ""), FindingGate.CRITICAL).assessment().findings().stream()
                .filter(f -> f.id().equals("missing-sbom@pump"))
                .findFirst()
                .orElseThrow();
        assertThat(missing.score().severity()).isEqualTo(Severity.MEDIUM);
        assertThat(missing.score().cvssVector()).isNull();
        assertThat(missing.score().controlled()).isEmpty();
    }

    @Test
    void everyDateRuleReadsTheAssessmentDate(@TempDir Path dir) throws IOException {
        SystemModel model = pump(dir, "", "");
        assertThat(new Assessor()
                        .assess(model, AssessOptions.on(DAY))
                        .assessment()
                        .findings())
                .extracting(Finding::id)
                .contains("platform-support-ending@pump")
                .doesNotContain("platform-end-of-support@pump");
        assertThat(new Assessor()
                        .assess(model, AssessOptions.on(LocalDate.of(2027, 2, 1)))
                        .assessment()
                        .findings())
                .extracting(Finding::id)
                .contains("platform-end-of-support@pump")
                .doesNotContain("platform-support-ending@pump");
        assertThat(new Assessor()
                        .assess(model, AssessOptions.on(LocalDate.of(2026, 1, 1)))
                        .assessment()
                        .findings())
                .extracting(Finding::id)
                .doesNotContain("platform-end-of-support@pump", "platform-support-ending@pump");
    }
}
