package dev.vigil.engine.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RendererTest {

    private static final String HOSTILE = "<script>alert('x')</script> & \"quoted\"";

    @Test
    void modelTextInATemplateIsEscapedNotMarkup() {
        String html = Renderer.render(
                "render-test/sample", Map.of("title", "Pump " + HOSTILE, "name", HOSTILE, "facts", List.of(HOSTILE)));

        assertThat(html).doesNotContain("<script>").doesNotContain("alert('x')");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;");
    }

    @Test
    void theSharedPageShellCarriesTheStylesheetAndNoScripts() {
        String html = Renderer.render("render-test/sample", Map.of("title", "T", "name", "n", "facts", List.of()));

        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(html).contains("<title>T</title>", "@media print", "Content-Security-Policy");
        assertThat(html).contains("<tr><th>Name</th><td>n</td></tr>");
        assertThat(html).doesNotContain("th:text", "th:replace", "<script", "<h5>Facts</h5>");
    }

    @Test
    void anEmptyListRendersNothingAndAFilledOneItsItems() {
        String html = Renderer.render(
                "render-test/sample", Map.of("title", "T", "name", "n", "facts", List.of("a.b = 1", "c")));

        assertThat(html).contains("<h5>Facts</h5>", "<li><code>a.b = 1</code></li>", "<li><code>c</code></li>");
    }

    @Test
    void aMissingTemplateIsAnErrorNotAnEmptyPage() {
        assertThatThrownBy(() -> Renderer.render("render-test/no-such-template", Map.of()))
                .hasMessageContaining("no-such-template");
    }

    @Test
    void theTextEscaperEscapesMarkupSignificantCharacters() {
        assertThat(HtmlText.escape(HOSTILE))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;");
        assertThat(HtmlText.escape("Grüße, 患者")).isEqualTo("Grüße, 患者");
    }
}
