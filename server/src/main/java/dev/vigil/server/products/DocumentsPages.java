package dev.vigil.server.products;

import dev.vigil.server.api.ApiProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The documents section of the release page: generate a set, list every revision, download one. */
@Controller
class DocumentsPages {

    private final ReleaseDocuments documents;
    private final Releases releases;

    DocumentsPages(ReleaseDocuments documents, Releases releases) {
        this.documents = documents;
        this.releases = releases;
    }

    @PostMapping("/products/{id}/releases/{version}/documents")
    String generate(
            @PathVariable String id,
            @PathVariable String version,
            @RequestParam(required = false) String set,
            @RequestParam(required = false) String format,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        try {
            documents.generate(id, version, set, format);
        } catch (ApiProblem problem) {
            if (htmx == null) {
                throw problem;
            }
            // The section shows what went wrong in place: htmx swaps only a successful answer.
            model.addAttribute("documentsProblem", ProductsPages.problemView(problem));
        }
        if (htmx == null) {
            return "redirect:/products/" + id + "/releases/" + version + "#documents";
        }
        return section(id, version, model);
    }

    /** The section alone, as htmx swaps it in. */
    @GetMapping("/products/{id}/releases/{version}/documents")
    String section(@PathVariable String id, @PathVariable String version, Model model) {
        model.addAttribute("product", releases.product(id));
        model.addAttribute("release", releases.release(id, version));
        model.addAttribute("documents", documents.list(id, version));
        return "products/release :: documents";
    }

    @GetMapping("/products/{id}/releases/{version}/documents/{name}.{format}")
    ResponseEntity<byte[]> download(
            @PathVariable String id,
            @PathVariable String version,
            @PathVariable String name,
            @PathVariable String format,
            @RequestParam(required = false) Integer revision) {
        return DocumentsApi.file(documents.download(id, version, name, format, Optional.ofNullable(revision)));
    }

    @ExceptionHandler(ApiProblem.class)
    String problem(ApiProblem problem, Model model, HttpServletResponse response) {
        response.setStatus(problem.status().value());
        model.addAttribute("problem", ProductsPages.problemView(problem));
        return "products/problem";
    }
}
