package dev.vigil.server.products;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Products, releases, findings, decisions and approvals under {@code /api/v1/products}. */
@RestController
@RequestMapping("/api/v1/products")
class ProductsApi {

    private final Releases releases;

    ProductsApi(Releases releases) {
        this.releases = releases;
    }

    record NewProduct(String id, String name) {}

    record ProductView(String id, String name, String createdBy, String createdAt) {
        static ProductView of(ReleaseStore.Product p) {
            return new ProductView(
                    p.id(), p.name(), p.createdBy(), p.createdAt().toString());
        }
    }

    @GetMapping
    List<ProductView> products() {
        return releases.products().stream().map(ProductView::of).toList();
    }

    @PostMapping
    ResponseEntity<ProductView> create(@RequestBody NewProduct body) {
        ReleaseStore.Product p =
                releases.createProduct(body == null ? null : body.id(), body == null ? null : body.name());
        return ResponseEntity.status(HttpStatus.CREATED).body(ProductView.of(p));
    }

    @GetMapping("/{id}")
    Map<String, Object> product(@PathVariable String id) {
        Map<String, Object> m = new LinkedHashMap<>();
        ReleaseStore.Product p = releases.product(id);
        m.put("id", p.id());
        m.put("name", p.name());
        m.put("createdBy", p.createdBy());
        m.put("createdAt", p.createdAt().toString());
        m.put(
                "releases",
                releases.releases(id).stream()
                        .map(ReleaseStore.Release::version)
                        .toList());
        return m;
    }

    @PostMapping(path = "/{id}/releases", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> upload(
            @PathVariable String id,
            @RequestParam String version,
            @RequestPart("model") MultipartFile model,
            @RequestPart(name = "file", required = false) List<MultipartFile> files) {
        Uploads.Parts parts = Uploads.of(model, files);
        ReleaseStore.Release r = releases.upload(id, version, parts.modelName(), parts.files());
        return ResponseEntity.status(HttpStatus.CREATED).body(Releases.summary(r, releases.decisions(r)));
    }

    @GetMapping("/{id}/releases")
    List<Map<String, Object>> releases(@PathVariable String id) {
        return releases.releases(id).stream()
                .map(r -> Releases.summary(r, releases.decisions(r)))
                .toList();
    }

    @GetMapping("/{id}/releases/{version}")
    Map<String, Object> release(@PathVariable String id, @PathVariable String version) {
        ReleaseStore.Release r = releases.release(id, version);
        Map<String, Object> m = Releases.summary(r, releases.decisions(r));
        m.put("model", r.modelName());
        m.put("files", releases.fileNames(r));
        m.put("approvals", approvals(r));
        return m;
    }

    /**
     * Every finding, or with {@code page} (from 1) and {@code size} (default 100, at most 1,000) one page of
     * them; {@code X-Total-Count} names how many there are in all.
     */
    @GetMapping("/{id}/releases/{version}/findings")
    ResponseEntity<List<Map<String, Object>>> findings(
            @PathVariable String id,
            @PathVariable String version,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        ReleaseStore.Release r = releases.release(id, version);
        List<Map<String, Object>> all = ReportView.of(r.reportJson()).findings(releases.decisions(r));
        List<Map<String, Object>> shown = all;
        if (page != null || size != null) {
            int pageSize = size == null ? ProductsPages.PAGE_SIZE : size;
            int pageNumber = page == null ? 1 : page;
            if (pageSize < 1 || pageSize > 1000 || pageNumber < 1) {
                throw dev.vigil.server.api.ApiProblem.badRequest("page must be 1 or more and size 1 to 1000");
            }
            long from = (long) (pageNumber - 1) * pageSize;
            shown = all.subList((int) Math.min(from, all.size()), (int) Math.min(from + pageSize, all.size()));
        }
        return ResponseEntity.ok()
                .header("X-Total-Count", String.valueOf(all.size()))
                .body(shown);
    }

    @GetMapping("/{id}/releases/{version}/compliance")
    Map<String, Object> compliance(@PathVariable String id, @PathVariable String version) {
        ReportView report = ReportView.of(releases.release(id, version).reportJson());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("compliance", report.raw("compliance"));
        m.put("complianceSummary", report.raw("complianceSummary"));
        return m;
    }

    @GetMapping("/{id}/releases/{version}/vulnerabilities")
    Map<String, Object> vulnerabilities(@PathVariable String id, @PathVariable String version) {
        ReportView report = ReportView.of(releases.release(id, version).reportJson());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("vulnerabilities", report.raw("vulnerabilities"));
        m.put("suppressedVulnerabilities", report.raw("suppressedVulnerabilities"));
        m.put("vulnerabilitySummary", report.raw("vulnerabilitySummary"));
        return m;
    }

    @GetMapping(path = "/{id}/releases/{version}/report.html", produces = MediaType.TEXT_HTML_VALUE)
    String reportHtml(@PathVariable String id, @PathVariable String version) {
        return releases.reportHtml(releases.release(id, version));
    }

    record DecisionRequest(String status, String justification) {}

    @PutMapping("/{id}/releases/{version}/findings/{findingId}/decision")
    Map<String, Object> decide(
            @PathVariable String id,
            @PathVariable String version,
            @PathVariable String findingId,
            @RequestBody DecisionRequest body) {
        ReleaseStore.Decision d = releases.decide(
                id,
                version,
                findingId,
                body == null ? null : body.status(),
                body == null ? null : body.justification());
        Map<String, Object> m = new LinkedHashMap<>(ReportView.decision(d));
        m.put("findingId", findingId);
        return m;
    }

    record ApprovalRequest(String meaning, String password) {}

    @PostMapping("/{id}/releases/{version}/approvals")
    ResponseEntity<Map<String, Object>> approve(
            @PathVariable String id, @PathVariable String version, @RequestBody ApprovalRequest body) {
        ReleaseStore.Approval a = releases.approve(
                id, version, body == null ? null : body.meaning(), body == null ? null : body.password());
        ReleaseStore.Release r = releases.release(id, version);
        return ResponseEntity.status(HttpStatus.CREATED).body(approval(a, releases.signedHash(r)));
    }

    @GetMapping("/{id}/releases/{version}/approvals")
    List<Map<String, Object>> approvalList(@PathVariable String id, @PathVariable String version) {
        return approvals(releases.release(id, version));
    }

    private List<Map<String, Object>> approvals(ReleaseStore.Release r) {
        String current = releases.signedHash(r);
        return releases.approvals(r).stream().map(a -> approval(a, current)).toList();
    }

    static Map<String, Object> approval(ReleaseStore.Approval a, String currentHash) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("printedName", a.printedName());
        m.put("username", a.username());
        m.put("signedAt", a.signedAt().toString());
        m.put("meaning", a.meaning());
        m.put("contentHash", a.contentHash());
        // A later decision changes the hash: the signature stays, and says it signed other content.
        m.put("matchesCurrentContent", a.contentHash().equals(currentHash));
        return m;
    }
}
