package dev.vigil.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.assess.AssessOptions;
import dev.vigil.engine.assess.AssessResult;
import dev.vigil.engine.assess.Assessor;
import dev.vigil.engine.assess.Output;
import dev.vigil.engine.assessment.Finding;
import dev.vigil.engine.load.LoadResult;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.Hazard;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.source.SourceResolver;
import dev.vigil.engine.threat.RuleBook;
import dev.vigil.engine.threat.ThreatEngine;
import dev.vigil.engine.threat.ThreatEngine.Detection;
import dev.vigil.engine.threat.rules.Hit;
import dev.vigil.engine.threat.rules.Rule;
import dev.vigil.engine.threat.rules.Rules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Scoring reads typed facts, so how a fact is worded for people cannot move any score, band or decision:
 * every fact of every rule is reworded over the example models and the ICSMA advisory models, and the
 * scores, the findings' statuses, the compliance report and the gates come out the same.
 */
class FactWordingTest {

    private static final List<Path> MODELS =
            List.of(Path.of("../examples"), Path.of("src/test/resources/models/icsma"));
    private static final LocalDate ASSESSED = LocalDate.of(2026, 6, 1);

    /** What scoring decides about a finding, leaving out the wording of the facts it quotes as reasons. */
    private record Decided(
            String vector,
            double score,
            Severity severity,
            int band,
            double subScore,
            List<String> factorValues,
            Optional<Boolean> controlled,
            Optional<Hazard.Severity> harm,
            List<String> hazards,
            boolean multiPatient) {

        static Decided of(RiskScore s) {
            Exploitability e = s.exploitability();
            return new Decided(
                    s.cvssVector(),
                    s.cvssScore(),
                    s.severity(),
                    e.band(),
                    e.subScore(),
                    Stream.of(
                                    e.attackVector(),
                                    e.attackComplexity(),
                                    e.privilegesRequired(),
                                    e.userInteraction(),
                                    e.scope())
                            .map(Factor::value)
                            .toList(),
                    s.controlled(),
                    s.harmSeverity(),
                    s.hazards(),
                    s.multiPatient());
        }
    }

    @Test
    void rewordingEveryFactLeavesEveryScoreUnchanged() throws IOException {
        List<ModelIndex> models = new ArrayList<>();
        models().forEach(m -> models.add(new ModelIndex(m, ASSESSED)));
        // The unlocked debug port is the case where scoring reads a rule's facts; make sure it is covered.
        models.add(RiskFixtures.model(
                "network: internet",
                "hardening: {debugPortsLocked: false}, interfaces: [{id: port, type: jtag, enabledInField: true}]",
                ""));
        int compared = 0;
        Set<String> debugPortFindings = new HashSet<>();
        for (ModelIndex index : models) {
            for (Detection d : new ThreatEngine().run(index)) {
                Detection reworded = new Detection(d.rule(), d.hit().reworded(FactWordingTest::otherWording));
                assertThat(reworded.hit().facts())
                        .doesNotContainAnyElementsOf(d.hit().facts());
                assertThat(reworded.hit().typedFacts())
                        .extracting(f -> f.element() + " " + f.path() + " " + f.value())
                        .containsExactlyElementsOf(d.hit().typedFacts().stream()
                                .map(f -> f.element() + " " + f.path() + " " + f.value())
                                .toList());
                RiskScore original = new RiskScorer(index, RiskMatrix.standard()).score(d);
                RiskScore after = new RiskScorer(index, RiskMatrix.standard()).score(reworded);
                assertThat(Decided.of(after)).as(d.id()).isEqualTo(Decided.of(original));
                assertThat(after.impactReasons()).as(d.id()).isEqualTo(original.impactReasons());
                compared++;
                if (d.rule().id().equals("debug-port-enabled")) {
                    debugPortFindings.add(d.id());
                }
            }
        }
        assertThat(compared).isGreaterThan(100);
        assertThat(debugPortFindings).as("unlocked debug ports scored").isNotEmpty();
    }

