package dev.vigil.engine.catalog;

import java.util.List;
import java.util.Locale;

/**
 * An information sharing and analysis organization a model may name in {@code lifecycle.monitoring.isao},
 * read from {@code catalog/isaos.yaml}: naming an organization that is not listed there does not count as
 * ISAO participation.
 *
 * @param aliases other spellings of the name that mean the same organization
 */
public record KnownIsao(String id, String name, List<String> aliases, String url) {
    public KnownIsao {
        aliases = List.copyOf(aliases);
    }

    /** Whether {@code text} names this organization (case and spacing ignored). */
    public boolean isNamedBy(String text) {
        String wanted = normal(text);
        return normal(name).equals(wanted)
                || aliases.stream().anyMatch(a -> normal(a).equals(wanted));
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
