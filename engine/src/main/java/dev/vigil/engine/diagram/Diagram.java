package dev.vigil.engine.diagram;

import dev.vigil.engine.source.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One architecture view: {@code name} is its file stem ({@code data-flow}, {@code use-case-pairing}),
 * {@code source} the PlantUML text it is drawn from. The text is deterministic and is what tests compare;
 * the SVG is rendered from it on demand.
 */
public record Diagram(String name, String title, Kind kind, String source) {

    public enum Kind {
        DATA_FLOW,
        GLOBAL_SYSTEM,
        MULTI_PATIENT_HARM,
        UPDATABILITY,
        USE_CASE
    }

    /** The view as SVG text; throws {@link DiagramRenderException} when PlantUML cannot draw it. */
    public String svg() {
        return SvgRenderer.render(name, source);
    }

    /**
     * How many image pixels the PNG has per CSS pixel of its natural size: 2 draws it at about 192 dpi
     * when shown at that size, sharp on paper.
     */
    public static final int PNG_SCALE = 2;

    /**
     * The view as PNG bytes at {@link #PNG_SCALE} times its natural size; throws {@link
     * DiagramRenderException} when PlantUML cannot draw it.
     */
    public byte[] png() {
        return SvgRenderer.renderPng(name, source, PNG_SCALE);
    }

    /** Writes {@code <name>.svg} into {@code dir} (created if missing) and returns the file. */
    public Path writeSvg(Path dir) throws IOException {
        return write(dir, name + ".svg", svg());
    }

    /** Writes the PlantUML source as {@code <name>.puml}, for users who render or edit it themselves. */
    public Path writePuml(Path dir) throws IOException {
        return write(dir, name + ".puml", source);
    }

    private static Path write(Path dir, String file, String content) throws IOException {
        return AtomicFiles.write(dir.resolve(file), content);
    }
}
