package dev.vigil.engine.cvss;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One line of a CVSS test file: a vector and the scores it must get. For v3 the values are (base,
 * temporal, environmental) as the specification formulas give them; for v4 one value, the score
 * over all metrics the vector carries.
 */
record ExpectedScores(String source, String vector, List<Double> values) {

    private static final Set<String> V3_TEMPORAL = Set.of("E", "RL", "RC");
    private static final Set<String> V3_ENVIRONMENTAL =
            Set.of("CR", "IR", "AR", "MAV", "MAC", "MPR", "MUI", "MS", "MC", "MI", "MA");

    boolean isV3() {
        return values.size() == 3;
    }

    double base() {
        return values.get(0);
    }

    /** The value {@code Cvss.score(vector).score()} must have (see {@link CvssScore#score()}). */
    double mostSpecific() {
        if (!isV3()) {
            return values.get(0);
        }
        if (defines(V3_ENVIRONMENTAL)) {
            return values.get(2);
        }
        return defines(V3_TEMPORAL) ? values.get(1) : values.get(0);
    }

    boolean definesV3Temporal() {
        return isV3() && defines(V3_TEMPORAL);
    }

    /** The vector without its environmental metrics: its most specific score is the temporal one. */
    String withoutV3Environmental() {
        StringBuilder kept = new StringBuilder();
        for (String part : vector.split("/")) {
            if (!V3_ENVIRONMENTAL.contains(part.split(":")[0])) {
                kept.append(kept.length() == 0 ? "" : "/").append(part);
            }
        }
        return kept.toString();
    }

    private boolean defines(Set<String> metrics) {
        return Arrays.stream(vector.split("/"))
                .map(part -> part.split(":"))
                .anyMatch(kv -> metrics.contains(kv[0]) && !kv[1].equals("X"));
    }

    /** Reads a Red Hat {@code vectors_*} file: {@code <vector> - (9.8, 9.8, 9.8)} or {@code - 7.3}. */
    static List<ExpectedScores> readRedHat(Path file) {
        List<ExpectedScores> all = new ArrayList<>();
        for (String line : lines(file)) {
            int dash = line.lastIndexOf(" - ");
            if (dash < 0) {
                continue;
            }
            String tuple = line.substring(dash + 3).trim().replace("(", "").replace(")", "");
            List<Double> values = Arrays.stream(tuple.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .map(Double::valueOf)
                    .toList();
            all.add(new ExpectedScores(
                    file.getFileName().toString(), line.substring(0, dash).trim(), values));
        }
        return all;
    }

    /** Reads a tab-separated file of {@code vector base temporal environmental}; # lines are comments. */
    static List<ExpectedScores> readTsv(Path file) {
        List<ExpectedScores> all = new ArrayList<>();
        for (String line : lines(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            List<Double> values =
                    Arrays.stream(cells, 1, cells.length).map(Double::valueOf).toList();
            all.add(new ExpectedScores(file.getFileName().toString(), cells[0], values));
        }
        return all;
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path resource(String name) {
        try {
            return Path.of(ExpectedScores.class.getResource("/cvss/" + name).toURI());
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource /cvss/" + name, e);
        }
    }

    /**
     * {@code ../shared/data/cvss} next to the repository root (the folder holding {@code .git}), if
     * this checkout has it; clones without the shared data skip the corpus tests.
     */
    static Optional<Path> sharedCorpus() {
        return dev.vigil.engine.SharedData.folder("cvss");
    }
}
