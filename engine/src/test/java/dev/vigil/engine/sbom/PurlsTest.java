package dev.vigil.engine.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.packageurl.PackageURL;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Non-ASCII purl names round-trip (issue 11, class 7): packageurl-java 1.5.0 garbled them. Vigil's own
 * canonicaliser must agree with the library wherever the library is right (every ASCII purl, every type,
 * every printable character in every component) and keep every Unicode character where it is not.
 */
class PurlsTest {
    private static final List<String> TYPES = List.of(
            "bitbucket",
            "cargo",
            "composer",
            "deb",
            "docker",
            "gem",
            "generic",
            "github",
            "golang",
            "hex",
            "maven",
            "npm",
            "nuget",
            "pypi",
            "rpm",
            "swift",
            "other");

    private static String library(String purl) {
        try {
            return new PackageURL(purl).canonicalize();
        } catch (Exception e) {
            return "refused";
        }
    }

    private static String ours(String purl) {
        try {
            return Purls.canonicalHere(purl);
        } catch (IllegalArgumentException e) {
            return "refused";
        }
    }

    @Test
    void onEveryAsciiPurlTheOwnCanonicaliserAgreesWithPackageurlJava() {
        List<String> purls = new ArrayList<>();
        for (String type : TYPES) {
            for (char c = 0x21; c < 0x7f; c++) {
                String e = c == '%'
                        ? "%25"
                        : c == '#' || c == '?' || c == '@' || c == '/' || c == '&' || c == '='
                                ? "%" + Integer.toHexString(c).toUpperCase()
                                : String.valueOf(c);
                purls.add("pkg:" + type + "/Na" + e + "Ms/Na_Me" + e + "x@V" + e + "1?Key=v" + e + "w#Sub" + e + "p");
                purls.add("pkg:" + type + "/ns/n" + e + "@1");
            }
            purls.add("pkg:" + type + "/Ns_A.b/Na_Me.x@V_1.A?Repository_URL=X_Y&A=B&c=#Sub/./../Pa_th/");
        }
        purls.addAll(List.of(
                "pkg:npm/%40angular/core@1.0",
                "pkg:npm/@angular/core@1.0",
                "pkg:maven/a/b@1?b=2&a=1",
                "pkg://maven/a/b@1",
                "pkg:maven//a//b@1",
                "pkg:golang/github.com/Foo/Bar@v1",
                "pkg:maven/a/b?checksum=sha1:AB,sha256:cd",
                "pkg:docker/customer/dockerimage@sha256:244fd47e07d10?repository_url=gcr.io",
                "pkg:npm/a@",
                "pkg:npm/a@1?",
                "pkg:npm/a@1#",
                "pkg:maven/@1",
                "pkg:1abc/x@1",
                "pkg:npm/a@1?1k=v",
                "PKG:npm/a@1",
                "pkg:npm/a%2",
                "pkg:maven/a"));
        List<String> disagreements = new ArrayList<>();
        for (String purl : purls) {
            if (!library(purl).equals(ours(purl))) {
                disagreements.add(purl + " library=" + library(purl) + " ours=" + ours(purl));
            }
        }
        assertThat(purls).hasSizeGreaterThan(3000);
        assertThat(disagreements).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"éclair", "€uro", "日本語", "emoji-😀", "Ünïcødé_Näme", "ǅ-titlecase"})
    void everyUnicodeNameRoundTripsWrittenLiterallyOrPercentEncoded(String name) {
        String encoded = Purls.encode(name);
        for (String type : List.of("npm", "pypi", "generic", "github", "maven")) {
            String literal = "pkg:" + type + "/Späce/" + name + "@1.0-ß?arch=ärm#sub/" + name;
            String escaped = "pkg:" + type + "/" + Purls.encode("Späce") + "/" + encoded + "@" + Purls.encode("1.0-ß")
                    + "?arch=" + Purls.encode("ärm") + "#sub/" + encoded;
            String canonical = Purls.canonical(literal);
            assertThat(Purls.canonical(escaped)).isEqualTo(canonical);
            assertThat(Purls.canonical(canonical)).as("idempotent").isEqualTo(canonical);
            assertThat(canonical).doesNotContain("%FFFFFF").doesNotContain("Ã");
            String expectedName = type.equals("pypi")
                    ? name.toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                    : type.equals("github") ? name.toLowerCase(java.util.Locale.ROOT) : name;
            assertThat(canonical).contains("/" + Purls.encode(expectedName) + "@");
            assertThat(Purls.decode(Purls.encode(name))).isEqualTo(name);
        }
    }

    @Test
    void percentEscapesThatAreNotUtf8AreRefused() {
        assertThatThrownBy(() -> Purls.canonical("pkg:npm/%C3@1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Purls.canonical("pkg:npm/%FF%FE@1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anSbomListsTheNonAsciiPurlItWasGiven() {
        SbomBuilder builder = new SbomBuilder();
        assertThat(builder.purl("pkg:npm/%C3%A9clair@1.0.0", "component")).isEqualTo("pkg:npm/%C3%A9clair@1.0.0");
        assertThat(builder.purl("pkg:npm/éclair@1.0.0", "component")).isEqualTo("pkg:npm/%C3%A9clair@1.0.0");
    }
}
