package dev.vigil.engine.documents;

import static dev.vigil.engine.documents.ReleasePair.documents;
import static dev.vigil.engine.documents.ReleasePair.row;
import static dev.vigil.engine.documents.ReleasePair.section;
import static dev.vigil.engine.documents.ReleasePair.table;
import static dev.vigil.engine.documents.ReleasePair.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.SystemModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The customer security documentation (and the FDA labeling and EU information for users, which hold the
 * same sections): every element the FDA labeling section and MDR Annex I 23.4(ab) ask for is a section with
 * the model's facts, or says explicitly what the model does not state.
 */
class LabelingSectionsTest {
    private static final List<String> CUSTOMER_SECTIONS = List.of(
            "Recommended controls for the use environment",
            "Protection of essential functions when security is compromised",
            "Secure configuration (hardening)",
            "Ports, protocols and interfaces",
            "Accounts and authentication",
            "Security events and logs",
            "How updates are delivered and verified",
            "Shared responsibility",
            "End-of-support dates",
            "How to report a vulnerability",
            "Backup and recovery",
            "Secure decommissioning",
            "Software bill of materials");

    /** The least a product model can say: one component, no flows, no lifecycle facts. */
    private static final String BARE =
            """
            vigil: 1
            system: {id: bare, name: Bare device, kind: product}
            zones:
              - {id: home, type: home-network, trust: low}
            components:
              - {id: device, kind: device, zone: home}
            data: []
            flows: []
            """;

    @TempDir
    Path dir;

    private GeneratedDocument customer(SystemModel model) {
        return documents(model, Optional.empty(), "customer").get(0);
    }

    @Test
    void theCustomerSetTheFdaLabelingAndTheEuInformationForUsersHoldEveryElement() {
        SystemModel model = ReleasePair.laterIn(dir);
        assertThat(customer(model).sections().stream().map(Section::title)).containsSubsequence(CUSTOMER_SECTIONS);
        GeneratedDocument labeling = documents(model, Optional.empty(), "fda").stream()
                .filter(d -> d.fileStem().equals("fda-labeling"))
                .findFirst()
                .orElseThrow();
        assertThat(labeling.sections().stream().map(Section::title)).containsSubsequence(CUSTOMER_SECTIONS);
        GeneratedDocument ifu = documents(model, Optional.empty(), "eu").stream()
                .filter(d -> d.fileStem().equals("eu-ifu"))
                .findFirst()
                .orElseThrow();
        assertThat(ifu.sections().stream().map(Section::title))
                .containsSubsequence(CUSTOMER_SECTIONS.subList(0, CUSTOMER_SECTIONS.size() - 1));
    }

    @Test
    void portsAndProtocolsListEveryFlowWithItsPortAndZonesAndEveryInterfaceWithItsFieldState() {
        Section ports = section(customer(ReleasePair.laterIn(dir)), "Ports, protocols and interfaces");

        assertThat(ports.blocks()).first().isInstanceOf(Block.Figure.class);
        Block.Table flows = table(ports, "Communications (interface, protocol, port, direction, purpose, endpoints)");
        assertThat(flows.rows()).extracting(r -> r.get(0)).containsExactly("telemetry", "upload", "fw-down");
        assertThat(row(flows, "telemetry")).containsSubsequence("pump-eth", "8883", "pump -> gateway", "within ward");
        assertThat(row(flows, "fw-down")).contains("8443", "gateway -> pump", "update");
        assertThat(row(flows, "upload")).contains("ward -> cloud", Block.NOT_STATED, "no interface named");

        Block.Table interfaces = table(ports, "Physical and radio interfaces, enabled or disabled in the field");
        assertThat(row(interfaces, "pump-jtag")).contains("disabled in the field", "factory programming");
        assertThat(row(interfaces, "pump-eth")).contains("enabled", "telemetry, fw-down");
        assertThat(row(interfaces, "pump-uart").get(5)).startsWith("none in the model");
    }

    @Test
    void aPortIsTakenOnlyWhereTheProtocolStatesOne() {
        SystemModel model = ReleasePair.laterIn(dir);
        assertThat(model.flows())
                .extracting(f -> LabelingSections.port(f).orElse("-"))
                .containsExactly("8883", "-", "8443");
    }