    @Test
    void rewordingEveryFactOfEveryRuleLeavesEveryAssessmentDecisionUnchanged() throws IOException {
        Assessor plain = new Assessor(RuleBook.of(Rules.all()));
        Assessor reworded = new Assessor(RuleBook.of(
                Rules.all().stream().map(r -> (Rule) new Reworded(r)).toList()));
        AssessOptions options = AssessOptions.on(ASSESSED).withOutputs(Output.COMPLIANCE);
        Set<String> rulesWithFacts = new HashSet<>();
        int findings = 0;
        for (SystemModel model : models()) {
            AssessResult before = plain.assess(model, options);
            AssessResult after = reworded.assess(model, options);
            Map<String, Finding> afterById =
                    after.assessment().findings().stream().collect(Collectors.toMap(Finding::id, Function.identity()));
            assertThat(afterById.keySet())
                    .containsExactlyInAnyOrderElementsOf(before.assessment().findings().stream()
                            .map(Finding::id)
                            .toList());
            for (Finding f : before.assessment().findings()) {
                Finding g = afterById.get(f.id());
                assertThat(g.facts()).as(f.id()).hasSameSizeAs(f.facts()).doesNotContainAnyElementsOf(f.facts());
                assertThat(g.kind()).as(f.id()).isEqualTo(f.kind());
                assertThat(g.status()).as(f.id()).isEqualTo(f.status());
                assertThat(Decided.of(g.score())).as(f.id()).isEqualTo(Decided.of(f.score()));
                if (!f.facts().isEmpty()) {
                    rulesWithFacts.add(f.rule().id());
                }
                findings++;
            }
            assertThat(after.assessment().summary())
                    .isEqualTo(before.assessment().summary());
            assertThat(after.compliance()).as(model.system().id()).isEqualTo(before.compliance());
            assertThat(after.gates()).isEqualTo(before.gates());
        }
        assertThat(findings).isGreaterThan(100);
        // Most rules fire somewhere in these models; the count keeps the corpus from shrinking unnoticed.
        assertThat(rulesWithFacts).as("rules whose facts were reworded").hasSizeGreaterThan(35);
    }

    /** A rule whose facts are worded otherwise; what they state is untouched. */
    private record Reworded(Rule rule) implements Rule {
        @Override
        public String id() {
            return rule.id();
        }

        @Override
        public List<Hit> check(ModelIndex model) {
            return rule.check(model).stream()
                    .map(h -> h.reworded(FactWordingTest::otherWording))
                    .toList();
        }
    }

    private static String otherWording(String fact) {
        return "the model says: " + new StringBuilder(fact).reverse();
    }

    /**
     * The ICSMA models leave one fact open ({@code ${authentication}}, ...) for their rule tests to switch;
     * each is loaded with every setting those tests use, so weak and sound variants are both reworded.
     */
    private static final Map<String, List<String>> SETTINGS = Map.of(
            "authentication",
            List.of("none", "client-only", "server-only", "mutual"),
            "memorySafe",
            List.of("false", "true"),
            "transport",
            List.of(
                    "encryption: none, integrity: none",
                    "encryption: none, integrity: mac",
                    "encryption: tls1.3, integrity: none"));

    private static final Pattern SETTING = Pattern.compile("\\$\\{(\\w+)}");

    private static List<SystemModel> models() throws IOException {
        List<SystemModel> models = new ArrayList<>();
        for (Path dir : MODELS) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".yaml"))
                        .sorted()
                        .toList()) {
                    String text = Files.readString(f);
                    Matcher open = SETTING.matcher(text);
                    if (!open.find()) {
                        models.add(load(f, text));
                        continue;
                    }
                    assertThat(SETTINGS).as(f + " leaves open " + open.group()).containsKey(open.group(1));
                    for (String value : SETTINGS.get(open.group(1))) {
                        models.add(load(f, text.replace(open.group(), value)));
                    }
                }
            }
        }
        assertThat(models).hasSizeGreaterThan(15);
        return models;
    }

    private static SystemModel load(Path file, String text) {
        LoadResult result = new ModelLoader().load(file, text, SourceResolver.fileSystem());
        assertThat(result.isValid())
                .as(file + " loads: " + result.diagnostics())
                .isTrue();
        return result.orThrow();
    }
}
