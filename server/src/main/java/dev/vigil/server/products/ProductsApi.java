package dev.vigil.server.products;

import java.util.List;
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
    ProductsJson.ProductDetail product(@PathVariable String id) {
        ReleaseStore.Product p = releases.product(id);
        return ProductsJson.ProductDetail.of(
                p,
                releases.releases(id).stream()
                        .map(ReleaseStore.Release::version)
                        .toList());
    }

    @PostMapping(path = "/{id}/releases", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ProductsJson.ReleaseSummary> upload(
            @PathVariable String id,
            @RequestParam String version,
            @RequestPart("model") MultipartFile model,
            @RequestPart(name = "file", required = false) List<MultipartFile> files) {
        Uploads.Parts parts = Uploads.of(model, files);
        ReleaseStore.Release r = releases.upload(id, version, parts.modelName(), parts.files());
        return ResponseEntity.status(HttpStatus.CREATED).body(Releases.summary(r, releases.decisions(r)));
    }

    @GetMapping("/{id}/releases")
    List<ProductsJson.ReleaseSummary> releases(@PathVariable String id) {
        return releases.releases(id).stream()
                .map(r -> Releases.summary(r, releases.decisions(r)))
                .toList();
    }

    @GetMapping("/{id}/releases/{version}")
    ProductsJson.ReleaseDetail release(@PathVariable String id, @PathVariable String version) {
        ReleaseStore.Release r = releases.release(id, version);
        return new ProductsJson.ReleaseDetail(
                Releases.summary(r, releases.decisions(r)), r.modelName(), releases.fileNames(r), approvals(r));
    }

    /**
     * Every finding, or with {@code page} (from 1) and {@code size} (default 100, at most 1,000) one page of
     * them; {@code X-Total-Count} names how many there are in all.
     */
    @GetMapping("/{id}/releases/{version}/findings")
    ResponseEntity<List<ProductsJson.Finding>> findings(
            @PathVariable String id,
            @PathVariable String version,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        ReleaseStore.Release r = releases.release(id, version);
        List<ProductsJson.Finding> all =
                ProductsJson.Finding.of(ReportView.document(r.reportJson()), releases.decisions(r));
        List<ProductsJson.Finding> shown = all;
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
    ProductsJson.Compliance compliance(@PathVariable String id, @PathVariable String version) {
        return ProductsJson.Compliance.of(
                ReportView.document(releases.release(id, version).reportJson()));
    }

    @GetMapping("/{id}/releases/{version}/vulnerabilities")
    ProductsJson.Vulnerabilities vulnerabilities(@PathVariable String id, @PathVariable String version) {
        return ProductsJson.Vulnerabilities.of(
                ReportView.document(releases.release(id, version).reportJson()));
    }

    @GetMapping(path = "/{id}/releases/{version}/report.html", produces = MediaType.TEXT_HTML_VALUE)
    String reportHtml(@PathVariable String id, @PathVariable String version) {
        return releases.reportHtml(releases.release(id, version));
    }

    record DecisionRequest(String status, String justification) {}

    @PutMapping("/{id}/releases/{version}/findings/{findingId}/decision")
    ProductsJson.DecisionRecorded decide(
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
        return new ProductsJson.DecisionRecorded(ProductsJson.Decision.of(d), findingId);
    }

    record ApprovalRequest(String meaning, String password) {}

    @PostMapping("/{id}/releases/{version}/approvals")
    ResponseEntity<ProductsJson.Approval> approve(
            @PathVariable String id, @PathVariable String version, @RequestBody ApprovalRequest body) {
        ReleaseStore.Approval a = releases.approve(
                id, version, body == null ? null : body.meaning(), body == null ? null : body.password());
        ReleaseStore.Release r = releases.release(id, version);
        return ResponseEntity.status(HttpStatus.CREATED).body(ProductsJson.Approval.of(a, releases.signedHash(r)));
    }

    @GetMapping("/{id}/releases/{version}/approvals")
    List<ProductsJson.Approval> approvalList(@PathVariable String id, @PathVariable String version) {
        return approvals(releases.release(id, version));
    }

    private List<ProductsJson.Approval> approvals(ReleaseStore.Release r) {
        String current = releases.signedHash(r);
        return releases.approvals(r).stream()
                .map(a -> ProductsJson.Approval.of(a, current))
                .toList();
    }
}
