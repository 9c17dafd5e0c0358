package dev.vigil.engine.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrintLayoutTest {

    private final PrintLayout print = new PrintLayout();

    @Test
    void wordsWithAHyphenASlashOrADotBetweenLettersAreKeptWholeAndTheRestIsPlain() {
        assertThat(print.pieces("open on no-login-lockout@cloud-api via a/b and lifecycle.design.x at 2.4.0"))
                .containsExactly(
                        new PrintLayout.Piece("open on ", false),
                        new PrintLayout.Piece("no-login-lockout@cloud-api", true),
                        new PrintLayout.Piece(" via ", false),
                        new PrintLayout.Piece("a/b", true),
                        new PrintLayout.Piece(" and ", false),
                        new PrintLayout.Piece("lifecycle.design.x", true),
                        new PrintLayout.Piece(" at 2.4.0", false));
        assertThat(print.pieces("plain words only")).containsExactly(new PrintLayout.Piece("plain words only", false));
        assertThat(print.pieces(Block.NOT_STATED)).containsExactly(new PrintLayout.Piece(Block.NOT_STATED, true));
    }

    @Test
    void aWordTooWideForAnyLineMayBreak() {
        String huge = "system-".repeat(40) + "1";
        assertThat(PrintLayout.printsWhole(huge)).isFalse();
        assertThat(print.pieces(huge)).containsExactly(new PrintLayout.Piece(huge, false));
        assertThat(PrintLayout.printsWhole("remote-privileged-without-mfa@cloud-api"))
                .isTrue();
    }

    @Test
    void aTableGoesFromColumnsToLeadRowsToCardsAsItsWidestWordsGrow() {
        List<String> header = List.of("Finding", "Hazards", "Decision");
        assertThat(print.tableLayout(table(header, List.of("short@a", "over-delivery", "uncontrolled"))))
                .isEqualTo("columns");
        String longId = "unguarded-zone-crossing@" + "w".repeat(60);
        assertThat(print.tableLayout(table(header, List.of(longId, "over-delivery", "uncontrolled"))))
                .isEqualTo("lead-rows");
        String wide = "x".repeat(70);
        assertThat(print.tableLayout(table(header, List.of(longId, wide, wide))))
                .isEqualTo("cards");
    }

    private static Block.Table table(List<String> header, List<String> row) {
        return new Block.Table("caption", header, List.of(row), "none");
    }
}
