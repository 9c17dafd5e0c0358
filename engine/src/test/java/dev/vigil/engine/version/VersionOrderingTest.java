package dev.vigil.engine.version;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One ordering rule per test, each the rule an ecosystem's own tool applies. */
class VersionOrderingTest {

    /** Asserts that the versions are given in strictly ascending order under {@code ecosystem}. */
    private static void ascending(String ecosystem, String... versions) throws InvalidVersionException {
        VersionScheme scheme = VersionSchemes.forEcosystem(ecosystem).orElseThrow();
        for (int i = 1; i < versions.length; i++) {
            assertThat(scheme.compare(versions[i - 1], versions[i]))
                    .as("%s: %s < %s", ecosystem, versions[i - 1], versions[i])
                    .isEqualTo(-1);
            assertThat(scheme.compare(versions[i], versions[i - 1]))
                    .as("%s: %s > %s", ecosystem, versions[i], versions[i - 1])
                    .isEqualTo(1);
        }
    }

    private static void same(String ecosystem, String a, String b) throws InvalidVersionException {
        VersionScheme scheme = VersionSchemes.forEcosystem(ecosystem).orElseThrow();
        assertThat(scheme.compare(a, b)).as("%s: %s == %s", ecosystem, a, b).isZero();
        assertThat(scheme.compare(b, a)).as("%s: %s == %s", ecosystem, b, a).isZero();
    }

    @Test
    void mavenQualifiersFollowAlphaBetaMilestoneRcSnapshotReleaseSp() throws Exception {
        ascending("Maven", "1.0-alpha1", "1.0-beta1", "1.0-milestone1", "1.0-rc1", "1.0-SNAPSHOT", "1.0", "1.0-sp1");
    }

    @Test
    void mavenTreatsFinalGaReleaseAndTrailingZerosAsTheRelease() throws Exception {
        same("Maven", "1.0.0.Final", "1");
        same("Maven", "1-ga", "1.0");
        same("Maven", "1-1", "1-ga-1");
        same("Maven", "1.0-CR1", "1.0-rc1");
    }

    @Test
    void mavenShortQualifiersCountOnlyBeforeANumber() throws Exception {
        same("Maven", "1a1", "1-alpha-1");
        // A lone "a" is an unknown qualifier, and unknown qualifiers sort above the release.
        ascending("Maven", "1-alpha", "1", "1-a");
    }

    @Test
    void mavenOrdersSeparatorsDotQualifierHyphenQualifierHyphenNumberDotNumber() throws Exception {
        // At the second token: "-1" (hyphen, number) < ".0" (dot, number); then ".a" < ".1".
        ascending("Maven", "2-1", "2.0.a", "2.0.1");
        ascending("Maven", "1.a", "1-a", "1-1", "1.1");
    }

    @Test
    void npmAcceptsLooseSpellingsAndIgnoresBuildMetadata() throws Exception {
        same("npm", " = v1.2.3", "1.2.3");
        same("npm", "1.2.3beta", "1.2.3-beta");
        same("npm", "1.2.3+build", "1.2.3+other");
    }

    @Test
    void semVerPreReleasesFollowSpecItemEleven() throws Exception {
        ascending(
                "SemVer",
                "1.0.0-alpha",
                "1.0.0-alpha.1",
                "1.0.0-alpha.beta",
                "1.0.0-beta",
                "1.0.0-beta.2",
                "1.0.0-beta.11",
                "1.0.0-rc.1",
                "1.0.0");
    }

    @Test
    void goCratesAndSemVerAllowALeadingVAndHugeComponents() throws Exception {
        same("Go", "v1.2.3", "1.2.3");
        ascending("crates.io", "999999999999999999999999999991", "999999999999999999999999999999");
    }

    @Test
    void pypiOrdersDevPrePostAndLocalLikePackaging() throws Exception {
        ascending(
                "PyPI",
                "1.0.dev0",
                "1.0a1.dev1",
                "1.0a1",
                "1.0b2",
                "1.0rc1",
                "1.0",
                "1.0+local.1",
                "1.0.post1.dev1",
                "1.0.post1",
                "1!0.1");
        same("PyPI", "1.0-1", "1.0.post1");
        same("PyPI", "1.0.0", "1");
    }

    @Test
    void pypiLegacyVersionsSortBelowPep440Ones() throws Exception {
        ascending("PyPI", "0.9-ivysaur", "0.1");
    }

    @Test
    void nugetHasFourPartsAndCaseInsensitivePreReleases() throws Exception {
        same("NuGet", "1.0", "1.0.0.0");
        same("NuGet", "1.0.0-BETA+AA", "1.0.0-beta");
        ascending("NuGet", "1.0.0", "1.0.0.1-alpha", "1.0.0.1");
    }

