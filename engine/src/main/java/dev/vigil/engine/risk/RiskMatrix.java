package dev.vigil.engine.risk;

import dev.vigil.engine.load.ResourceCheck;
import dev.vigil.engine.model.Hazard;
import dev.vigil.engine.model.WireValue;
import dev.vigil.engine.source.Diagnostic;
import dev.vigil.engine.source.Location;
import dev.vigil.engine.source.Node;
import dev.vigil.engine.source.SourceException;
import dev.vigil.engine.source.SourceReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Exploitability band (1..5) × ISO 14971 harm severity → controlled or uncontrolled. The default comes
 * from {@code risk/default-risk-matrix.yaml}; a manufacturer may supply its own file of the same shape,
 * which is checked cell by cell with locations, because a wrong matrix silently changes every verdict.
 */
public final class RiskMatrix {

    public static final int BANDS = 5;
    private static final String RESOURCE = "/risk/default-risk-matrix.yaml";

    private final String name;
    private final Map<Hazard.Severity, boolean[]> controlled;

    private RiskMatrix(String name, Map<Hazard.Severity, boolean[]> controlled) {
        this.name = name;
        this.controlled = controlled;
    }

    /** The bundled default matrix. */
    public static RiskMatrix standard() {
        try (InputStream in = RiskMatrix.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return parse(Path.of("risk/default-risk-matrix.yaml"), text, "Vigil default");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidRiskMatrixException e) {
            throw new IllegalStateException("the bundled risk matrix is invalid: " + e.getMessage(), e);
        }
    }

    /** A manufacturer's matrix file; every problem is reported with its location. */
    public static RiskMatrix load(Path file) throws InvalidRiskMatrixException {
        String text;
        try {
            text = new SourceReader().readText(file);
        } catch (SourceException e) {
            throw new InvalidRiskMatrixException(List.of(e.diagnostic()));
        }
        return parse(file, text, file.toString());
    }

    /** Whether a finding of this exploitability band whose worst harm has this severity is controlled. */
    public boolean isControlled(int band, Hazard.Severity severity) {
        if (band < 1 || band > BANDS) {
            throw new IllegalArgumentException("band must be 1.." + BANDS + ", not " + band);
        }
        return controlled.get(severity)[band - 1];
    }

    public String name() {
        return name;
    }

    /**
     * Checks {@code text} against {@link RiskMatrixFormat} (keys, types, cell words), then what the shape
     * cannot say: the rows are the ISO 14971 severities, each once, with five cells, and never more lenient
     * as risk grows. Every problem comes with its place.
     */
    static RiskMatrix parse(Path name, String text, String defaultName) throws InvalidRiskMatrixException {
        ResourceCheck check = new ResourceCheck();
        Optional<Node> root = check.read(
                name, text, RiskMatrixFormat.MATRIX, "the risk matrix", "a risk matrix is a map with a 'matrix' key");
        List<Diagnostic> problems = new ArrayList<>(check.finish());
        if (root.isEmpty() || !(root.get() instanceof Node.MapNode map)) {
            throw new InvalidRiskMatrixException(problems);
        }
        String matrixName = defaultName;
        if (map.get("name").orElse(null) instanceof Node.ScalarNode s
                && !s.text().isBlank()) {
            matrixName = s.text();
        }
        Map<Hazard.Severity, boolean[]> cells = new EnumMap<>(Hazard.Severity.class);
        if (map.get("matrix").orElse(null) instanceof Node.MapNode rows) {
            readRows(rows, cells, problems);
            if (problems.isEmpty()) {
                checkMonotonic(rows, cells, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRiskMatrixException(problems.stream().sorted().toList());
        }
        return new RiskMatrix(matrixName, cells);
    }

    private static void readRows(Node.MapNode rows, Map<Hazard.Severity, boolean[]> cells, List<Diagnostic> problems) {
        Set<Hazard.Severity> seen = java.util.EnumSet.noneOf(Hazard.Severity.class);
        for (Node.Entry row : rows.entries()) {
            var severity = WireValue.parse(Hazard.Severity.class, row.key());
            if (severity.isEmpty()) {
                problems.add(error(
                        row.keyLocation(),
                        "'" + row.key() + "' is not an ISO 14971 severity; use one of " + severityWords()));
                continue;
            }
            if (!seen.add(severity.get())) {
                continue; // a repeated row is reported by the shape check (RiskMatrixFormat) with both places
            }
            if (!(row.value() instanceof Node.ListNode list) || list.items().size() != BANDS) {
                problems.add(error(
                        row.value().location(),
                        "row '" + row.key() + "' must be a list of " + BANDS
                                + " cells (exploitability bands 1 to 5), not " + describeRow(row.value())));
                continue;
            }
            boolean[] values = new boolean[BANDS];
            for (int i = 0; i < BANDS; i++) {
                Node cell = list.items().get(i);
                String text = cell instanceof Node.ScalarNode s ? s.text() : "";
                // any other word was reported by the shape (RiskMatrixFormat.CELLS) with its place
                values[i] = text.equals("controlled");
            }
            cells.put(severity.get(), values);
        }
        for (Hazard.Severity s : Hazard.Severity.values()) {
            if (!seen.contains(s)) {
                problems.add(error(rows.location(), "missing row for severity '" + s.wire() + "'"));
            }
        }
    }

    /** Higher exploitability or worse harm must never make a risk acceptable again. */
    private static void checkMonotonic(
            Node.MapNode rows, Map<Hazard.Severity, boolean[]> cells, List<Diagnostic> problems) {
        Hazard.Severity[] order = Hazard.Severity.values();
        for (int s = 0; s < order.length; s++) {
            boolean[] row = cells.get(order[s]);
            Location at = rows.get(order[s].wire()).map(Node::location).orElse(rows.location());
            for (int b = 1; b < BANDS; b++) {
                if (row[b] && !row[b - 1]) {
                    problems.add(error(
                            at,
                            "row '" + order[s].wire() + "' turns back to controlled at band " + (b + 1)
                                    + " after uncontrolled at band " + b));
                }
            }
            if (s > 0) {
                boolean[] lower = cells.get(order[s - 1]);
                for (int b = 0; b < BANDS; b++) {
                    if (row[b] && !lower[b]) {
                        problems.add(error(
                                at,
                                "band " + (b + 1) + " is controlled for '" + order[s].wire()
                                        + "' but uncontrolled for the less severe '" + order[s - 1].wire() + "'"));
                    }
                }
            }
        }
    }

    private static String describeRow(Node node) {
        return node instanceof Node.ListNode l ? "a list of " + l.items().size() : node.describe();
    }

    private static String severityWords() {
        return String.join(
                ", ",
                Arrays.stream(Hazard.Severity.values())
                        .map(Hazard.Severity::wire)
                        .toList());
    }

    private static Diagnostic error(Location at, String message) {
        return Diagnostic.error(at, "invalid-risk-matrix", message);
    }
}
