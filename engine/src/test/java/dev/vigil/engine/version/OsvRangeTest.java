package dev.vigil.engine.version;

import static dev.vigil.engine.version.OsvRange.Event.fixed;
import static dev.vigil.engine.version.OsvRange.Event.introduced;
import static dev.vigil.engine.version.OsvRange.Event.lastAffected;
import static dev.vigil.engine.version.OsvRange.Event.limit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class OsvRangeTest {

    @Test
    void introducedIsInclusiveAndFixedIsExclusive() throws Exception {
        // GHSA-jfh8-c2jp-5v3q (log4j-core, CVE-2021-44228), first range.
        OsvRange r = OsvRange.of("ECOSYSTEM", "Maven", List.of(introduced("2.0-beta9"), fixed("2.15.0")));
        assertThat(r.contains("2.0-beta8")).isFalse();
        assertThat(r.contains("2.0-beta9")).isTrue();
        assertThat(r.contains("2.14.1")).isTrue();
        assertThat(r.contains("2.15.0-rc1")).isTrue();
        assertThat(r.contains("2.15.0")).isFalse();
        assertThat(r.contains("2.17.1")).isFalse();
    }

    @Test
    void lastAffectedIsInclusive() throws Exception {
        OsvRange r = OsvRange.of("ECOSYSTEM", "PyPI", List.of(introduced("0"), lastAffected("1.4.2")));
        assertThat(r.contains("0.0.1")).isTrue();
        assertThat(r.contains("1.4.2")).isTrue();
        assertThat(r.contains("1.4.2.post1")).isFalse();
    }

    @Test
    void introducedZeroCoversVersionsTheSchemeCannotWriteAsZero() throws Exception {
        OsvRange r = OsvRange.of("ECOSYSTEM", "npm", List.of(introduced("0"), fixed("1.2.3")));
        assertThat(r.contains("0.0.0-alpha")).isTrue();
        assertThat(r.contains("1.2.3")).isFalse();
    }

    @Test
    void severalIntervalsInAnyEventOrderAreEvaluatedInVersionOrder() throws Exception {
        OsvRange r = OsvRange.of(
                "ECOSYSTEM",
                "Debian:12",
                List.of(fixed("2.0-1"), introduced("3.0-1"), introduced("1.0-1"), fixed("3.1-1")));
        assertThat(r.contains("0.9-1")).isFalse();
        assertThat(r.contains("1.5-1")).isTrue();
        assertThat(r.contains("2.0-1")).isFalse();
        assertThat(r.contains("2.9-1")).isFalse();
        assertThat(r.contains("3.0-1")).isTrue();
        assertThat(r.contains("3.1-1~deb12u1")).isTrue();
        assertThat(r.contains("3.1-1")).isFalse();
    }

    @Test
    void limitCutsOffEverythingAtOrAboveIt() throws Exception {
        OsvRange r = OsvRange.of("SEMVER", "crates.io", List.of(introduced("0"), limit("2.0.0")));
        assertThat(r.contains("1.9.9")).isTrue();
        assertThat(r.contains("2.0.0")).isFalse();
    }

    @Test
    void semverRangesUseSemVerWhateverTheEcosystem() throws Exception {
        OsvRange r = OsvRange.of("SEMVER", "Go", List.of(introduced("1.2.0"), fixed("1.2.5")));
        assertThat(r.scheme().name()).isEqualTo("SemVer");
        assertThat(r.contains("v1.2.4")).isTrue();
        assertThat(r.contains("1.2.5-rc.1")).isTrue();
        assertThat(r.contains("1.2.5")).isFalse();
    }

    @Test
    void rpmEcosystemRangesCompareEpochs() throws Exception {
        OsvRange r =
                OsvRange.of("ECOSYSTEM", "Red Hat:enterprise_linux:9", List.of(introduced("0"), fixed("1:2.4-1.el9")));
        assertThat(r.contains("2.9-1.el9")).isTrue();
        assertThat(r.contains("1:2.4-1.el9")).isFalse();
    }

    @Test
    void gitRangesAreReportedAsUnsupported() {
        assertThatThrownBy(() -> OsvRange.of("GIT", "Go", List.of(introduced("abc123"))))
                .isInstanceOf(InvalidRangeException.class)
                .hasMessage("GIT ranges are not supported: commits cannot be ordered without the repository");
    }

    @Test
    void rangesNameWhatIsWrong() {
        assertThatThrownBy(() -> OsvRange.of("ECOSYSTEM", "Hackage", List.of(introduced("0"))))
                .hasMessage("no version ordering for ecosystem 'Hackage'");
        assertThatThrownBy(() -> OsvRange.of("RANGE", "npm", List.of(introduced("0"))))
                .hasMessage("unknown OSV range type 'RANGE'");
        assertThatThrownBy(() -> OsvRange.of("ECOSYSTEM", "npm", List.of(introduced("0"), fixed("1.0"))))
                .isInstanceOf(InvalidRangeException.class)
                .hasMessageStartingWith("fixed event: not a valid npm version: '1.0'");
        assertThatThrownBy(() -> OsvRange.of("ECOSYSTEM", "npm", List.of()))
                .hasMessage("an OSV range needs at least one event");
        assertThatThrownBy(() -> OsvRange.of("ECOSYSTEM", "npm", List.of(fixed("1.0.0"))))
                .hasMessage("an OSV range needs an introduced event");
        assertThatThrownBy(() -> OsvRange.Kind.ofField("affected")).hasMessage("unknown OSV range event 'affected'");
        assertThatThrownBy(() -> introduced("")).hasMessage("empty version in introduced event");
    }

    @Test
    void anUnparsableTestedVersionIsAnError() throws Exception {
        OsvRange r = OsvRange.of("ECOSYSTEM", "npm", List.of(introduced("0")));
        assertThatThrownBy(() -> r.contains("latest")).isInstanceOf(InvalidVersionException.class);
    }
}
