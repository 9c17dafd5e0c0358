package dev.vigil.engine.postmarket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.engine.postmarket.casefile.CaseFile;
import dev.vigil.engine.postmarket.casefile.CaseReader;
import dev.vigil.engine.postmarket.casefile.InvalidCaseException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseReaderTest {

    private static List<String> problems(String text) {
        try {
            new CaseReader().parse(Path.of("c.yaml"), text);
        } catch (InvalidCaseException e) {
            return e.lines();
        }
        throw new AssertionError("the case was accepted");
    }

    @Test
    void theReferenceCaseLoadsWithEveryField() {
        CaseFile c = new CaseReader().read(CaseFixtures.REFERENCE_CASE);
        assertThat(c.id()).isEqualTo("case-2026-001");
        assertThat(c.aware()).hasToString("2026-11-02");
        assertThat(c.source()).isEqualTo(CaseFile.Source.RESEARCHER);
        var v = c.vulnerabilities().get(0);
        assertThat(v.cve()).hasValue("CVE-2026-10001");
        assertThat(v.elements()).containsExactly("pump", "app-to-pump");
        assertThat(v.remediations()).hasSize(2);
        assertThat(v.remediations().get(1).date())
                .hasValueSatisfying(d -> assertThat(d).hasToString("2026-12-01"));
        assertThat(c.milestones().dates()).hasSize(2);
    }

    @Test
    void anImpossibleDateIsReportedAtItsPlace() {
        assertThat(problems("vigil-case: 1\nid: x\nproduct: glucoflow\naware: 2026-13-45\n"))
                .contains("c.yaml:4:8: 'aware' must be a date written YYYY-MM-DD, not '2026-13-45'");
    }

    @Test
    void missingKeysUnknownKeysAndWrongValuesAreAllReportedInOneRun() {
        List<String> lines = problems("vigil-case: 1\nid: x\nproduct: p\naware: 2026-11-02\nsource: twitter\n"
                + "colour: red\nvulnerabilities:\n  - {id: V, title: t, affected: any, elements: [a],"
                + " cvss: 'CVSS:2.0/AV:N', cve: CVE-1, exploited: maybe}\n");
        assertThat(lines)
                .anySatisfy(l -> assertThat(l).isEqualTo("c.yaml:1:1: the case is missing the required key 'title'"))
                .anySatisfy(l -> assertThat(l).startsWith("c.yaml:5:9: 'source' must be one of researcher"))
                .anySatisfy(l -> assertThat(l).startsWith("c.yaml:6:1: unknown key 'colour'"))
                .anySatisfy(l -> assertThat(l).contains("'cvss' must be a CVSS v3.0 or v3.1 vector"))
                .anySatisfy(l -> assertThat(l).contains("'cve' must look like CVE-2026-12345"))
                .anySatisfy(l -> assertThat(l).contains("'exploited' must be true or false"));
    }

    @Test
    void aFileThatIsNotACaseSaysSo() {
        assertThat(problems("vigil: 1\nsystem: {id: x}\n"))
                .anySatisfy(l -> assertThat(l).contains("not a Vigil case file"));
    }

    @Test
    void jsonCasesAreReadToo() {
        String json = "{\"vigil-case\": 1, \"id\": \"c\", \"title\": \"t\", \"product\": \"glucoflow\","
                + " \"aware\": \"2026-11-02\", \"source\": \"customer\", \"vulnerabilities\": [{\"id\": \"V\","
                + " \"title\": \"v\", \"affected\": \"< 2\", \"elements\": [\"pump\"]}]}";
        CaseFile c = new CaseReader().parse(Path.of("c.json"), json);
        assertThat(c.source()).isEqualTo(CaseFile.Source.CUSTOMER);
        assertThatThrownBy(() -> new CaseReader().parse(Path.of("c.json"), "{\"vigil-case\": 1,"))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessageStartingWith("c.json:");
    }
}
