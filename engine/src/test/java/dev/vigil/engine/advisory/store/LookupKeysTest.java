package dev.vigil.engine.advisory.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.advisory.Advisory;
import dev.vigil.engine.advisory.AdvisorySource;
import dev.vigil.engine.advisory.AffectedPackage;
import dev.vigil.engine.advisory.CpeConfiguration;
import dev.vigil.engine.advisory.CpeKey;
import dev.vigil.engine.advisory.CsafProduct;
import dev.vigil.engine.advisory.CsafVulnerability;
import dev.vigil.engine.advisory.PackageKey;
import dev.vigil.engine.advisory.ProductKey;
import dev.vigil.engine.advisory.Reference;
import dev.vigil.engine.advisory.Severity;
import org.junit.jupiter.api.Test;

/** The normalisation both sides of a match go through. */
class LookupKeysTest {

    @Test
    void pypiNamesFollowPep503() {
        assertThat(PackageKey.of("PyPI", "Zope.Interface__x").name()).isEqualTo("zope-interface-x");
        assertThat(PackageKey.fromPurl("pkg:pypi/Django_Rest.Framework@3.0"))
                .containsExactly(PackageKey.of("PyPI", "django-rest-framework"));
    }

    @Test
    void mavenPurlBecomesGroupColonArtifact() {
        assertThat(PackageKey.fromPurl("pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.13.2"))
                .containsExactly(new PackageKey("Maven", "com.fasterxml.jackson.core:jackson-databind"));
    }

    @Test
    void npmScopeIsKeptAndDecoded() {
        assertThat(PackageKey.fromPurl("pkg:npm/%40Angular/Core@16.2.0"))
                .containsExactly(new PackageKey("npm", "@angular/core"));
    }

    @Test
    void goModulePathFromOsvMeetsTheLowerCasedPurl() {
        assertThat(PackageKey.fromPurl("pkg:golang/github.com/BurntSushi/toml@v1.2.0"))
                .containsExactly(PackageKey.of("Go", "github.com/BurntSushi/toml"));
    }

    @Test
    void debianEcosystemDropsTheReleaseAndTheSourcePackageIsAlsoLookedUp() {
        assertThat(PackageKey.of("Debian:12", "OpenSSL")).isEqualTo(new PackageKey("Debian", "openssl"));
        assertThat(PackageKey.fromPurl("pkg:deb/debian/libssl3@3.0.11-1?upstream=openssl&distro=debian-12"))
                .containsExactly(new PackageKey("Debian", "libssl3"), new PackageKey("Debian", "openssl"));
    }

    @Test
    void cratesTreatDashAndUnderscoreAlike() {
        assertThat(PackageKey.of("crates.io", "Serde_JSON")).isEqualTo(PackageKey.of("crates.io", "serde-json"));
    }

    @Test
    void malformedOrUnmappedPurlsGiveNoKey() {
        assertThat(PackageKey.fromPurl("not a purl")).isEmpty();
        assertThat(PackageKey.fromPurl("pkg:generic/foo@1")).isEmpty();
    }

    @Test
    void cpeVendorAndProductAreUnescapedAndLowerCase() {
        assertThat(CpeKey.fromCpe("cpe:2.3:a:Apache:log4j:2.14.1:*:*:*:*:*:*:*"))
                .contains(CpeKey.of("apache", "log4j"));
        assertThat(CpeKey.fromCpe("cpe:2.3:a:b\\.braun:space\\:pump:*:*:*:*:*:*:*:*"))
                .contains(new CpeKey("b.braun", "space:pump"));
        assertThat(CpeKey.fromCpe("cpe:/a:csaf-tools:cvrf-csaf-converter:1.0.0"))
                .contains(new CpeKey("csaf-tools", "cvrf-csaf-converter"));
    }

    @Test
    void cpeWithWildcardVendorOrProductCannotBeIndexed() {
        assertThat(CpeKey.fromCpe("cpe:2.3:a:*:log4j:*:*:*:*:*:*:*:*")).isEmpty();
        assertThat(CpeKey.fromCpe("cpe:2.3:a:apache")).isEmpty();
        assertThat(CpeKey.fromCpe("log4j")).isEmpty();
    }

    @Test
    void productNamesIgnoreCasePunctuationAccentsAndLegalForms() {
        assertThat(ProductKey.of("B. Braun Melsungen AG", "Space-Pump®"))
                .isEqualTo(ProductKey.of("b braun melsungen", "space pump"));
        assertThat(ProductKey.of("Dräger", "Infinity Delta")).isEqualTo(ProductKey.of("Drager", "INFINITY  DELTA"));
        assertThat(ProductKey.of("Siemens", "X")).isNotEqualTo(ProductKey.of("Siemens Healthineers", "X"));
    }

    @Test
    void epssKeysOrderCvesByYearThenNumber() {
        assertThat(EpssTable.key("CVE-2021-44228")).isLessThan(EpssTable.key("CVE-2022-0001"));
        assertThat(EpssTable.key("CVE-2021-9999")).isLessThan(EpssTable.key("CVE-2021-10000"));
        assertThat(EpssTable.key("GHSA-xxxx")).isNegative();
    }

    @Test
    void binaryFormRoundTripsEveryField() throws Exception {
        Advisory advisory = new Advisory(
                "ICSMA-1",
                AdvisorySource.CSAF,
                java.util.List.of("X-1"),
                java.time.Instant.parse("2024-01-01T00:00:00.123456Z"),
                java.time.Instant.parse("2024-02-01T00:00:00Z"),
                null,
                "title",
                "",
                java.util.List.of(new Severity("CVSS_V3", "CVSS:3.1/AV:N", 9.8, "nvd")),
                java.util.List.of(new AffectedPackage(
                        "PyPI",
                        "x",
                        null,
                        java.util.List.of(new AffectedPackage.Range(
                                "ECOSYSTEM", null, java.util.List.of(new AffectedPackage.Event("introduced", "0")))),
                        java.util.List.of("1.10"),
                        null)),
                java.util.List.of(new CpeConfiguration(
                        "AND",
                        true,
                        java.util.List.of(new CpeConfiguration.Node(
                                "OR",
                                false,
                                java.util.List.of(new CpeConfiguration.Criterion(
                                        "cpe:2.3:a:v:p:*:*:*:*:*:*:*:*", true, "1", null, null, "2", "id")))))),
                java.util.List.of(new CsafProduct(
                        "P1",
                        "Vendor",
                        "Product",
                        null,
                        null,
                        "<=1.2",
                        "Vendor Product <=1.2",
                        null,
                        new CsafProduct.Identifiers(null, null, java.util.List.of("M-1"), null, null))),
                java.util.List.of(new CsafVulnerability(
                        "CVE-2024-1",
                        null,
                        "t",
                        java.util.List.of("CWE-79"),
                        java.util.Map.of("known_affected", java.util.List.of("P1")),
                        java.util.List.of(new CsafVulnerability.Score(
                                new Severity("CVSS_V3", "CVSS:3.1/AV:L", null, null), java.util.List.of("P1"))),
                        java.util.List.of(new CsafVulnerability.Remediation("vendor_fix", "update", null, null)))),
                java.util.List.of(new Reference("WEB", "https://example.org")),
                java.util.List.of("CWE-79"));
        RecordCodec codec = new RecordCodec();
        assertThat(codec.decode(codec.deflate(codec.encode(advisory)))).isEqualTo(advisory);
    }
}
