package dev.vigil.engine.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PumlTest {

    @Test
    void preprocessorAndFunctionCharactersBecomeCharacterReferences() {
        assertThat(Puml.text("!include /etc/passwd")).isEqualTo("&#33;include /etc/passwd");
        assertThat(Puml.text("%getenv(\"HOME\") $x")).isEqualTo("&#37;getenv(&#34;HOME&#34;) &#36;x");
        assertThat(Puml.text("@enduml")).isEqualTo("&#64;enduml");
    }

    @Test
    void lineBreaksBecomePlantUmlNewlinesSoUserTextStaysOnOneSourceLine() {
        assertThat(Puml.text("a\r\n!include x\nb"))
                .isEqualTo("a\\n&#33;include x\\nb")
                .doesNotContain("\n");
        assertThat(Puml.text("back\\slash")).isEqualTo("back&#92;slash");
    }

    @Test
    void creoleMarkupPairsAreBrokenButSingleMarksStayReadable() {
        assertThat(Puml.text("app-to-pump [device]")).isEqualTo("app-to-pump [device]");
        assertThat(Puml.text("--strike-- [[http://x]] **b** //i//"))
                .isEqualTo("-&#45;strike-&#45; [&#91;http:/&#47;x]&#93; &#42;&#42;b&#42;&#42; /&#47;i/&#47;");
    }

    @Test
    void nonAsciiTextIsWrittenByCodePoint() {
        assertThat(Puml.text("Pompe à insuline 💉")).isEqualTo("Pompe &#224; insuline &#128137;");
    }

    @Test
    void aliasesReplaceHyphensAndKeepDistinctIdsDistinct() {
        assertThat(Puml.alias("c", "cloud-api")).isEqualTo("c_cloud_api");
        assertThat(Puml.alias("c", "a.b")).isNotEqualTo(Puml.alias("c", "a-b")).isEqualTo("c_a_x2e_b");
    }
}
