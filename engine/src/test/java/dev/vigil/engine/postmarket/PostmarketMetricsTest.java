package dev.vigil.engine.postmarket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.postmarket.casefile.CaseFile;
import dev.vigil.engine.postmarket.casefile.CaseReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostmarketMetricsTest {

    static CaseFile parse(String id, String vulnerabilityExtra, String milestones) {
        String text = "vigil-case: 1\nid: " + id + "\ntitle: t\nproduct: glucoflow\naware: 2026-11-02\nsource: feed\n"
                + "vulnerabilities:\n  - id: " + id + "-1\n    title: t\n    elements: [pump]\n"
                + "    affected: \"< 2\"\n" + vulnerabilityExtra
                + (milestones.isEmpty() ? "" : "milestones:\n" + milestones);
        return new CaseReader().parse(Path.of(id + ".yaml"), text);
    }

    @Test
    void onlyClosedCasesCountAndUnstatedDatesAreNotZeroDays() {
        CaseFile fixedAndShipped =
                parse("a", "", "  fixValidated: 2026-12-08\n  fixDistributed: 2026-12-10\n  closed: 2026-12-20\n");
        CaseFile neverFixed = parse("b", "", "  closed: 2026-12-20\n");
        CaseFile stillOpen = parse("c", "", "  fixDistributed: 2026-12-10\n");
        CaseFile vendorFixNotShipped = parse(
                "d",
                "    remediations: [{category: vendor_fix, details: 2.0, date: 2026-11-12}]\n",
                "  closed: 2026-12-20\n");
        CaseFile closedLater = parse("e", "", "  fixDistributed: 2026-12-10\n  closed: 2027-02-01\n");

        PostmarketMetrics.Metrics m = PostmarketMetrics.of(
                List.of(fixedAndShipped, neverFixed, stillOpen, vendorFixNotShipped, closedLater),
                LocalDate.of(2027, 1, 1));

        assertThat(m.cases()).isEqualTo(3);
        assertThat(m.vulnerabilities()).isEqualTo(3);
        assertThat(m.patched()).isEqualTo(2);
        assertThat(m.patchedShare())
                .hasValueSatisfying(s -> assertThat(s).isCloseTo(2 / 3.0, org.assertj.core.data.Offset.offset(1e-9)));
        assertThat(m.identificationToPatch()).contains(new PostmarketMetrics.Days(2, 10, 23.0, 36));
        assertThat(m.patchToField()).contains(new PostmarketMetrics.Days(1, 2, 2.0, 2));
        assertThat(m.notStatedPatch()).isZero();
        assertThat(m.notStatedField()).isEqualTo(1);
    }

    @Test
    void noClosedCaseGivesNoShareRatherThanZero() {
        PostmarketMetrics.Metrics m = PostmarketMetrics.of(
                List.of(parse("c", "", "  fixDistributed: 2026-12-10\n")), LocalDate.of(2027, 1, 1));
        assertThat(m.patchedShare()).isEmpty();
        assertThat(m.identificationToPatch()).isEmpty();
    }
}
