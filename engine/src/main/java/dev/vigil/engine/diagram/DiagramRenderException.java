package dev.vigil.engine.diagram;

/** PlantUML could not draw a view; the message names the view and PlantUML's complaint. */
public final class DiagramRenderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DiagramRenderException(String message, Throwable cause) {
        super(message, cause);
    }

    DiagramRenderException(String message) {
        super(message);
    }
}
