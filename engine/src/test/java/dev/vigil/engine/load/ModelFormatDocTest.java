package dev.vigil.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/model-format.md is the contract: its field tables are generated from the format declaration, and
 * the original specification in ../shared/spec stays its floor (everything it names is still accepted).
 */
class ModelFormatDocTest {

    static final Path PAGE = Path.of("../docs/model-format.md");
    static final Path SPEC = Path.of("../../shared/spec/model-format.md");

    /** Free-text examples and notation the specification shows that are not keys or enum values. */
    private static final Set<String> NOT_FORMAT_WORDS = Set.of(
            "ble-gatt", "https", "hl7v2", "dicom", "mqtt", "YYYY-MM-DD", "1", "true", "false", "rule-id", "element-id");

    @Test
    void theFieldTablesAreGeneratedFromTheDeclaration() throws IOException {
        String page = Files.readString(PAGE);
        String regenerated = ModelFormatDoc.regenerate(page);
        if (Boolean.getBoolean("vigil.writeDocs")) {
            Files.writeString(PAGE, regenerated);
        }
        assertThat(page)
                .as("docs/model-format.md is stale: run mvn -B -o -pl engine test -Dtest=ModelFormatDocTest"
                        + " -Dvigil.writeDocs=true")
                .isEqualTo(regenerated);
    }

    @Test
    void everySectionOfTheFormatHasItsTable() throws IOException {
        String page = Files.readString(PAGE);
        List<String> missing = new ArrayList<>();
        for (String section : ModelFormatDoc.sections()) {
            boolean hasFields = !List.of("vigil", "include", "lifecycle").contains(section);
            if (hasFields && !page.contains("<!-- fields: " + section + " -->")) {
                missing.add(section);
            }
        }
        assertThat(missing).isEmpty();
        assertThat(page).contains("<!-- fields: model -->");
    }

    @Test
    void everyKeyAndValueOfTheOriginalSpecificationIsStillAccepted() throws IOException {
        Assumptions.assumeTrue(Files.exists(SPEC), "skipped: ../shared/spec is not present on this machine");
        Set<String> accepted = ModelFormatDoc.words();
        Set<String> unknown = new TreeSet<>();
        for (String word : specWords(Files.readString(SPEC))) {
            if (!accepted.contains(word) && !NOT_FORMAT_WORDS.contains(word)) {
                unknown.add(word);
            }
        }
        assertThat(unknown)
                .as("words of the specification the format no longer accepts")
                .isEmpty();
    }

    @Test
    void theSpecificationsLifecycleExampleStillLoads(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(Files.exists(SPEC), "skipped: ../shared/spec is not present on this machine");
        String spec = Files.readString(SPEC);
        Matcher yaml =
                Pattern.compile("```yaml\n(lifecycle:.*?)```", Pattern.DOTALL).matcher(spec);
        assertThat(yaml.find()).isTrue();
        Path model = dir.resolve("m.yaml");
        Files.writeString(
                model,
                """
                vigil: 1
                system: {id: s, name: S, kind: product}
                zones: [{id: z, type: cloud, trust: medium}]
                components: [{id: c, kind: service, zone: z}]
                data: []
                flows: []
                """
                        + yaml.group(1));
        assertThat(new ModelLoader().load(model).diagnostics()).isEmpty();
    }

    /** Words in backticks: whole tokens, and the keys of {@code {a, b?, c: [...]}} forms. */
    private static Set<String> specWords(String spec) {
        Set<String> words = new TreeSet<>();
        Matcher code = Pattern.compile("`([^`\n]+)`").matcher(spec);
        while (code.find()) {
            String text = code.group(1);
            if (text.startsWith("{")) {
                Matcher key =
                        Pattern.compile("([A-Za-z][A-Za-z0-9-]*)\\??(?=[,}:])").matcher(text);
                while (key.find()) {
                    words.add(key.group(1));
                }
            } else {
                for (String token : text.split("[^A-Za-z0-9.\\-]+")) {
                    if (!token.isEmpty()) {
                        words.add(token);
                    }
                }
            }
        }
        return words;
    }
}
