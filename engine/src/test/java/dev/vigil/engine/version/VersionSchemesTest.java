package dev.vigil.engine.version;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionSchemesTest {

    @Test
    void ecosystemNamesAreCaseSensitiveAsInOsv() {
        assertThat(VersionSchemes.forEcosystem("PyPI")).isPresent();
        assertThat(VersionSchemes.forEcosystem("pypi")).isEmpty();
        assertThat(VersionSchemes.forEcosystemIgnoreCase("pypi")).containsSame(VersionSchemes.PYPI);
    }

    @Test
    void releaseSuffixesAfterAColonAreIgnored() {
        assertThat(VersionSchemes.forEcosystem("Debian:12")).containsSame(VersionSchemes.DEBIAN);
        assertThat(VersionSchemes.forEcosystem("Alpine:v3.19")).containsSame(VersionSchemes.ALPINE);
        assertThat(VersionSchemes.forEcosystem("Red Hat:enterprise_linux:9::appstream"))
                .containsSame(VersionSchemes.RPM);
    }

    @Test
    void rpmBasedDistributionsShareTheRpmOrdering() {
        for (String name : new String[] {"Red Hat", "Rocky Linux", "AlmaLinux", "SUSE", "openSUSE", "Mageia"}) {
            assertThat(VersionSchemes.forEcosystem(name)).as(name).containsSame(VersionSchemes.RPM);
        }
    }

    @Test
    void unknownEcosystemsHaveNoScheme() {
        assertThat(VersionSchemes.forEcosystem("Hackage")).isEmpty();
        assertThat(VersionSchemes.forEcosystem(null)).isEmpty();
    }

    @Test
    void versSchemeNamesMapToTheSameOrderings() {
        assertThat(VersionSchemes.forVersScheme("deb")).containsSame(VersionSchemes.DEBIAN);
        assertThat(VersionSchemes.forVersScheme("golang")).containsSame(VersionSchemes.SEMVER);
        assertThat(VersionSchemes.forVersScheme("gem")).containsSame(VersionSchemes.RUBYGEMS);
        assertThat(VersionSchemes.forVersScheme("conan")).containsSame(VersionSchemes.CONAN);
        assertThat(VersionSchemes.forVersScheme("hackage")).isEmpty();
    }

    @Test
    void everyListedEcosystemResolves() {
        assertThat(VersionSchemes.ecosystemNames())
                .contains("Maven", "npm", "PyPI", "Go", "NuGet", "crates.io", "RubyGems", "Packagist")
                .contains("Debian", "Red Hat", "Alpine", "SemVer")
                .allSatisfy(n -> assertThat(VersionSchemes.forEcosystem(n)).isPresent());
    }
}