    @Test
    void rubyGemsPreReleaseLettersSortBelowNumbers() throws Exception {
        ascending("RubyGems", "1.2.4.beta", "1.2.4", "1.2.4.1");
        same("RubyGems", "1.0.a2", "1.0.a.2");
        same("RubyGems", "1.0-pre", "1.0.pre.pre");
    }

    @Test
    void packagistFollowsPhpVersionCompareSpecialWords() throws Exception {
        ascending("Packagist", "1.0-dev", "1.0a1", "1.0b1", "1.0RC1", "1.0", "1.0pl1");
        same("Packagist", "v1.0.0", "V1.0.0");
        same("Packagist", "1.0.0rc2", "1.0.0.rc2");
    }

    @Test
    void debianTildeSortsBeforeEverythingAndEpochWins() throws Exception {
        ascending("Debian", "1.0~rc1", "1.0", "1.0-1~deb12u1", "1.0-1", "1.0-1+b1", "1:0.1");
        same("Ubuntu", "1.0", "0:1.0");
    }

    @Test
    void rpmDistributionsUseRpmvercmp() throws Exception {
        ascending("Red Hat", "1.0~rc1", "1.0", "1.0^git1", "1.0.1", "2.14.1-1.el8", "2.14.1-2.el8", "1:1.0");
        same("Rocky Linux", "10.0001", "10.1");
        ascending("AlmaLinux", "1", "1-0");
    }

    @Test
    void alpineOrdersLetterSuffixesAndRevision() throws Exception {
        ascending("Alpine", "1.2_alpha1", "1.2_rc1", "1.2", "1.2-r1", "1.2_p1", "1.2a", "1.3");
        same("Wolfi", "1-r1", "1-r01");
    }

    @Test
    void cranComparesNumbersAndALongerVersionWins() throws Exception {
        ascending("CRAN", "1.0", "1.0-1", "1.0.2", "1.10");
    }

    private static void versAscending(String scheme, String... versions) throws InvalidVersionException {
        VersionScheme s = VersionSchemes.forVersScheme(scheme).orElseThrow();
        for (int i = 1; i < versions.length; i++) {
            assertThat(s.compare(versions[i - 1], versions[i]))
                    .as("%s: %s < %s", scheme, versions[i - 1], versions[i])
                    .isEqualTo(-1);
        }
    }

    @Test
    void alpmComparesReleasesOnlyWhenBothHaveOne() throws Exception {
        versAscending("alpm", "1.0a", "1.0alpha", "1.0b", "1.0rc", "1.0-1", "1.0-2", "1:0.1");
        assertThat(VersionSchemes.ALPM.compare("1.5-1", "1.5")).isZero();
        assertThat(VersionSchemes.ALPM.compare("1.0", "1.0-2")).isZero();
    }

    @Test
    void gentooSuffixesAndLeadingZeroComponentsFollowThePms() throws Exception {
        versAscending("gentoo", "1.0_alpha1", "1.0_beta1", "1.0_pre1", "1.0_rc1", "1.0", "1.0-r1", "1.0_p1", "1.0a");
        versAscending("gentoo", "1.01", "1.1");
        assertThat(VersionSchemes.GENTOO.compare("1.0-r0", "1.0")).isZero();
    }

    @Test
    void conanPreReleasesSortBelowAndBuildsAboveTheRelease() throws Exception {
        versAscending("conan", "1.1-alpha.3", "1.1-alpha.22", "1.1", "1.1+b1", "1.1.a", "1.2");
        assertThat(VersionSchemes.CONAN.compare("1-pre1+b1", "1.0.0-pre1+b1")).isZero();
    }

    @Test
    void opensslLetterSuffixesCountUp() throws Exception {
        versAscending("openssl", "0.9.8", "0.9.8a", "0.9.8z", "0.9.8za", "1.0.0", "3.0.0");
    }

    @Test
    void datetimeComparesInstantsAcrossOffsets() throws Exception {
        versAscending("datetime", "2024-01-01T12:00:00+02:00", "2024-01-01T12:00:00Z", "2024-01-01T12:00:00-05:00");
        assertThat(VersionSchemes.DATETIME.compare("2024-01-01T00:00:00Z", "2023-12-31T19:00:00-05:00"))
                .isZero();
    }

    @Test
    void lexicographicComparesCodePointsNotUtf16Units() throws Exception {
        // U+FB01 is one UTF-16 unit above the surrogates of U+1F600, but the smaller code point.
        versAscending("lexicographic", "A", "a", "aa", "\uFB01", "\uD83D\uDE00");
    }

    @Test
    void versionsOfDifferentSchemesDoNotCompare() throws Exception {
        Version maven = VersionSchemes.forEcosystem("Maven").orElseThrow().parse("1.0");
        Version npm = VersionSchemes.forEcosystem("npm").orElseThrow().parse("1.0.0");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> maven.compareTo(npm))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot compare MavenVersion '1.0' with NpmVersion '1.0.0'");
    }
}
