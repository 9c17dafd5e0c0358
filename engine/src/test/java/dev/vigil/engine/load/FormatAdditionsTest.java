package dev.vigil.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.Capabilities;
import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Document;
import dev.vigil.engine.model.Evidence;
import dev.vigil.engine.model.Lifecycle;
import dev.vigil.engine.model.ProductionStep;
import dev.vigil.engine.model.Secret;
import dev.vigil.engine.model.SecurityTest;
import dev.vigil.engine.model.SystemInfo;
import dev.vigil.engine.model.SystemInfo.DeviceClass;
import dev.vigil.engine.model.SystemInfo.Market;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.model.Zone;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The format additions of this release load into the facts they state, and absent ones stay unstated. */
class FormatAdditionsTest {

    static final Path PRODUCT = Path.of("src/test/resources/models/format-additions/product.yaml");

    private final SystemModel model = new ModelLoader().load(PRODUCT).orThrow();

    @Test
    void applicabilityFactsAreBoundPerMarket() {
        SystemInfo system = model.system();
        assertThat(system.ivd()).contains(false);
        assertThat(system.classes())
                .containsEntry(Market.US, DeviceClass.II)
                .containsEntry(Market.EU, DeviceClass.IIB)
                .containsEntry(Market.CA, DeviceClass.III);
        assertThat(system.deviceClass(Market.FR))
                .as("France follows the EU class")
                .contains(DeviceClass.IIB);
        assertThat(system.pathways()).containsEntry(Market.US, SystemInfo.Pathway.PREMARKET_NOTIFICATION);
        assertThat(system.builtAt()).containsExactly(new SystemInfo.SiteLink("plant-a", "site.yaml"));
        assertThat(system.supportThresholdDays()).contains(90);
    }

    @Test
    void capabilitiesAreBoundAndAnEmptyListIsToldFromAnAbsentOne() {
        Capabilities pump = component("pump").capabilities().orElseThrow();
        assertThat(pump.autoLogoffMinutes()).contains(15);
        assertThat(pump.auditEvents().orElseThrow()).hasSize(7).contains(Capabilities.AuditEvent.THERAPY_CHANGE);
        assertThat(pump.emergencyAccess()).contains(true);
        assertThat(pump.malwareProtection()).contains(Capabilities.MalwareProtection.ALLOWLIST);
        assertThat(pump.thirdPartySoftwareUpdates()).contains(Capabilities.PatchInstaller.MANUFACTURER);
        Capabilities gateway = component("gateway").capabilities().orElseThrow();
        assertThat(gateway.auditEvents()).as("stated as none").contains(List.of());
        assertThat(gateway.emergencyAccess()).as("not stated").isEmpty();
    }

    @Test
    void newEnumValuesAreAccepted() {
        assertThat(model.zone("edge").type()).isEqualTo(Zone.Type.DMZ);
        Component pump = component("pump");
        assertThat(pump.has(Component.Function.REMOTE_ACCESS)).isTrue();
        assertThat(pump.interfaces().get(0).type()).isEqualTo(Component.Interface.Type.INDUCTIVE);
        assertThat(model.secrets())
                .extracting(Secret::type)
                .containsExactly(
                        Secret.Type.CA_KEY,
                        Secret.Type.RECORD_SIGNING,
                        Secret.Type.SSH_KEY,
                        Secret.Type.ENCRYPTION_KEY);
    }

    @Test
    void testsAndDocumentsAreElementsWithTheirFacts() {
        SecurityTest pentest = model.tests().get(0);
        assertThat(pentest.kind()).isEqualTo(SecurityTest.Kind.PENETRATION);
        assertThat(pentest.independent()).contains(true);
        assertThat(pentest.date()).contains(LocalDate.of(2025, 4, 10));
        assertThat(pentest.covers()).containsExactly("pump", "pump-coil", "gw-to-pump");
        assertThat(pentest.result()).contains(SecurityTest.Result.PASS);
        assertThat(pentest.findings()).containsExactly("default-credentials@pump");
        assertThat(model.tests().get(1).independent()).isEmpty();
        Document srmp = model.document("srmp").orElseThrow();
        assertThat(srmp.kind()).isEqualTo("security-risk-management-plan");
        assertThat(srmp.version()).contains("2.1");
        assertThat(model.findElement("pentest-report"))
                .as("documents share the id space")
                .isPresent();
    }

    @Test
    void formerlyProposedLifecycleKeysAreReal() {
        Lifecycle lifecycle = model.lifecycle();
        assertThat(lifecycle.find(Lifecycle.Phase.DESIGN, "benefitRiskAnalysis"))
                .contains(new Evidence.Flag(true));
        assertThat(lifecycle.find(Lifecycle.Phase.DEVELOPMENT, "securityTestReport"))
                .contains(new Evidence.Reference("pentest-report"));
        assertThat(lifecycle.find(Lifecycle.Phase.MONITORING, "regulatoryReporting"))
                .isPresent();
        assertThat(lifecycle.find(Lifecycle.Phase.MONITORING, "isao").orElseThrow())
                .isInstanceOf(Evidence.Structured.class);
    }

    @Test
    void aProductionStepThatInjectsNothingNeedsNoVerification() {
        SystemModel site =
                new ModelLoader().load(PRODUCT.resolveSibling("site.yaml")).orThrow();
        assertThat(site.production())
                .extracting(ProductionStep::verification)
                .containsExactly(Optional.of(ProductionStep.Verification.SIGNATURE), Optional.empty());
    }

    @Test
    void australianIvdClassesMayBeWrittenAsNumbers(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ivd.yaml");
        Files.writeString(
                file,
                """
                vigil: 1
                system: {id: analyser, name: Analyser, kind: product, ivd: true, classes: {eu: C, au: 3}}
                zones: [{id: lab, type: hospital-network, trust: medium}]
                components: [{id: reader, kind: device, zone: lab}]
                data: []
                flows: []
                """);
        LoadResult result = new ModelLoader().load(file);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.orThrow().system().classes())
                .containsEntry(Market.EU, DeviceClass.C)
                .containsEntry(Market.AU, DeviceClass.IVD_3);
    }

    private Component component(String id) {
        return model.component(id);
    }
}