    @Test
    void theUseEnvironmentUpdatesSharedResponsibilityBackupAndDecommissioningComeFromTheModel() {
        GeneratedDocument d = customer(ReleasePair.laterIn(dir));

        String environment = text(section(d, "Recommended controls for the use environment"));
        assertThat(environment)
                .contains("conduit ward-edge", "Restrict physical access to pump", "pump-uart")
                .contains("Platform of pump (run by the healthcare provider): RTOS 2")
                .contains("Platform of gateway (run by the healthcare provider): " + Block.NOT_STATED)
                .doesNotContain("cloud-edge") // the manufacturer's own conduit
                .doesNotContain("pump-jtag"); // disabled in the field

        Block.Table updates = table(
                section(d, "How updates are delivered and verified"),
                "Software updates: delivery path, signature and verification");
        assertThat(row(updates, "pump-update"))
                .contains("unsigned", "device", "older versions accepted", "dual-bank")
                .anyMatch(cell -> cell.contains("fw-down (gateway -> pump, https:8443)"));

        assertThat(text(section(d, "How updates are delivered and verified")))
                .contains("no update path in the model (they cannot be updated as modelled): laptop.");
        assertThat(text(section(d, "End-of-support dates")))
                .contains("Platform of pump (RTOS 2): supported until 2033-01-01")
                .contains("Platform of laptop (Windows 11): " + Block.NOT_STATED);
        assertThat(text(section(d, "Accounts and authentication")))
                .contains("Change the default password of the service account on laptop before use.")
                .contains("The maintenance account on laptop has a hard-coded credential that cannot be changed");

        String shared = text(section(d, "Shared responsibility"));
        assertThat(shared)
                .contains("Operate and maintain pump in ward (hospital-network)")
                .contains("Let flow upload (gateway -> cloud-api, https) pass from ward (hospital-network) to cloud");

        String backup = text(section(d, "Backup and recovery"));
        assertThat(backup)
                .contains("Backup and restore on pump (keeps settings): " + Block.NOT_STATED)
                .contains("Recovery after a failed update of pump: dual-bank");

        Block.Table decommissioning = table(
                section(d, "Secure decommissioning"), "What to remove or revoke before a component leaves service");
        assertThat(row(decommissioning, "pump")).containsExactly("pump", "settings", Block.NOT_STATED, "none");

        String sbom = text(section(d, "Software bill of materials"));
        assertThat(sbom).contains("SBOM of pump", "pkg:generic/liba@1.1", "pkg:generic/libc@1.0");
    }

    @Test
    void aModelThatSaysLittleGetsAnExplicitNotStatedInEverySectionNeverSilence() {
        SystemModel bare = ReleasePair.write(dir, BARE, Map.of());
        GeneratedDocument d = customer(bare);
        for (String title : CUSTOMER_SECTIONS) {
            assertThat(text(section(d, title))).as(title).containsIgnoringCase(Block.NOT_STATED);
        }
    }

    @Test
    void theManagementPlanNamesEveryElementWithAFactOrNotStated() {
        SystemModel bare = ReleasePair.write(dir, BARE, Map.of());
        GeneratedDocument plan = documents(bare, Optional.empty(), "fda").stream()
                .filter(x -> x.fileStem().equals("fda-cmp"))
                .findFirst()
                .orElseThrow();
        String text = text(section(plan, "Cybersecurity management plan"));
        for (String element : List.of(
                "Personnel responsible",
                "Monitoring of vulnerability sources",
                "Known exploited vulnerabilities (CISA KEV)",
                "Periodic security testing",
                "Patch timeline",
                "Update process",
                "Patching capability",
                "Coordinated vulnerability disclosure",
                "Customer communication")) {
            assertThat(text)
                    .as(element)
                    .containsPattern(
                            "(?m)^" + java.util.regex.Pattern.quote(element) + "[^:\\n]*: " + Block.NOT_STATED);
        }

        SystemModel model = ReleasePair.laterIn(dir.resolve("later"));
        String stated = text(section(
                documents(model, Optional.empty(), "fda").stream()
                        .filter(x -> x.fileStem().equals("fda-cmp"))
                        .findFirst()
                        .orElseThrow(),
                "Cybersecurity management plan"));
        assertThat(stated)
                .contains("Patching capability: pump updatable (pump-update, rollback possible")
                .contains("laptop runs software with no update path in the model");
    }
}
