package dev.vigil.engine.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** vers ranges against vers-spec's own tests (copied under src/test/resources/version-vectors). */
class VersRangeTest {

    private static List<JsonNode> tests(String file) throws IOException {
        try (InputStream in = VersRangeTest.class.getResourceAsStream("/version-vectors/vers-spec/" + file)) {
            List<JsonNode> out = new ArrayList<>();
            new ObjectMapper().readTree(in).get("tests").forEach(out::add);
            return out;
        }
    }

    @Test
    void canonicalParseTestsOfSupportedSchemesPassOrFailAsTheSpecSays() throws Exception {
        int checked = 0;
        for (JsonNode t : tests("vers_canonical_parse_test.json")) {
            String input = t.get("input").asText();
            checked++;
            if (input.equals("vers:npm/1.0%252F0")) {
                // The spec parses syntax only; we also parse each bound under its scheme, so the
                // decoded "1.0%2F0" (decoded once, as the spec wants) is rejected as an npm version.
                assertThatThrownBy(() -> VersRange.parse(input))
                        .hasMessageEndingWith(
                                "not a valid npm version: '1.0%2F0' (expected MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD])");
                continue;
            }
            if (t.path("expected_failure").asBoolean()) {
                assertThatThrownBy(() -> VersRange.parse(input)).as(input).isInstanceOf(InvalidRangeException.class);
                continue;
            }
            VersRange r = VersRange.parse(input);
            JsonNode want = t.get("expected_output");
            assertThat(r.scheme()).isEqualTo(want.get("scheme").asText());
            List<String> expected = new ArrayList<>();
            want.get("version_constraints")
                    .forEach(
                            c -> expected.add(c.get(0).asText() + " " + c.get(1).asText()));
            assertThat(r.constraints())
                    .as(input)
                    .extracting(c -> c.operator().symbol() + " " + c.version())
                    .containsExactlyElementsOf(expected);
        }
        assertThat(checked).isEqualTo(12);
    }

    @Test
    void containmentTestsAgree() throws Exception {
        List<JsonNode> all = new ArrayList<>(tests("pypi_range_containment_test.json"));
        all.addAll(tests("npm_range_containment_test.json"));
        for (JsonNode t : all) {
            String vers = t.get("input").get("vers").asText();
            String version = t.get("input").get("version").asText();
            assertThat(VersRange.parseLenient(vers).contains(version))
                    .as("%s contains %s", vers, version)
                    .isEqualTo(t.get("expected_output").asBoolean());
        }
        assertThat(all).hasSize(11);
    }

    @Test
    void lenientParsingSortsConstraintsIntoTheCanonicalText() throws Exception {
        List<JsonNode> all = tests("pypi_range_validate_test.json");
        for (JsonNode t : all) {
            String input = t.get("input").asText();
            assertThat(VersRange.parseLenient(input))
                    .as(input)
                    .hasToString(t.get("expected_output").asText());
        }
        assertThat(all).isNotEmpty();
    }

    @Test
    void canonicalParsingRejectsUnsortedConstraints() {
        assertThatThrownBy(() -> VersRange.parse("vers:pypi/<2.0|>=1.0"))
                .hasMessage("vers constraints are not sorted by version: 'vers:pypi/<2.0|>=1.0'");
    }

    @Test
    void anIntervalContainsItsLowerBoundButNotItsUpperBound() throws Exception {
        VersRange r = VersRange.parse("vers:maven/>=2.0-beta9|<2.15.0");
        assertThat(r.contains("2.0-beta8")).isFalse();
        assertThat(r.contains("2.0-beta9")).isTrue();
        assertThat(r.contains("2.14.1")).isTrue();
        assertThat(r.contains("2.15.0")).isFalse();
    }

    @Test
    void notEqualAloneContainsEverythingElse() throws Exception {
        VersRange r = VersRange.parse("vers:deb/!=1.0-1");
        assertThat(r.contains("1.0-1")).isFalse();
        assertThat(r.contains("1.0-2")).isTrue();
    }

    @Test
    void twoIntervalsLeaveAGapBetweenThem() throws Exception {
        VersRange r = VersRange.parse("vers:gem/>=1.0|<1.5|>=2.0|<2.1");
        assertThat(r.contains("1.4.9")).isTrue();
        assertThat(r.contains("1.7")).isFalse();
        assertThat(r.contains("2.0.5")).isTrue();
        assertThat(r.contains("2.1")).isFalse();
    }

    @Test
    void percentEncodedVersionsAreDecodedAndReEncoded() throws Exception {
        VersRange r = VersRange.parse("vers:maven/1.0.0-a%7Cb");
        assertThat(r.constraints().get(0).version()).isEqualTo("1.0.0-a|b");
        assertThat(r).hasToString("vers:maven/1.0.0-a%7Cb");
    }

    @Test
    void badRangesNameTheProblem() {
        assertThatThrownBy(() -> VersRange.parse("vers:hackage/1.0")).hasMessage("unsupported vers scheme 'hackage'");
        assertThatThrownBy(() -> VersRange.parse("npm/1.0")).hasMessageStartingWith("not a vers range");
        assertThatThrownBy(() -> VersRange.parse("vers:npm/*|1.0.0")).hasMessageStartingWith("'*' must be the only");
        assertThatThrownBy(() -> VersRange.parse("vers:npm/>=1.0"))
                .hasMessageContaining("not a valid npm version: '1.0'");
    }
}
