package dev.vigil.engine.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.load.LoadResult;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.SystemModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Cyber Resilience Act's boundary (issue 10): Article 2(2) leaves out what the MDR/IVDR covers, so the
 * {@code cra} framework reaches only EU products or components marked {@code regulatoryStatus:
 * not-a-medical-device}, and never a model that does not say so.
 */
class CraBoundaryTest {

    @TempDir
    Path dir;

    private List<ComplianceRow> cra(SystemModel model) {
        return Compliance.evaluate(model, List.of(), new ComplianceOptions(List.of("cra"), Optional.empty()))
                .rows();
    }

    private SystemModel model(String markets, String system, String app) {
        return Models.yaml(
                dir,
                """
                vigil: 1
                system: {id: pump, name: Pump, kind: product, markets: [%s]%s}
                zones:
                  - {id: home, type: home-network, trust: low}
                components:
                  - {id: dev, kind: device, zone: home, owner: manufacturer}
                  - {id: app, kind: mobile-app, zone: home%s}
                data: []
                flows: []
                lifecycle:
                  monitoring: {cvdPolicy: "https://example.com/cvd"}
                """
                        .formatted(markets, system, app));
    }

    @Test
    void aDeviceModelWithoutTheFactIsNotApplicableNamingTheExclusion() {
        List<ComplianceRow> rows = cra(model("eu", "", ", owner: manufacturer"));
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(row.status()).isEqualTo(ComplianceStatus.NOT_APPLICABLE);
            assertThat(row.reason())
                    .contains("system.regulatoryStatus is medical-device (not stated")
                    .contains("medical-device regulations");
        });
    }

    @Test
    void anAccessoryIsStillUnderTheDeviceRegulations() {
        List<ComplianceRow> rows =
                cra(model("eu", ", regulatoryStatus: accessory", ", regulatoryStatus: medical-device"));
        assertThat(rows).allSatisfy(row -> assertThat(row.status()).isEqualTo(ComplianceStatus.NOT_APPLICABLE));
    }

    @Test
    void anEuModelWithACompanionAppOutsideTheMdrGetsTheEssentialRequirements() {
        List<ComplianceRow> rows =
                cra(model("eu", "", ", owner: manufacturer, regulatoryStatus: not-a-medical-device"));
        assertThat(rows).noneMatch(row -> row.status() == ComplianceStatus.NOT_APPLICABLE);
        ComplianceRow cvd = row(rows, "cra-annex-i-2-5");
        assertThat(cvd.status()).isEqualTo(ComplianceStatus.MET);
        assertThat(cvd.reason()).contains("Applies to component app (regulatoryStatus not-a-medical-device)");
        assertThat(cvd.reason()).doesNotContain("component dev");
        assertThat(row(rows, "cra-art-14-2").status()).isEqualTo(ComplianceStatus.GAP);
        assertThat(row(rows, "cra-art-14-2").requirement().summary()).contains("2026-09-11");
        assertThat(row(rows, "cra-annex-i-1-2-g").status()).isEqualTo(ComplianceStatus.NOT_ASSESSABLE);
    }

    @Test
    void aStandaloneProductOutsideTheMdrIsReachedAsAWhole() {
        List<ComplianceRow> rows = cra(model("fr", ", regulatoryStatus: not-a-medical-device", ""));
        assertThat(row(rows, "cra-annex-i-2-5").reason()).contains("Applies to the product pump, component dev");
    }

    @Test
    void outsideTheEuOrOwnedByAThirdPartyItDoesNotApply() {
        assertThat(cra(model("us", "", ", owner: manufacturer, regulatoryStatus: not-a-medical-device")))
                .allSatisfy(row -> assertThat(row.reason()).contains("system.markets is us"));
        assertThat(cra(model("eu", "", ", owner: third-party, regulatoryStatus: not-a-medical-device")))
                .allSatisfy(row -> assertThat(row.status()).isEqualTo(ComplianceStatus.NOT_APPLICABLE));
    }

    @Test
    void anUnknownStatusIsRejectedWithItsLine() throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(
                file,
                """
                vigil: 1
                system: {id: s, name: S, kind: product, regulatoryStatus: wellness}
                zones: []
                components: []
                data: []
                flows: []
                """);
        LoadResult result = new ModelLoader().load(file);
        assertThat(result.isValid()).isFalse();
        assertThat(result.diagnostics().toString()).contains("regulatoryStatus").contains("not-a-medical-device");
    }

    private static ComplianceRow row(List<ComplianceRow> rows, String id) {
        return rows.stream()
                .filter(r -> r.requirement().id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + id));
    }
}
