package dev.vigil.server.products;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A release's regulatory documents under {@code /api/v1/products/{id}/releases/{version}/documents}. */
@RestController
@RequestMapping("/api/v1/products/{id}/releases/{version}/documents")
class DocumentsApi {

    private final ReleaseDocuments documents;

    DocumentsApi(ReleaseDocuments documents) {
        this.documents = documents;
    }

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /**
     * {@code set}: fda, eu, hc, tga, customer, site or all (default), {@code format} pdf (default) or html; or
     * {@code set} mds2, {@code format} xlsx (default) or json.
     */
    record GenerateRequest(String set, String format) {}

    @PostMapping
    ResponseEntity<List<Generated>> generate(
            @PathVariable String id,
            @PathVariable String version,
            @RequestBody(required = false) GenerateRequest body) {
        List<ReleaseDocuments.Generated> made =
                documents.generate(id, version, body == null ? null : body.set(), body == null ? null : body.format());
        // 201 when a revision was stored; 200 when every document was already stored with this content.
        boolean stored = made.stream().anyMatch(ReleaseDocuments.Generated::newRevision);
        return ResponseEntity.status(stored ? HttpStatus.CREATED : HttpStatus.OK)
                .body(made.stream()
                        .map(g -> new Generated(Stored.of(id, version, g.document()), g.newRevision()))
                        .toList());
    }

    @GetMapping
    List<Listed> list(@PathVariable String id, @PathVariable String version) {
        return documents.list(id, version).stream()
                .map(l -> new Listed(Stored.of(id, version, l.document()), l.latest(), l.coversCurrentApprovals()))
                .toList();
    }

    /** The latest revision of a document, or the one {@code revision} names. */
    @GetMapping("/{name}.{format}")
    ResponseEntity<byte[]> download(
            @PathVariable String id,
            @PathVariable String version,
            @PathVariable String name,
            @PathVariable String format,
            @RequestParam(required = false) Integer revision) {
        return file(documents.download(id, version, name, format, Optional.ofNullable(revision)));
    }

    /**
     * A document as an attachment: never rendered inside the server's origin, and an HTML document keeps
     * the policy of a page without scripts.
     */
    static ResponseEntity<byte[]> file(ReleaseDocuments.Download d) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(
                ContentDisposition.attachment().filename(d.fileName()).build());
        headers.setContentType(
                switch (d.format()) {
                    case "pdf" -> MediaType.APPLICATION_PDF;
                    case "xlsx" -> XLSX;
                    case "json" -> MediaType.APPLICATION_JSON;
                    default -> MediaType.TEXT_HTML;
                });
        headers.set(
                "Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'");
        headers.setETag("\"" + Releases.sha256(d.content()) + "\"");
        return new ResponseEntity<>(d.content(), headers, HttpStatus.OK);
    }

    /**
     * A stored revision of a document: {@code approvals} counts the signatures its approval block shows,
     * {@code releaseContentHash} the release content they signed, {@code href} where to download it.
     */
    record Stored(
            String name,
            String set,
            String documentId,
            String title,
            String format,
            int revision,
            String date,
            String sha256,
            int size,
            int approvals,
            String releaseContentHash,
            String generatedBy,
            String generatedAt,
            String href) {

        static Stored of(String product, String version, DocumentStore.StoredDocument d) {
            return new Stored(
                    d.name(),
                    d.setId(),
                    d.documentId(),
                    d.title(),
                    d.format(),
                    d.revision(),
                    d.date().toString(),
                    d.sha256(),
                    d.size(),
                    d.approvalCount(),
                    d.signedHash(),
                    d.generatedBy(),
                    d.generatedAt().toString(),
                    "/api/v1/products/" + product + "/releases/" + version + "/documents/" + d.name() + "." + d.format()
                            + "?revision=" + d.revision());
        }
    }

    /** A document a generate request made, or found already stored with the same content. */
    record Generated(@JsonUnwrapped Stored document, boolean newRevision) {}

    /** A revision in the list: whether it is the latest and whether it shows the release's current signatures. */
    record Listed(@JsonUnwrapped Stored document, boolean latest, boolean coversCurrentApprovals) {}
}
