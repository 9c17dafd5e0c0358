package dev.vigil.engine.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.engine.load.LoadResult;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.sbom.SbomReader;
import dev.vigil.engine.source.SourceResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Support ends within N days" (issues 10 and 13): every stated end of support (the system's two IMDRF N70
 * stages, a platform, an SBOM entry) that has passed or falls within the horizon of the assessment date, and
 * none beyond it.
 */
class SupportOutlookTest {

    @TempDir
    Path dir;

    private static final String SBOM =
            """
            {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
             "components": [
              {"bom-ref": "rtos", "type": "operating-system", "name": "rtos", "version": "4.1",
               "properties": [{"name": "vigil:support:end", "value": "2027-02-01"}]},
              {"bom-ref": "tls", "type": "library", "name": "tls", "version": "1.1.1",
               "properties": [{"name": "vigil:support:end", "value": "2026-09-11"}]},
              {"bom-ref": "zlib", "type": "library", "name": "zlib", "version": "1.3",
               "properties": [{"name": "vigil:support:end", "value": "2035-01-01"}]},
              {"bom-ref": "json", "type": "library", "name": "json", "version": "3.11"}
             ]}
            """;

    private SystemModel model(String extraComponent) throws IOException {
        Files.writeString(dir.resolve("device.cdx.json"), SBOM);
        Files.writeString(
                dir.resolve("model.yaml"),
                """
                vigil: 1
                system: {id: pump-sys, name: Pump, kind: product, markets: [us]}
                zones:
                  - {id: z, type: home-network, trust: low}
                components:
                  - {id: dev, kind: device, zone: z, owner: manufacturer, sbom: device.cdx.json,
                     software: {os: Zephyr 3.7, supportEnds: 2027-05-01}}
                  - {id: gw, kind: service, zone: z, owner: manufacturer, software: {os: Debian 11, supportEnds: 2030-01-01}}
                %s
                data: []
                flows: []
                lifecycle:
                  endOfLife: {endOfGuaranteedSupport: 2027-03-15, endOfSupport: 2029-12-31}
                """
                        .formatted(extraComponent));
        LoadResult loaded = new ModelLoader().load(dir.resolve("model.yaml"));
        assertThat(loaded.errors()).isEmpty();
        return loaded.orThrow();
    }

    private SupportOutlook outlook(SystemModel model, LocalDate date, int days) {
        return SupportOutlook.of(
                SupportEnds.of(
                        model,
                        SourceResolver.fileSystem(),
                        SbomReader.withDefaults().lenient()),
                date,
                days);
    }

    @Test
    void everyStatedDateIsFoundWithItsScopeAndStage() throws IOException {
        SupportEnds ends = SupportEnds.of(model(""), SourceResolver.fileSystem(), SbomReader.withDefaults());
        assertThat(ends.ends())
                .extracting(e -> e.scope().wire() + " " + e.stage().wire() + " " + e.date())
                .containsExactlyInAnyOrder(
                        "system end-of-guaranteed-support 2027-03-15",
                        "system end-of-support 2029-12-31",
                        "platform end-of-support 2027-05-01",
                        "platform end-of-support 2030-01-01",
                        "sbom-component end-of-support 2027-02-01",
                        "sbom-component end-of-support 2026-09-11",
                        "sbom-component end-of-support 2035-01-01");
        assertThat(ends.unread()).isEmpty();
    }

    @Test
    void warnsOfWhatEndsWithinTheHorizonSoonestFirstAndReportsPastDatesAsEnded() throws IOException {
        SupportOutlook o = outlook(model(""), LocalDate.of(2026, 12, 4), 180);
        assertThat(o.warnings())
                .extracting(SupportWarning::text)
                .containsExactly(
                        "Support of tls@1.1.1 in the SBOM of component 'dev' ended on 2026-09-11, 84 days before the"
                                + " assessment date.",
                        "Support of rtos@4.1 in the SBOM of component 'dev' ends on 2027-02-01, in 59 days.",
                        "Guaranteed support of system 'pump-sys' ends on 2027-03-15, in 101 days.",
                        "Support of the platform of component 'dev' (Zephyr 3.7) ends on 2027-05-01, in 148 days.");
        assertThat(o.warnings())
                .extracting(SupportWarning::status)
                .containsExactly("ended", "ends-soon", "ends-soon", "ends-soon");
        assertThat(o.ended()).isEqualTo(1);
        assertThat(o.endingSoon()).isEqualTo(3);
        assertThat(o.summary()).isEqualTo("Support: 1 ended, 3 end within 180 days of 2026-12-04");
    }

    @Test
    void theHorizonAndTheDateAreTheCallersNotTheClock() throws IOException {
        SystemModel model = model("");
        // a shorter horizon drops what ends later; a date past a stage turns its warning into "ended"
        assertThat(outlook(model, LocalDate.of(2026, 12, 4), 60).warnings())
                .extracting(w -> w.end().date().toString())
                .containsExactly("2026-09-11", "2027-02-01");
        SupportOutlook later = outlook(model, LocalDate.of(2030, 6, 1), 0);
        assertThat(later.endingSoon()).isZero();
        assertThat(later.warnings())
                .extracting(w -> w.end().date() + " " + w.status())
                .containsExactly(
                        "2026-09-11 ended",
                        "2027-02-01 ended",
                        "2027-03-15 ended",
                        "2027-05-01 ended",
                        "2029-12-31 ended",
                        "2030-01-01 ended");
        // support ending on the assessment date itself has not ended yet (the date is the last supported day)
        SupportOutlook onTheDay = outlook(model, LocalDate.of(2027, 2, 1), 0);
        assertThat(onTheDay.warnings())
                .filteredOn(w -> w.end().date().equals(LocalDate.of(2027, 2, 1)))
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.ended()).isFalse();
                    assertThat(w.text()).endsWith("ends on 2027-02-01, the assessment date.");
                });
    }

    @Test
    void anSbomThatCannotBeReadIsNamedNotSkipped() throws IOException {
        Files.writeString(dir.resolve("broken.cdx.json"), "{\"bomFormat\": \"CycloneDX\", \"components\": [");
        SystemModel model =
                model("  - {id: app, kind: mobile-app, zone: z, owner: manufacturer, sbom: broken.cdx.json}");
        SupportOutlook o = outlook(model, LocalDate.of(2026, 12, 4), 180);
        assertThat(o.unread()).singleElement().asString().startsWith("component 'app': ");
        assertThat(o.summary()).endsWith("; dates not read from 1 SBOM(s)");
        assertThat(o.warnings()).hasSize(4);
    }

    @Test
    void aHorizonOutsideZeroToTenYearsIsRefused() {
        SupportEnds none = new SupportEnds(List.of(), List.of());
        assertThatThrownBy(() -> SupportOutlook.of(none, LocalDate.of(2026, 12, 4), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 to 3650 days");
        assertThat(SupportOutlook.of(none, LocalDate.of(2026, 12, 4), 3650).warnings())
                .isEmpty();
    }
}
