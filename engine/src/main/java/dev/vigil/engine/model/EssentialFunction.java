package dev.vigil.engine.model;

import java.util.List;

/** A clinical function whose loss or corruption harms patients, with the hazards behind it. */
public record EssentialFunction(String id, String name, List<String> hazards) implements Element {
    public EssentialFunction {
        hazards = List.copyOf(hazards);
    }
}
