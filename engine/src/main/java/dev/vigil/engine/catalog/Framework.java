package dev.vigil.engine.catalog;

import java.util.List;

/**
 * A regulation, guidance or standard and its requirements in the source's order.
 *
 * @param verified false where the document's identity or structure could not be checked
 * @param note what is unchecked or deliberately left out, in one or two sentences
 */
public record Framework(
        String id,
        String title,
        String issuer,
        String version,
        Citation citation,
        Applicability applicability,
        boolean verified,
        String note,
        List<Requirement> requirements) {

    public Framework {
        requirements = List.copyOf(requirements);
    }
}
