package dev.vigil.engine.documents;

import static dev.vigil.engine.documents.ReleasePair.documents;
import static dev.vigil.engine.documents.ReleasePair.row;
import static dev.vigil.engine.documents.ReleasePair.section;
import static dev.vigil.engine.documents.ReleasePair.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.source.InputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The change summary of {@code vigil documents --since}: against a hand-written pair of releases it lists
 * exactly the changes made between them, and nothing for a release compared with itself.
 */
class ChangeSummaryTest {
    private static final String TITLE = "Changes since the previous release";

    @TempDir
    Path dir;

    private Section summary(SystemModel now, SystemModel before) {
        GeneratedDocument first =
                documents(now, Optional.of(before), "customer").get(0);
        assertThat(first.sections().get(0).title()).isEqualTo(TITLE);
        return section(first, TITLE);
    }

    private static List<String> column(Block.Table t, int i) {
        return t.rows().stream().map(r -> r.get(i)).toList();
    }

    @Test
    void findingsAddedAndFixedAreThoseOfTheChangedElements() {
        Section s = summary(ReleasePair.laterIn(dir.resolve("new")), ReleasePair.earlierIn(dir.resolve("old")));

        List<String> added = column(table(s, "Findings added"), 0);
        assertThat(added).contains("default-credentials@laptop").allMatch(id -> id.endsWith("@laptop"));
        List<String> fixed = column(table(s, "Findings fixed (no longer found)"), 0);
        assertThat(fixed)
                .contains("cleartext-sensitive-data@telemetry")
                .allMatch(id -> id.endsWith("@telemetry") || id.endsWith("@bridge"));
        assertThat(table(s, "Findings whose risk changed").rows()).isEmpty();
    }

    @Test
    void componentsAddedRemovedAndUpdatedNameWhatChangedWithItsValues() {
        Section s = summary(ReleasePair.laterIn(dir.resolve("new")), ReleasePair.earlierIn(dir.resolve("old")));

        Block.Table components = table(s, "Components added, removed and updated");
        assertThat(column(components, 0)).containsExactlyInAnyOrder("pump", "laptop", "bridge");
        assertThat(row(components, "laptop").get(1)).isEqualTo("added");
        assertThat(row(components, "bridge").get(1)).isEqualTo("removed");
        assertThat(row(components, "pump")).containsExactly("pump", "updated", "software.os: RTOS 1 -> RTOS 2");

        Block.Table sbom = table(s, "SBOM components added, removed and updated");
        assertThat(sbom.rows())
                .containsExactlyInAnyOrder(
                        List.of("pump", "liba", "updated", "1.0", "1.1"),
                        List.of("pump", "libc", "added", "-", "1.0"),
                        List.of("pump", "libb", "removed", "2.0", "-"));
    }

    @Test
    void requirementsWhoseStatusChangedAreListed() {
        Section s = summary(ReleasePair.laterIn(dir.resolve("new")), ReleasePair.earlierIn(dir.resolve("old")));

        Block.Table security = table(s, "Security requirements added, removed or verified differently");
        assertThat(row(security, "REQ-at-rest").get(1)).isEqualTo("added");
        assertThat(row(security, "REQ-default-credentials").get(1)).isEqualTo("added");
        assertThat(row(security, "REQ-cleartext-sensitive-data").get(1)).isEqualTo("removed");
        // Besides the new control, a requirement comes or goes only with the rule of a finding added or fixed.
        List<String> added = column(table(s, "Findings added"), 0).stream()
                .map(id -> "REQ-" + id.substring(0, id.indexOf('@')))
                .toList();
        List<String> fixed = column(table(s, "Findings fixed (no longer found)"), 0).stream()
                .map(id -> "REQ-" + id.substring(0, id.indexOf('@')))
                .toList();
        security.rows().stream().filter(r -> !r.get(0).equals("REQ-at-rest")).forEach(r -> assertThat(
                        r.get(1).equals("added") ? added : fixed)
                .as(r.toString())
                .contains(r.get(0)));

        // The confidentiality control answers the FDA control category that had no control before.
        Block.Table regulatory = table(s, "Regulatory requirements whose status changed");
        assertThat(row(regulatory, "fda-pre-app1-confidentiality")).endsWith("gap", "partial");
        assertThat(regulatory.rows()).allMatch(r -> !r.get(2).equals(r.get(3)));
    }

    @Test
    void aReleaseComparedWithItselfHasNoChangesEvenWithItsListsReordered() {
        SystemModel now = ReleasePair.laterIn(dir.resolve("new"));
        String reordered = ReleasePair.later()
                .replace(
                        "      - {id: pump-eth, type: ethernet, enabledInField: true}\n"
                                + "      - {id: pump-jtag, type: jtag, enabledInField: false, purpose: factory programming}\n",
                        "      - {id: pump-jtag, type: jtag, enabledInField: false, purpose: factory programming}\n"
                                + "      - {id: pump-eth, type: ethernet, enabledInField: true}\n");
        assertThat(reordered).isNotEqualTo(ReleasePair.later());
        SystemModel same = ReleasePair.write(dir.resolve("same"), reordered, Map.of("libc", "1.0", "liba", "1.1"));

        Section s = summary(now, same);
        s.blocks().stream()
                .filter(b -> b instanceof Block.Table)
                .map(Block.Table.class::cast)
                .forEach(t -> assertThat(t.rows()).as(t.caption()).isEmpty());
    }

    @Test
    void aPreviousModelOfAnotherSystemIsRefused() {
        SystemModel now = ReleasePair.laterIn(dir.resolve("new"));
        SystemModel other = ReleasePair.write(
                dir.resolve("other"), ReleasePair.earlier().replace("id: infuser", "id: other-pump"), Map.of());

        assertThatThrownBy(() -> documents(now, Optional.of(other), "customer"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("'other-pump'")
                .hasMessageContaining("same system");
    }

    @Test
    void componentFactsAreKeyedByIdSoOrderIsNoChange() {
        SystemModel now = ReleasePair.laterIn(dir.resolve("new"));
        var pump = now.components().get(0);
        Map<String, String> facts = ChangeSummary.facts(pump);
        assertThat(facts)
                .containsEntry("software.os", "RTOS 2")
                .containsEntry("interfaces[pump-uart].type", "uart")
                .containsEntry("interfaces[pump-jtag].enabledInField", "false")
                .doesNotContainKey("id");
        assertThat(ChangeSummary.changes(Map.of("a", "1"), Map.of("b", "2")))
                .containsExactly("a: 1 -> not stated", "b: not stated -> 2");
    }
}
