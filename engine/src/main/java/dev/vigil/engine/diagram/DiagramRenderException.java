package dev.vigil.engine.diagram;

import dev.vigil.engine.source.InternalException;

/** PlantUML could not draw a view Vigil wrote (a fault of Vigil, not of the model); the message names the view and PlantUML's complaint. */
public final class DiagramRenderException extends InternalException {
    private static final long serialVersionUID = 1L;

    DiagramRenderException(String message, Throwable cause) {
        super(message, cause);
    }

    DiagramRenderException(String message) {
        super(message);
    }
}
