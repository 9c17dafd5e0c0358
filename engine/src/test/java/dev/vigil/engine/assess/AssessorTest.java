package dev.vigil.engine.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.engine.assessment.Finding;
import dev.vigil.engine.compliance.Compliance;
import dev.vigil.engine.compliance.ComplianceOptions;
import dev.vigil.engine.compliance.ComplianceReport;
import dev.vigil.engine.compliance.ComplianceRow;
import dev.vigil.engine.compliance.ComplianceStatus;
import dev.vigil.engine.load.LoadResult;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.report.VulnerabilityCheck;
import dev.vigil.engine.scan.VulnerabilityGate;
import dev.vigil.engine.source.InputException;
import dev.vigil.engine.threat.RuleBook;
import dev.vigil.engine.threat.ThreatEngine;
import dev.vigil.engine.threat.rules.Hit;
import dev.vigil.engine.threat.rules.Rule;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The engine's one assess call: rules run once, compliance reads the findings, gates decided here. */
class AssessorTest {
    private static final Path REFERENCE = Path.of("src/test/resources/models/reference-model.yaml");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    private static SystemModel reference() {
        LoadResult loaded = new ModelLoader().load(REFERENCE);
        assertThat(loaded.errors()).isEmpty();
        return loaded.orThrow();
    }

    /** Every standard rule, counting how often it is asked to check the model. */
    private static final class Counting implements Rule {
        private final Rule rule;
        private final AtomicInteger runs;

        Counting(Rule rule, AtomicInteger runs) {
            this.rule = rule;
            this.runs = runs;
        }

        @Override
        public String id() {
            return rule.id();
        }

        @Override
        public List<Hit> check(ModelIndex model) {
            runs.incrementAndGet();
            return rule.check(model);
        }
    }

    @Test
    void everyRuleRunsOncePerAssessEvenWithComplianceAndEveryOutput() {
        Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
        RuleBook counted = RuleBook.of(RuleBook.standard().entries().stream()
                .map(e -> (Rule)
                        new Counting(e.rule(), runs.computeIfAbsent(e.rule().id(), id -> new AtomicInteger())))
                .toList());
        SystemModel model = reference();

        AssessResult result =
                new Assessor(counted).assess(model, AssessOptions.on(DAY).withOutputs(Output.values()));

        assertThat(result.compliance()).isPresent();
        assertThat(result.assessment().rulesRun()).isNotEmpty();
        assertThat(runs.keySet()).containsAll(result.assessment().rulesRun());
        assertThat(runs).allSatisfy((id, count) -> assertThat(count.get())
                .as("runs of rule %s", id)
                .isEqualTo(result.assessment().rulesRun().contains(id) ? 1 : 0));
    }

    @Test
    void complianceFromTheAssessmentEqualsComplianceFromFreshDetections() {
        SystemModel model = reference();
        ComplianceReport fromDetections =
                Compliance.evaluate(model, new ThreatEngine().run(model), ComplianceOptions.ALL);

        ComplianceReport fromAssessment = new Assessor()
                .assess(model, AssessOptions.on(DAY).withOutputs(Output.COMPLIANCE))
                .compliance()
                .orElseThrow();

        assertThat(fromAssessment.rows()).hasSameSizeAs(fromDetections.rows());
        for (int i = 0; i < fromDetections.rows().size(); i++) {
            ComplianceRow expected = fromDetections.rows().get(i);
            ComplianceRow actual = fromAssessment.rows().get(i);
            assertThat(actual.status()).as(expected.requirement().id()).isEqualTo(expected.status());
            assertThat(actual.blockingFindings())
                    .as(expected.requirement().id())
                    .containsExactlyInAnyOrderElementsOf(expected.blockingFindings());
        }
    }

    @Test
    void outputsNotAskedForAreNotMadeAndTheVulnerabilitiesSaySo() {
        AssessResult result = new Assessor().assess(reference(), AssessOptions.on(DAY));

        assertThat(result.compliance()).isEmpty();
        assertThat(result.diagrams()).isEmpty();
        assertThat(result.vulnerabilities()).isInstanceOf(VulnerabilityCheck.NotChecked.class);
        assertThat(result.gates().anyFailed()).isFalse();
    }

    @Test
    void withoutAStoreTheVulnerabilitiesAreNotCheckedAndTheirGateDoesNotPassUnlessUncheckedIsAllowed() {
        AssessResult result =
                new Assessor().assess(reference(), AssessOptions.on(DAY).withOutputs(Output.VULNERABILITIES));
        assertThat(result.vulnerabilities()).isEqualTo(VulnerabilityCheck.notChecked());

        // "not checked" was an input error; it is a failed gate now, as vigil scan --fail-on treats it
        AssessOptions gated = AssessOptions.on(DAY).withVulnerabilityGate(Optional.of(VulnerabilityGate.parse("kev")));
        GateVerdicts failed = new Assessor().assess(reference(), gated).gates();
        assertThat(failed.vulnerabilityGateFailed()).isTrue();
        assertThat(failed.reasons())
                .singleElement()
                .asString()
                .contains("--fail-on-vulnerability")
                .contains("no advisory store")
                .contains("--allow-unchecked");

        GateVerdicts allowed = new Assessor()
                .assess(reference(), gated.withUncheckedAllowed(true))
                .gates();
        assertThat(allowed.vulnerabilityGateFailed()).isFalse();
        assertThat(allowed.reasons()).isEmpty();
    }

    @Test
    void theFindingGateFailsOnlyWhenAnOpenFindingReachesIt() {
        SystemModel model = reference();
        List<Finding> findings =
                new Assessor().assess(model, AssessOptions.on(DAY)).assessment().findings();
        for (FindingGate gate : FindingGate.values()) {
            boolean expected = findings.stream()
                    .filter(Finding::isOpen)
                    .anyMatch(f -> gate == FindingGate.UNCONTROLLED
                            ? f.isUncontrolled()
                            : f.score().severity().ordinal() <= gate.ordinal() - 1);
            assertThat(new Assessor()
                            .assess(model, AssessOptions.on(DAY).withFindingGate(Optional.of(gate)))
                            .gates()
                            .findingGateFailed())
                    .as(gate.name())
                    .isEqualTo(expected);
        }
    }

    @Test
    void theComplianceGateFailsOnAGapAndAnUnknownFrameworkIsAnInputError() {
        SystemModel model = reference();
        AssessResult result = new Assessor()
                .assess(model, AssessOptions.on(DAY).withComplianceGate(Optional.of(ComplianceStatus.GAP)));
        assertThat(result.gates().complianceGateFailed())
                .isEqualTo(result.compliance().orElseThrow().anyAtOrWorse(ComplianceStatus.GAP));

        assertThatThrownBy(() -> new Assessor()
                        .assess(
                                model,
                                AssessOptions.on(DAY)
                                        .withCompliance(new ComplianceOptions(List.of("no-such"), Optional.empty()))
                                        .withOutputs(Output.COMPLIANCE)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("unknown framework 'no-such'");
    }
}
