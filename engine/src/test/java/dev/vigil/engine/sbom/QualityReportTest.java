package dev.vigil.engine.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QualityReportTest {
    private final Sbom sbom = SbomReader.withDefaults().read(Fixtures.sbom("infusion-pump-1.6.cdx.json"));
    private final QualityReport report = QualityReport.of(sbom);

    private ComponentQuality quality(String name) {
        return report.components().stream()
                .filter(c -> c.displayName().contains(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aComponentWithEveryElementIsComplete() {
        assertThat(quality("openssl").missing()).isEmpty();
        assertThat(quality("openssl").complete()).isTrue();
    }

    @Test
    void eachMissingElementIsNamedForItsComponent() {
        assertThat(quality("log4j-api").missing())
                .containsExactly(QualityElement.SUPPLIER, QualityElement.SUPPORT_LEVEL, QualityElement.END_OF_SUPPORT);
        assertThat(quality("zlib").missing())
                .as("its purl did not parse and it has no CPE")
                .contains(QualityElement.SUPPLIER, QualityElement.UNIQUE_IDENTIFIER);
        assertThat(quality("unnamed-vendor-blob").missing())
                .contains(QualityElement.VERSION, QualityElement.DEPENDENCY_RELATIONSHIP);
    }

    @Test
    void coverageCountsComponentsPerElement() {
        assertThat(report.componentCount()).isEqualTo(6);
        assertThat(report.present())
                .containsEntry(QualityElement.COMPONENT_NAME, 6)
                .containsEntry(QualityElement.SUPPLIER, 3)
                .containsEntry(QualityElement.DEPENDENCY_RELATIONSHIP, 5)
                .containsEntry(QualityElement.SUPPORT_LEVEL, 2);
        assertThat(report.percent(QualityElement.SUPPLIER)).isEqualTo(50);
        assertThat(report.completeComponents()).as("openssl and log4j-core").isEqualTo(2);
    }

    @Test
    void documentLevelElementsAreCheckedOnceAndOnlyReportedWhenMissing() {
        assertThat(report.documentGaps()).isEmpty();
        Sbom anonymous = new Sbom(
                new SbomMetadata(
                        SbomFormat.CYCLONEDX_JSON, "1.6", null, null, null, null, List.of("a-tool"), List.of()),
                sbom.components(),
                Map.of(),
                List.of());
        QualityReport gaps = QualityReport.of(anonymous);
        assertThat(gaps.documentGaps()).containsExactly(QualityElement.AUTHOR, QualityElement.TIMESTAMP);
        assertThat(gaps.present()).containsEntry(QualityElement.DEPENDENCY_RELATIONSHIP, 0);
    }

    @Test
    void elementIdsAreStableKebabCase() {
        assertThat(QualityElement.values())
                .extracting(QualityElement::id)
                .allMatch(id -> id.matches("(ntia|fda)-[a-z-]+"))
                .doesNotHaveDuplicates();
    }
}
