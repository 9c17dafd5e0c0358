package dev.vigil.engine.vex;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes statements as a CycloneDX 1.6 VEX or an OpenVEX 0.2.0 document for one product release. The
 * output depends only on the input: statements are sorted, and the document id is a name-based UUID of
 * the content, so writing the same statements twice gives the same bytes.
 */
public final class VexWriter {

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** Sorted by vulnerability, then status, then subjects: the order a reviewer scans a document in. */
    static final Comparator<VexStatement> ORDER = Comparator.comparing(VexStatement::vulnerabilityId)
            .thenComparing(VexStatement::status)
            .thenComparing(s -> s.subjects().stream().map(ComponentRef::display).collect(Collectors.joining(" ")))
            .thenComparing(s -> s.timestamp().orElse(Instant.MIN));

    private VexWriter() {}

    /** Writes {@code statements} in {@code format}; CSAF is read, not written. */
    public static VexOutput write(
            VexFormat format, ProductRelease product, List<VexStatement> statements, Instant timestamp) {
        List<VexStatement> sorted = statements.stream().sorted(ORDER).toList();
        return switch (format) {
            case CYCLONEDX -> new CycloneDxVexWriter(product, timestamp).write(sorted);
            case OPENVEX -> new OpenVexWriter(product, timestamp).write(sorted);
            case CSAF -> throw new IllegalArgumentException("Vigil writes CycloneDX and OpenVEX, not CSAF");
        };
    }

    /** A UUID that names the content: equal documents get equal ids, different ones different ids. */
    static UUID contentId(JsonNode withoutId) {
        return UUID.nameUUIDFromBytes(text(withoutId).getBytes(StandardCharsets.UTF_8));
    }

    /** Two-space indented JSON with a final newline. */
    static String text(JsonNode node) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree failed to serialise", e);
        }
    }
}
