package dev.vigil.engine.vex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VexIndexTest {

    private static ComponentRef ref(String text) {
        return ComponentRef.parse(text);
    }

    private static VexIndex index(String... documents) throws VexException {
        List<VexDocument> docs = new java.util.ArrayList<>();
        for (String d : documents) {
            docs.add(Fixtures.parse(d));
        }
        return VexIndex.of(docs);
    }

    private static String openVex(String timestamp, String status, String product) {
        return """
                {"@context":"https://openvex.dev/ns/v0.2.0","@id":"https://example.com/vex-%s","author":"A",
                 "timestamp":"%s","version":1,"statements":[{"vulnerability":{"name":"CVE-2021-44228",
                 "aliases":["GHSA-jfh8-c2jp-5v3q"]},"products":[{"@id":"%s"}],"status":"%s",
                 "justification":"vulnerable_code_not_present","action_statement":"update"}]}"""
                .formatted(timestamp, timestamp, product, status);
    }

    @Test
    void aVersionlessPurlCoversEveryVersionOfThePackage() throws VexException {
        VexIndex index =
                index(openVex("2024-01-01T00:00:00Z", "not_affected", "pkg:maven/org.apache.logging.log4j/log4j-core"));

        assertThat(index.lookup(
                        "CVE-2021-44228", Set.of(), ref("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1")))
                .isPresent();
        assertThat(index.lookup("CVE-2021-44228", Set.of(), ref("pkg:maven/org.apache.logging.log4j/log4j-api@2.14.1")))
                .isEmpty();
    }

    @Test
    void aVersionedPurlCoversOnlyThatVersionUnderTheEcosystemsOrdering() throws VexException {
        VexIndex index = index(openVex("2024-01-01T00:00:00Z", "not_affected", "pkg:maven/org.example/lib@1.0"));

        assertThat(index.lookup("CVE-2021-44228", Set.of(), ref("pkg:maven/org.example/lib@1.0.0")))
                .isPresent();
        assertThat(index.lookup("CVE-2021-44228", Set.of(), ref("pkg:maven/org.example/lib@1.1")))
                .isEmpty();
        assertThat(index.lookup("CVE-2021-44228", Set.of(), ref("pkg:maven/org.example/lib")))
                .isEmpty();
    }

    @Test
    void qualifiersOnOneSideAreIgnoredButConflictingOnesDoNotMatch() throws VexException {
        VexIndex index =
                index(openVex("2024-01-01T00:00:00Z", "not_affected", "pkg:deb/debian/curl@7.88.1?arch=amd64"));

        assertThat(index.lookup("CVE-2021-44228", Set.of(), ref("pkg:deb/debian/curl@7.88.1")))
                .isPresent();
        assertThat(index.lookup(
                        "CVE-2021-44228", Set.of(), ref("pkg:deb/debian/curl@7.88.1?arch=amd64&distro=bookworm")))
                .isPresent();
        assertThat(index.lookup("CVE-2021-44228", Set.of(), ref("pkg:deb/debian/curl@7.88.1?arch=arm64")))
                .isEmpty();
    }

    @Test
    void pypiNamesCompareAfterNormalisation() throws VexException {
        VexIndex index = index(openVex("2024-01-01T00:00:00Z", "not_affected", "pkg:pypi/Zope.Interface"));

        assertThat(index.lookup("CVE-2021-44228", Set.of(), ref("pkg:pypi/zope-interface@5.0")))
                .isPresent();
    }

    @Test
    void aliasesJoinOnEitherSide() throws VexException {
        VexIndex index = index(openVex("2024-01-01T00:00:00Z", "not_affected", "pkg:npm/a"));

        assertThat(index.lookup("GHSA-jfh8-c2jp-5v3q", Set.of(), ref("pkg:npm/a@1")))
                .isPresent();
        assertThat(index.lookup("OSV-1", Set.of("cve-2021-44228"), ref("pkg:npm/a@1")))
                .isPresent();
        assertThat(index.lookup("CVE-2000-0001", Set.of(), ref("pkg:npm/a@1"))).isEmpty();
    }

    @Test
    void theLatestStatementWinsWhateverTheOrderOfDocuments() throws VexException {
        String newer = openVex("2024-06-01T00:00:00Z", "affected", "pkg:npm/a");
        String older = openVex("2024-01-01T00:00:00Z", "not_affected", "pkg:npm/a");

        assertThat(index(newer, older).lookup("CVE-2021-44228", Set.of(), ref("pkg:npm/a@1")))
                .map(VexStatement::status)
                .contains(VexStatus.AFFECTED);
        assertThat(index(older, newer).lookup("CVE-2021-44228", Set.of(), ref("pkg:npm/a@1")))
                .map(VexStatement::status)
                .contains(VexStatus.AFFECTED);
    }

    @Test
    void withinOneOpenVexDocumentALaterStatementTimestampOverridesTheDocumentDate() throws VexException {
        VexIndex index = VexIndex.of(List.of(Fixtures.read("openvex-wolfi.json")));

        Optional<VexStatement> found = index.lookup("CVE-2023-12345", Set.of(), ref("pkg:apk/wolfi/openssl@3.0.7-r0"));
        assertThat(found).map(VexStatement::status).contains(VexStatus.AFFECTED);
        // A statement about a subcomponent says nothing about the product that contains it.
        assertThat(index.lookup("CVE-2023-12345", Set.of(), ref("pkg:apk/wolfi/git@2.39.0-r1")))
                .isEmpty();
    }

    @Test
    void nameAtVersionMatchesCsafProductsAndTheirVersionRanges() throws VexException {
        VexIndex index = VexIndex.of(List.of(Fixtures.read("csaf-evd-uc-08.json")));

        assertThat(index.lookup("CVE-2021-44228", Set.of(), ref("ABC@2.4")))
                .map(VexStatement::status)
                .contains(VexStatus.AFFECTED);
        assertThat(index.lookup("CVE-2021-44228", Set.of(), ref("abc@3.0")))
                .map(VexStatement::status)
                .contains(VexStatus.AFFECTED);
        assertThat(index.lookup("CVE-2021-44228", Set.of(), ref("ABC@2.5")))
                .map(VexStatement::status)
                .contains(VexStatus.NOT_AFFECTED);
        assertThat(index.lookup("CVE-2021-44228", Set.of(), ref("ABC@9.9"))).isEmpty();
    }

    @Test
    void aBomLinkWhoseFragmentIsAPurlMatchesThatPurl() throws VexException {
        VexIndex index = VexIndex.of(List.of(Fixtures.read("cyclonedx-bom-link.json")));

        assertThat(index.lookup(
                        "CVE-2020-25649",
                        Set.of(),
                        ref("pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.10.0?type=jar")))
                .isPresent();
        assertThat(index.lookup(
                        "CVE-2020-25649",
                        Set.of(),
                        ref("pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.10.1")))
                .isEmpty();
    }

    @Test
    void theFoundStatementExplainsItselfWithItsProvenance() throws VexException {
        VexIndex index = index(openVex("2024-01-01T00:00:00Z", "not_affected", "pkg:npm/a"));

        assertThat(index.lookup("CVE-2021-44228", Set.of(), ref("pkg:npm/a@1"))
                        .orElseThrow()
                        .explain())
                .isEqualTo(
                        "not_affected by OpenVEX statement https://example.com/vex-2024-01-01T00:00:00Z#/statements/0"
                                + " (inline.json): vulnerable_code_not_present");
    }
}
