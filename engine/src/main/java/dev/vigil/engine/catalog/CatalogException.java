package dev.vigil.engine.catalog;

import dev.vigil.engine.source.InputException;
import java.util.List;

/** The catalog files are inconsistent, or an id asked for does not exist. Lists every problem found. */
public final class CatalogException extends InputException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public CatalogException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
