package dev.vigil.engine.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fast path for property paths answers as OGNL would, and leaves everything else to OGNL. */
class PathExpressionsTest {

    record Row(String label) {
        public String shout() {
            return label.toUpperCase(java.util.Locale.ROOT);
        }
    }

    record Outer(Row row) {}

    public static final class Bean {
        public String getName() {
            return "bean <name>";
        }

        public boolean isReady() {
            return true;
        }
    }

    private static String render(String template) {
        return Renderer.render(
                template,
                Map.of(
                        "row", new Row("a<b"),
                        "bean", new Bean(),
                        "map", Map.of("key", "from map"),
                        "outer", new Outer(new Row("inner"))));
    }

    @Test
    void recordComponentsMethodsGettersAndMapKeysAreRead() {
        String html = render("render-test/paths");

        assertThat(html)
                .contains("<p id=\"component\">a&lt;b</p>")
                .contains("<p id=\"method\">A&lt;B</p>")
                .contains("<p id=\"getter\">bean &lt;name&gt;</p>")
                .contains("<p id=\"flag\">ready</p>")
                .contains("<p id=\"map\">from map</p>")
                .contains("<p id=\"nested\">inner</p>");
    }

    @Test
    void expressionsThatAreNotPlainPathsStillWorkThroughOgnl() {
        assertThat(render("render-test/paths")).contains("<p id=\"ognl\">a&lt;b!1</p>", "<p id=\"absent\"></p>");
    }

    @Test
    void anUnknownPropertyIsAnErrorNotAnEmptyText() {
        assertThatThrownBy(() -> render("render-test/unknown-property")).hasMessageContaining("noSuchProperty");
    }
}
