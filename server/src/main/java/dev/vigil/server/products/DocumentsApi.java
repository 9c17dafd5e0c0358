package dev.vigil.server.products;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** {@code set}: fda, eu, hc, tga, customer or all (default); {@code format}: pdf (default) or html. */
    record GenerateRequest(String set, String format) {}

    @PostMapping
    ResponseEntity<List<Map<String, Object>>> generate(
            @PathVariable String id,
            @PathVariable String version,
            @RequestBody(required = false) GenerateRequest body) {
        List<ReleaseDocuments.Generated> made =
                documents.generate(id, version, body == null ? null : body.set(), body == null ? null : body.format());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(made.stream()
                        .map(g -> {
                            Map<String, Object> m = view(id, version, g.document());
                            m.put("newRevision", g.newRevision());
                            return m;
                        })
                        .toList());
    }

    @GetMapping
    List<Map<String, Object>> list(@PathVariable String id, @PathVariable String version) {
        return documents.list(id, version).stream()
                .map(l -> {
                    Map<String, Object> m = view(id, version, l.document());
                    m.put("latest", l.latest());
                    m.put("coversCurrentApprovals", l.coversCurrentApprovals());
                    return m;
                })
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
        headers.setContentType(d.format().equals("pdf") ? MediaType.APPLICATION_PDF : MediaType.TEXT_HTML);
        headers.set(
                "Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'");
        headers.setETag("\"" + Releases.sha256(d.content()) + "\"");
        return new ResponseEntity<>(d.content(), headers, HttpStatus.OK);
    }

    static Map<String, Object> view(String product, String version, DocumentStore.StoredDocument d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", d.name());
        m.put("set", d.setId());
        m.put("documentId", d.documentId());
        m.put("title", d.title());
        m.put("format", d.format());
        m.put("revision", d.revision());
        m.put("date", d.date().toString());
        m.put("sha256", d.sha256());
        m.put("size", d.size());
        m.put("approvals", d.approvalCount());
        m.put("releaseContentHash", d.signedHash());
        m.put("generatedBy", d.generatedBy());
        m.put("generatedAt", d.generatedAt().toString());
        m.put(
                "href",
                "/api/v1/products/" + product + "/releases/" + version + "/documents/" + d.name() + "." + d.format()
                        + "?revision=" + d.revision());
        return m;
    }
}
