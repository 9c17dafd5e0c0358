package dev.vigil.engine.catalog;

/**
 * Selects threat findings that block a requirement while they are open: findings of rules tagged
 * with this theme, FDA control category or DITTA principle ({@code tag} is {@code theme},
 * {@code fdaControl} or {@code dittaPrinciple}).
 */
public record FindingSelector(String tag, String value) {

    /** The selector as written in the catalog, e.g. {@code "fdaControl: authentication"}. */
    public String term() {
        return tag + ": " + value;
    }
}
