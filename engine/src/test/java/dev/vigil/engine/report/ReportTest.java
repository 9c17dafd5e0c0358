package dev.vigil.engine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.engine.assessment.Assessment;
import dev.vigil.engine.load.LoadResult;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.risk.RiskMatrix;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

    static final Path REFERENCE = Path.of("src/test/resources/models/reference-model.yaml");
    static final List<String> FINDING_FIELDS = List.of(
            "id",
            "rule",
            "title",
            "element",
            "kind",
            "stride",
            "cwe",
            "capec",
            "dittaPrinciple",
            "fdaControlCategory",
            "explanation",
            "facts",
            "exploitability",
            "cvssVector",
            "cvssScore",
            "severity",
            "harmSeverity",
            "controlled",
            "multiPatient",
            "status",
            "mitigations",
            "hazards");

    @TempDir
    Path dir;

    @Test
    void reportJsonCarriesSystemSummaryAndEveryFindingField() throws IOException {
        JsonNode r = new ObjectMapper().readTree(ReportJson.render(assess(Files.readString(REFERENCE)), "test"));
        assertThat(r.at("/system/id").asText()).isEqualTo("glucoflow");
        assertThat(r.at("/system/markets").toString()).isEqualTo("[\"us\",\"eu\",\"ca\",\"au\",\"fr\"]");
        assertThat(r.at("/summary/assessmentDate").asText()).isEqualTo("2026-11-24");
        assertThat(r.at("/summary/vigilVersion").asText()).isEqualTo("test");
        assertThat(r.at("/summary/bySeverity").size()).isEqualTo(5);
        assertThat(r.at("/riskMatrix/cells").size()).isEqualTo(25);
        assertThat(r.get("findings").size()).isPositive();
        for (JsonNode f : r.get("findings")) {
            assertThat(Stream.of(f.fieldNames()).flatMap(it -> {
                        List<String> names = new java.util.ArrayList<>();
                        it.forEachRemaining(names::add);
                        return names.stream();
                    }))
                    .containsAll(FINDING_FIELDS);
            assertThat(f.at("/exploitability/band").asInt()).isBetween(1, 5);
            assertThat(f.at("/exploitability/attackVector/value").asText()).isNotBlank();
            assertThat(f.get("cwe").get(0).asText()).matches("CWE-\\d+");
        }
        JsonNode creds = find(r, "default-credentials@pump");
        assertThat(creds.get("kind").asText()).isEqualTo("weakness");
        assertThat(creds.get("severity").asText()).isEqualTo("high");
        assertThat(creds.get("harmSeverity").asText()).isEqualTo("catastrophic");
        assertThat(creds.get("controlled").asBoolean()).isFalse();
        assertThat(creds.get("status").asText()).isEqualTo("open");
        assertThat(creds.get("hazards").get(0).get("severity").asText()).isNotBlank();
    }

    @Test
    void theSameModelGivesByteIdenticalJsonWhateverTheOrderOfItsElements() throws IOException {
        String text = Files.readString(REFERENCE);
        Assessment a = assess(text);
        String reordered = dev.vigil.engine.assessment.AssessmentOrder.reverse(text);
        assertThat(reordered).isNotEqualTo(text);
        assertThat(ReportJson.render(assess(reordered), "v")).isEqualTo(ReportJson.render(a, "v"));
        assertThat(ReportJson.render(assess(text), "v")).isEqualTo(ReportJson.render(a, "v"));
    }

    @Test
    void htmlEscapesModelTextAndLoadsNothingFromOutside() throws IOException {
        String hostile = Files.readString(REFERENCE)
                .replace("name: GlucoFlow insulin pump system", "name: \"<script>alert(1)</script> & 'pump'\"")
                .replace(
                        "text: The patient's phone runs a supported, non-rooted operating system.",
                        "text: \"<img src=x onerror=alert(2)>\"");
        String html = ReportHtml.render(assess(hostile), "v", List.of());
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(html).doesNotContain("<script").doesNotContain("<img");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;pump&#39;");
        assertThat(html).contains("&lt;img src=x onerror=alert(2)&gt;");
        assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("<link");
        assertThat(html).contains("No diagrams.");
    }

    @Test
    void htmlHasTheSectionsAReviewerNeeds() throws IOException {
        String html = ReportHtml.render(assess(Files.readString(REFERENCE)), "v", List.of());
        assertThat(html)
                .contains("id=\"summary\"", "id=\"risk-matrix\"", "id=\"findings\"", "id=\"assumptions\"")
                .contains("default-credentials@pump")
                .contains("phone-not-rooted")
                .contains("Mitigations");
        assertThat(html.split("<article", -1))
                .hasSize(assess(Files.readString(REFERENCE)).findings().size() + 1);
    }

    @Test
    void htmlPrintsWithoutClippedColumnsAndEveryFindingShowsItsRuleRows() throws IOException {
        Assessment a = assess(Files.readString(REFERENCE));
        String html = ReportHtml.render(a, "v", List.of());
        // the shared page shell: print rules that wrap long tokens instead of widening a column
        assertThat(html).contains("@media print", "overflow-wrap: anywhere", "Content-Security-Policy");
        // rule texts are rendered once per rule and shown under every one of its findings
        assertThat(html.split("<th>DITTA / FDA control</th>", -1))
                .hasSize(a.findings().size() + 1);
        assertThat(html.split("<th>Exploitability</th>", -1))
                .hasSize(a.findings().size() + 1);
    }

    @Test
    void diagramsAreInlinedButActiveContentIsLeftOut() throws IOException {
        Diagram plain = new Diagram(
                "data-flow",
                "Data flow",
                "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>");
        Diagram active = new Diagram("evil", "Evil", "<svg><script>alert(1)</script></svg>");
        String html = ReportHtml.render(assess(Files.readString(REFERENCE)), "v", List.of(plain, active));
        assertThat(html).contains("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>");
        assertThat(html).doesNotContain("<?xml").doesNotContain("<script");
        assertThat(html).contains("left out because it contains active or remote content");
        assertThatThrownBy(() -> new Diagram("../x", "t", "<svg/>")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void filesAreWrittenCompleteWithNoTemporaryLeftBehind() throws IOException {
        Assessment a = assess(Files.readString(REFERENCE));
        Path out = dir.resolve("out");
        List<Path> written =
                ReportFiles.write(out, a, "v", List.of(new Diagram("data-flow", "Data flow", "<svg></svg>")));
        assertThat(written)
                .containsExactly(out.resolve("data-flow.svg"), out.resolve("report.json"), out.resolve("report.html"));
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("data-flow.svg", "report.json", "report.html");
        }
        assertThat(Files.readString(out.resolve("report.json"))).isEqualTo(ReportJson.render(a, "v"));
    }

    private static JsonNode find(JsonNode report, String id) {
        for (JsonNode f : report.get("findings")) {
            if (f.get("id").asText().equals(id)) {
                return f;
            }
        }
        throw new AssertionError("no finding " + id);
    }

    private Assessment assess(String yaml) throws IOException {
        Path file = Files.writeString(Files.createTempFile(dir, "model", ".yaml"), yaml);
        LoadResult result = new ModelLoader().load(file);
        assertThat(result.errors()).isEmpty();
        return Assessment.of(result.orThrow(), LocalDate.of(2026, 11, 24), RiskMatrix.standard());
    }
}
