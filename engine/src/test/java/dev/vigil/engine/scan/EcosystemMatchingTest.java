package dev.vigil.engine.scan;

import static dev.vigil.engine.scan.ScanFixtures.purl;
import static dev.vigil.engine.scan.ScanFixtures.sbom;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.advisory.store.AdvisoryStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Purl matching across ecosystems' naming and version rules, on records made up for this test. */
class EcosystemMatchingTest {
    @TempDir
    static Path temp;

    static AdvisoryStore store;

    private static String record(
            String id, String ecosystem, String name, String type, String introduced, String fixed) {
        return """
                {"schema_version": "1.6.0", "id": "%s", "modified": "2024-01-01T00:00:00Z",
                 "affected": [{"package": {"ecosystem": "%s", "name": "%s"},
                   "ranges": [{"type": "%s", "events": [{"introduced": "%s"}, {"fixed": "%s"}]}]}]}
                """
                .formatted(id, ecosystem, name, type, introduced, fixed);
    }

    @BeforeAll
    static void importRecords() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("records"));
        Files.writeString(
                dir.resolve("npm.json"), record("TEST-NPM", "npm", "@babel/traverse", "SEMVER", "0", "7.23.2"));
        Files.writeString(
                dir.resolve("go.json"), record("TEST-GO", "Go", "github.com/BurntSushi/toml", "SEMVER", "0", "0.4.0"));
        Files.writeString(
                dir.resolve("deb.json"),
                record("TEST-DEB", "Debian:12", "openssl", "ECOSYSTEM", "0", "3.0.11-1~deb12u2"));
        Files.writeString(
                dir.resolve("maven.json"),
                record("TEST-MVN", "Maven", "com.example:lib", "ECOSYSTEM", "1.0", "1.2.0-RC1"));
        Files.writeString(
                dir.resolve("pypi.json"), record("TEST-PY", "PyPI", "zope.interface", "ECOSYSTEM", "0", "5.0"));
        AdvisoryStore.importFrom(temp.resolve("store"), List.of(dir));
        store = AdvisoryStore.open(temp.resolve("store"));
    }

    @AfterAll
    static void close() throws IOException {
        store.close();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                // npm scopes are percent-encoded in purls
                "pkg:npm/%40babel/traverse@7.23.1;TEST-NPM",
                "pkg:npm/%40babel/traverse@7.23.2;",
                // Go: purl parsers lower-case the module path and versions carry a v
                "pkg:golang/github.com/BurntSushi/toml@v0.3.1;TEST-GO",
                "pkg:golang/github.com/burntsushi/toml@v0.4.0;",
                // Debian: the binary package matches through its source package, in its release only
                "pkg:deb/debian/libssl3@3.0.11-1~deb12u1?distro=debian-12&upstream=openssl;TEST-DEB",
                "pkg:deb/debian/libssl3@3.0.11-1~deb12u2?distro=debian-12&upstream=openssl;",
                "pkg:deb/debian/libssl3@3.0.11-1~deb12u1?distro=debian-11&upstream=openssl;",
                // Maven orders 1.2.0-RC1 before 1.2.0
                "pkg:maven/com.example/lib@1.2.0-beta;TEST-MVN",
                "pkg:maven/com.example/lib@1.2.0;",
                "pkg:maven/com.example/lib@0.9;",
                // PyPI names compare after PEP 503 normalisation
                "pkg:pypi/Zope_Interface@4.7.2;TEST-PY",
                "pkg:pypi/zope-interface@5.0.0;",
            })
    void purlsMatchWithTheirEcosystemsRules(String purl, String expected) {
        List<String> matched = Scan.of(store).scan(sbom(purl("x", null, purl))).findings().stream()
                .flatMap(f -> f.matches().stream())
                .map(m -> m.record().id())
                .toList();
        assertThat(matched).isEqualTo(expected == null ? List.of() : List.of(expected));
    }
}
