package dev.vigil.engine.report;

import dev.vigil.engine.assessment.Finding;
import dev.vigil.engine.model.Hazard;
import dev.vigil.engine.risk.RiskMatrix;
import java.util.List;

/** Findings per risk-matrix cell: [harm severity ordinal][band - 1], for weaknesses with a linked hazard. */
final class MatrixCounts {

    private MatrixCounts() {}

    static int[][] of(List<Finding> findings) {
        int[][] counts = new int[Hazard.Severity.values().length][RiskMatrix.BANDS];
        for (Finding f : findings) {
            if (f.score().controlled().isPresent()) {
                Hazard.Severity s = f.score().harmSeverity().orElseThrow();
                counts[s.ordinal()][f.score().exploitability().band() - 1]++;
            }
        }
        return counts;
    }
}
