package dev.vigil.server.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.server.api.ApiProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The published advisories as a CSAF 2.0 provider-style directory (section 7): {@code provider-metadata.json}
 * at the well-known place, the TLP:WHITE documents under {@code white/<year>/} each with its {@code .sha256},
 * {@code index.txt} and {@code changes.csv}. Public by design and read-only: hospitals and aggregators fetch it
 * without an account; it holds only what an approver signed for publication.
 */
@RestController
class CsafDirectory {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final String BASE = "/.well-known/csaf";

    private final CaseStore store;
    private final String role;
    private final String fallbackPublisher;
    private final String namespace;

    CsafDirectory(
            CaseStore store,
            @Value("${vigil.csaf.role:csaf_provider}") String role,
            @Value("${vigil.csaf.publisher:not stated (set vigil.csaf.publisher)}") String fallbackPublisher,
            @Value("${vigil.csaf.namespace:${vigil.public-url:http://127.0.0.1:${server.port:8080}}}")
                    String namespace) {
        this.store = store;
        this.role = role;
        this.fallbackPublisher = fallbackPublisher;
        this.namespace = namespace;
    }

    @GetMapping(path = BASE + "/provider-metadata.json", produces = MediaType.APPLICATION_JSON_VALUE)
    String providerMetadata() {
        List<CaseStore.Publication> published = store.published();
        String base =
                ServletUriComponentsBuilder.fromCurrentContextPath().path(BASE).toUriString();
        ObjectNode m = MAPPER.createObjectNode();
        m.put("canonical_url", base + "/provider-metadata.json");
        m.putArray("distributions").addObject().put("directory_url", base + "/white/");
        m.put(
                "last_updated",
                published.isEmpty()
                        ? "1970-01-01T00:00:00.000Z"
                        : DateTimeFormatter.ISO_INSTANT.format(published
                                .get(published.size() - 1)
                                .publishedAt()
                                .truncatedTo(ChronoUnit.MILLIS)));
        m.put("list_on_CSAF_aggregators", true);
        m.put("metadata_version", "2.0");
        m.put("mirror_on_CSAF_aggregators", true);
        // The publisher of the newest document; an empty directory names the configured one.
        JsonNode publisher = published.isEmpty()
                ? MAPPER.createObjectNode()
                        .put("category", "vendor")
                        .put("name", fallbackPublisher)
                        .put("namespace", namespace)
                : read(published.get(published.size() - 1).document())
                        .path("document")
                        .path("publisher");
        m.set("publisher", publisher);
        m.put("role", role);
        return text(m);
    }

    @GetMapping(path = BASE + "/white/index.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    String index() {
        StringBuilder out = new StringBuilder();
        store.published()
                .forEach(p ->
                        out.append(p.year()).append('/').append(p.fileName()).append('\n'));
        return out.toString();
    }

    /** Newest change first, as section 7.1.14 asks: path and time of the change. */
    @GetMapping(path = BASE + "/white/changes.csv", produces = "text/csv")
    String changes() {
        StringBuilder out = new StringBuilder();
        List<CaseStore.Publication> published = store.published();
        for (int i = published.size() - 1; i >= 0; i--) {
            CaseStore.Publication p = published.get(i);
            out.append('"')
                    .append(p.year())
                    .append('/')
                    .append(p.fileName())
                    .append("\",\"")
                    .append(DateTimeFormatter.ISO_INSTANT.format(p.publishedAt().truncatedTo(ChronoUnit.MILLIS)))
                    .append("\"\n");
        }
        return out.toString();
    }

    @GetMapping(path = BASE + "/white/{year}/{file:.+}")
    ResponseEntity<String> document(@PathVariable int year, @PathVariable String file) {
        boolean hash = file.endsWith(".sha256");
        String name = hash ? file.substring(0, file.length() - ".sha256".length()) : file;
        CaseStore.Publication p =
                store.published(year, name).orElseThrow(() -> ApiProblem.notFound("advisory " + year + "/" + file));
        if (hash) {
            // The format sha256sum writes and checks: hash, two spaces, file name.
            return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(p.sha256() + "  " + p.fileName() + "\n");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("application", "json", java.nio.charset.StandardCharsets.UTF_8))
                .body(p.document());
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("a published document is not JSON", e);
        }
    }

    private static String text(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
