package dev.vigil.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Evidence;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.Hazard;
import dev.vigil.engine.model.Lifecycle;
import dev.vigil.engine.model.SystemInfo;
import dev.vigil.engine.model.SystemModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The contract's reference model loads into exactly the facts it states. */
class ReferenceModelTest {

    static final Path COPY = Path.of("src/test/resources/models/reference-model.yaml");
    static final Path SHARED = Path.of("../../shared/spec/reference-model.yaml");

    @Test
    void theReferenceModelLoadsWithoutDiagnostics() {
        LoadResult result = new ModelLoader().load(COPY);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.isValid()).isTrue();
    }

    @Test
    void theSharedReferenceModelStillLoads() {
        Assumptions.assumeTrue(Files.exists(SHARED), "skipped: ../shared/spec is not present on this machine");
        assertThat(new ModelLoader().load(SHARED).diagnostics()).isEmpty();
    }

    @Test
    void everyStatedFactIsBound() {
        SystemModel model = new ModelLoader().load(COPY).orThrow();
        assertThat(model.system().kind()).isEqualTo(SystemInfo.Kind.PRODUCT);
        assertThat(model.system().markets()).contains(SystemInfo.Market.US, SystemInfo.Market.FR);
        assertThat(model.system().cyberDevice()).contains(true);
        assertThat(model.system().essentialFunctions()).hasSize(2);
        assertThat(model.hazard("over-delivery").severity()).isEqualTo(Hazard.Severity.CATASTROPHIC);

        Component pump = model.component("pump");
        assertThat(pump.hardening().debugPortsLocked()).contains(false);
        assertThat(pump.hardening().antiMalware()).isEmpty();
        assertThat(pump.software().orElseThrow().supportEnds()).contains(LocalDate.of(2032, 12, 31));
        assertThat(pump.safety().failSafe()).contains(new Evidence.Reference("suspend delivery and alarm"));
        assertThat(pump.interfaces()).extracting(Component.Interface::id).containsExactly("pump-ble", "pump-swd");
        assertThat(pump.accounts().get(0).authentication())
                .isEqualTo(Component.Account.Authentication.DEFAULT_PASSWORD);

        Flow command = model.flow("app-to-pump");
        assertThat(command.pairing()).contains(Flow.Pairing.JUST_WORKS);
        assertThat(command.replayProtection()).contains(false);
        assertThat(model.flow("portal-to-cloud").encryption()).contains(Flow.Encryption.TLS1_2);

        assertThat(model.lifecycle().find(Lifecycle.Phase.DESIGN, "threatModelReviewed"))
                .contains(new Evidence.Dated(LocalDate.of(2025, 3, 1)));
        assertThat(model.lifecycle().find(Lifecycle.Phase.DEVELOPMENT, "fuzzing"))
                .contains(new Evidence.Flag(false));
        assertThat(model.lifecycle().find(Lifecycle.Phase.END_OF_LIFE, "endOfGuaranteedSupport"))
                .isEmpty();
        assertThat(model.tracking()).isEmpty();
    }

    @Test
    void elementsRememberWhereTheyAreDefined() {
        SystemModel model = new ModelLoader().load(COPY).orThrow();
        assertThat(model.locationOf("pump").orElseThrow().line()).isEqualTo(34);
        assertThat(model.locationOf("pump-swd")).isPresent();
        assertThat(model.elementsById())
                .containsKeys("glucoflow", "insulin-delivery", "cloud-edge", "phone-not-rooted");
    }

    @Test
    void jsonAndYamlOfTheSameModelBindToTheSameFacts() throws Exception {
        var yaml = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(COPY.toFile());
        Path json = Files.createTempFile("reference-model", ".json");
        try {
            Files.writeString(json, new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(yaml));
            SystemModel fromJson = new ModelLoader().load(json).orThrow();
            SystemModel fromYaml = new ModelLoader().load(COPY).orThrow();
            assertThat(fromJson.components()).isEqualTo(fromYaml.components());
            assertThat(fromJson.flows()).isEqualTo(fromYaml.flows());
            assertThat(fromJson.lifecycle()).isEqualTo(fromYaml.lifecycle());
        } finally {
            Files.deleteIfExists(json);
        }
    }
}
