package dev.vigil.engine.risk;

import static dev.vigil.engine.load.Shapes.list;
import static dev.vigil.engine.load.Shapes.mapOf;
import static dev.vigil.engine.load.Shapes.object;
import static dev.vigil.engine.load.Shapes.oneOf;
import static dev.vigil.engine.load.Shapes.opt;
import static dev.vigil.engine.load.Shapes.req;
import static dev.vigil.engine.load.Shapes.text;

import dev.vigil.engine.load.Shape.ObjectShape;
import java.util.List;

/**
 * The shape of a risk matrix file, declared once: {@link RiskMatrix} checks the bundled matrix and a
 * manufacturer's file against it (errors as {@code file:line:column}) and {@code
 * schema/vigil-risk-matrix.schema.json} is generated from it. What a shape cannot say (the rows are the ISO
 * 14971 severities, each once, five cells each, never more lenient as risk grows) stays in {@link RiskMatrix}.
 */
final class RiskMatrixFormat {
    private RiskMatrixFormat() {}

    static final List<String> CELLS = List.of("controlled", "uncontrolled");

    static final ObjectShape MATRIX = object(
            "risk matrix",
            null,
            "A security-risk acceptability matrix (risk/default-risk-matrix.yaml, or a manufacturer's file given"
                    + " with vigil assess --risk-matrix): for each ISO 14971 harm severity, whether a finding in"
                    + " each exploitability band is controlled",
            opt("name", text(), "The matrix's name, shown in reports (default: the file name)"),
            req(
                    "matrix",
                    mapOf("harm severity", list(oneOf(CELLS))),
                    "One row per ISO 14971 harm severity (negligible, minor, serious, critical, catastrophic):"
                            + " five cells, controlled or uncontrolled, for exploitability bands 1 to 5"));
}
