package dev.vigil.engine.threat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.engine.catalog.Catalog;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.threat.rules.Hit;
import dev.vigil.engine.threat.rules.Rule;
import dev.vigil.engine.threat.rules.Rules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rule classes, their metadata files, the catalog's themes and the rule tests stay in step. */
class RuleBookConsistencyTest {

    static final Path METADATA = Path.of("src/main/resources/rules");
    static final Path TESTS = Path.of("src/test/java");

    @Test
    void everyRegisteredRuleHasValidMetadata() {
        assertThat(RuleBook.standard().entries()).isNotEmpty();
    }

    @Test
    void everyMetadataFileBelongsToARegisteredRule() throws IOException {
        Set<String> registered = Rules.all().stream().map(Rule::id).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(METADATA)) {
            Set<String> described = files.map(p -> p.getFileName().toString().replace(".yaml", ""))
                    .collect(Collectors.toSet());
            assertThat(described).isEqualTo(registered);
        }
    }

    @Test
    void ruleIdsAreKebabCase() {
        assertThat(Rules.all()).allSatisfy(r -> assertThat(r.id()).matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @Test
    void everyThemeOfEveryRuleExistsInTheCatalog() {
        Catalog catalog = Catalog.load();
        for (RuleBook.Entry e : RuleBook.standard().entries()) {
            assertThat(e.metadata().themes())
                    .as(e.rule().id())
                    .allSatisfy(t -> assertThat(catalog.findTheme(t)).as(t).isPresent());
        }
    }

    @Test
    void everyRuleHasATestClass() {
        for (Rule rule : Rules.all()) {
            // Beside the rule, in whichever package it lives.
            Path test = TESTS.resolve(rule.getClass().getPackageName().replace('.', '/'))
                    .resolve(rule.getClass().getSimpleName() + "Test.java");
            assertThat(test).as("one rule, one test: " + test).exists();
        }
    }

    @Test
    void aRuleWithoutMetadataIsRejectedWithItsId() {
        Rule orphan = new Rule() {
            @Override
            public String id() {
                return "no-such-rule";
            }

            @Override
            public List<Hit> check(ModelIndex model) {
                return List.of();
            }
        };
        assertThatThrownBy(() -> new RuleBook(List.of(orphan)))
                .hasMessageContaining("no-such-rule: no metadata file /rules/no-such-rule.yaml");
    }
}
