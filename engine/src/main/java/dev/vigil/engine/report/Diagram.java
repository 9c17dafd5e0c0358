package dev.vigil.engine.report;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A diagram for the report: {@code name} is also its file name without {@code .svg}, so it is kebab-case;
 * {@code svg} is a complete SVG document produced by Vigil's diagram package, which escapes model text.
 */
public record Diagram(String name, String title, String svg) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** The report's diagrams drawn from the engine's views (rendering each to SVG takes a while). */
    public static List<Diagram> of(List<dev.vigil.engine.diagram.Diagram> views) {
        return views.stream()
                .map(d -> new Diagram(d.name(), d.title(), d.svg()))
                .toList();
    }

    public Diagram {
        Objects.requireNonNull(title, "title == null");
        Objects.requireNonNull(svg, "svg == null");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("diagram name must be kebab-case, not " + name);
        }
    }
}
