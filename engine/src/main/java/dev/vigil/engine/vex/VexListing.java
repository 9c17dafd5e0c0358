package dev.vigil.engine.vex;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * {@code vigil vex read --format json}: every document read with its statements as Vigil understood them.
 * Optional fields are left out when the document does not state them. Written by {@link
 * dev.vigil.engine.render.JsonDocuments}.
 */
public record VexListing(List<Document> documents) {

    public static VexListing of(List<VexDocument> documents) {
        return new VexListing(documents.stream().map(Document::of).toList());
    }

    public record Document(
            String file,
            String format,
            @JsonInclude(JsonInclude.Include.NON_NULL) String id,
            @JsonInclude(JsonInclude.Include.NON_NULL) String author,
            @JsonInclude(JsonInclude.Include.NON_NULL) String timestamp,
            List<Statement> statements) {

        static Document of(VexDocument d) {
            return new Document(
                    d.origin(),
                    d.format().label(),
                    d.id().orElse(null),
                    d.author().orElse(null),
                    d.timestamp().map(Instant::toString).orElse(null),
                    d.statements().stream().map(Statement::of).toList());
        }
    }

    /** One statement; {@code justification}, the statements and {@code timestamp} only when stated. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Statement(
            String vulnerability,
            List<String> aliases,
            List<String> products,
            List<String> subcomponents,
            String status,
            JustificationEntry justification,
            String impactStatement,
            String actionStatement,
            String timestamp,
            String source,
            String pointer) {

        static Statement of(VexStatement s) {
            return new Statement(
                    s.vulnerabilityId(),
                    s.sortedAliases(),
                    s.products().stream().map(ComponentRef::display).toList(),
                    s.subcomponents().stream().map(ComponentRef::display).toList(),
                    s.status().id(),
                    s.justification()
                            .map(j -> new JustificationEntry(
                                    j.category().map(c -> c.id()).orElse(null), j.original()))
                            .orElse(null),
                    s.impactStatement().orElse(null),
                    s.actionStatement().orElse(null),
                    s.timestamp().map(Instant::toString).orElse(null),
                    s.source().describe(),
                    s.source().pointer());
        }
    }

    /** {@code category} only when the original text maps to a VEX justification. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record JustificationEntry(String category, String original) {}
}
