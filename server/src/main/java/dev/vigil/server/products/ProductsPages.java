package dev.vigil.server.products;

import dev.vigil.server.api.ApiProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The pages: portfolio, product (releases, upload, diff), release (findings with decisions in place,
 * compliance, vulnerabilities, approvals). Server-rendered; htmx swaps the parts that change.
 */
@Controller
class ProductsPages {

    /** A release page shows this many findings at a time; the filter narrows them. */
    static final int PAGE_SIZE = 100;

    /**
     * The portfolio shows this many products at a time: rendering a row costs more than reading it, and
     * 1,000 rows on one page took most of a second of CPU (server benchmark, DEVELOPING.md).
     */
    static final int PORTFOLIO_PAGE_SIZE = 100;

    private final Releases releases;
    private final ReleaseDocuments documents;
    private final Portfolio portfolio;
    private final Clock clock;

    ProductsPages(Releases releases, ReleaseDocuments documents, Portfolio portfolio, Clock clock) {
        this.releases = releases;
        this.documents = documents;
        this.portfolio = portfolio;
        this.clock = clock;
    }

    /**
     * Each product with its latest release's status; support ending soon is judged on {@code date} (default
     * today, UTC) within {@code days} (default {@code vigil.portfolio.support-horizon-days}); {@code page}
     * (from 1) of {@link #PORTFOLIO_PAGE_SIZE} products in id order.
     */
    @GetMapping("/products")
    String portfolio(
            @RequestParam(required = false) String date,
            @RequestParam(required = false) Integer days,
            @RequestParam(required = false) Integer page,
            Model model) {
        LocalDate on;
        try {
            on = date == null || date.isBlank() ? LocalDate.now(clock.withZone(ZoneOffset.UTC)) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("date must be YYYY-MM-DD, not '" + date + "'");
        }
        int horizon = days == null ? portfolio.horizonDays() : days;
        if (horizon < 0 || horizon > 3650) {
            throw ApiProblem.badRequest("days must be 0 to 3650");
        }
        List<ReleaseStore.Product> products = releases.products();
        int pages = Math.max(1, (products.size() + PORTFOLIO_PAGE_SIZE - 1) / PORTFOLIO_PAGE_SIZE);
        int shown = page == null ? 1 : page;
        if (shown < 1 || shown > pages) {
            throw ApiProblem.badRequest("page must be 1 to " + pages);
        }
        int from = (shown - 1) * PORTFOLIO_PAGE_SIZE;
        int to = Math.min(products.size(), from + PORTFOLIO_PAGE_SIZE);
        model.addAttribute("rows", portfolio.rows(products.subList(from, to), on, horizon));
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        model.addAttribute("from", from + 1);
        model.addAttribute("to", to);
        model.addAttribute("total", products.size());
        model.addAttribute("date", on);
        model.addAttribute("days", horizon);
        return "products/portfolio";
    }

    @PostMapping("/products")
    String create(@RequestParam String id, @RequestParam(required = false) String name) {
        releases.createProduct(id.strip(), name);
        return "redirect:/products/" + id.strip();
    }

    @GetMapping("/products/{id}")
    String product(@PathVariable String id, Model model) {
        ReleaseStore.Product product = releases.product(id);
        List<ProductsJson.ReleaseSummary> summaries = releases.releases(id).stream()
                .map(r -> Releases.summary(r, releases.decisions(r)))
                .toList();
        model.addAttribute("product", product);
        model.addAttribute("releases", summaries);
        return "products/product";
    }

    @PostMapping(path = "/products/{id}/releases", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String upload(
            @PathVariable String id,
            @RequestParam String version,
            @RequestParam("model") MultipartFile modelFile,
            @RequestParam(name = "file", required = false) List<MultipartFile> files,
            @RequestParam(name = "folder", required = false) List<MultipartFile> folder,
            @RequestParam(name = "folderPath", required = false) List<String> folderPaths,
            Model model,
            HttpServletResponse response) {
        try {
            Uploads.Parts parts = Uploads.of(modelFile, files, folder, folderPaths);
            releases.upload(id, version.strip(), parts.modelName(), parts.files());
            return "redirect:/products/" + id + "/releases/" + version.strip();
        } catch (ApiProblem problem) {
            response.setStatus(problem.status().value());
            model.addAttribute("problem", problemView(problem));
            return product(id, model);
        }
    }

    @GetMapping("/products/{id}/diff")
    String diff(@PathVariable String id, @RequestParam String from, @RequestParam String to, Model model) {
        ReleaseStore.Release older = releases.release(id, from);
        ReleaseStore.Release newer = releases.release(id, to);
        Set<String> before =
                new LinkedHashSet<>(ReportView.of(older.reportJson()).findingIds());
        Set<String> after =
                new LinkedHashSet<>(ReportView.of(newer.reportJson()).findingIds());
        Map<String, ReleaseStore.Decision> carriedDecisions = releases.decisions(newer);
        List<String> added = after.stream().filter(f -> !before.contains(f)).toList();
        List<String> fixed = before.stream().filter(f -> !after.contains(f)).toList();
        List<String> both = after.stream().filter(before::contains).toList();
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("added", added);
        model.addAttribute("fixed", fixed);
        model.addAttribute("both", both);
        model.addAttribute("decisions", carriedDecisions);
        return "products/product :: diff";
    }

    @GetMapping("/products/{id}/releases/{version}")
    String release(@PathVariable String id, @PathVariable String version, Model model) {
        ReleaseStore.Release r = releases.release(id, version);
        Map<String, ReleaseStore.Decision> decisions = releases.decisions(r);
        ReportView report = ReportView.of(r.reportJson());
        model.addAttribute("product", releases.product(id));
        model.addAttribute("release", r);
        model.addAttribute("summary", Releases.summary(r, decisions));
        model.addAttribute("files", releases.fileNames(r));
        model.addAttribute("compliance", report.part("complianceSummary"));
        model.addAttribute("phases", byPhase(report.list("compliance")));
        model.addAttribute("vulnerabilities", report.part("vulnerabilitySummary"));
        model.addAttribute("vulnerabilityList", report.list("vulnerabilities"));
        String current = releases.signedHash(r);
        model.addAttribute(
                "approvals",
                releases.approvals(r).stream()
                        .map(a -> ProductsJson.Approval.of(a, current))
                        .toList());
        model.addAttribute("documents", documents.list(id, version));
        filterFindings(r, decisions, null, null, null, model);
        return "products/release";
    }

    @GetMapping("/products/{id}/releases/{version}/findings")
    String findings(
            @PathVariable String id,
            @PathVariable String version,
            @RequestParam(required = false) String severity,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String rule,
            Model model) {
        ReleaseStore.Release r = releases.release(id, version);
        model.addAttribute("product", releases.product(id));
        model.addAttribute("release", r);
        filterFindings(r, releases.decisions(r), severity, status, rule, model);
        return "products/release :: findings";
    }

    @PostMapping("/products/{id}/releases/{version}/findings/{findingId}/decision")
    String decide(
            @PathVariable String id,
            @PathVariable String version,
            @PathVariable String findingId,
            @RequestParam String status,
            @RequestParam String justification,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        releases.decide(id, version, findingId, status, justification);
        if (htmx == null) {
            return "redirect:/products/" + id + "/releases/" + version;
        }
        ReleaseStore.Release r = releases.release(id, version);
        Map<String, Object> finding = ReportView.of(r.reportJson()).findings(releases.decisions(r)).stream()
                .filter(f -> findingId.equals(f.get("id")))
                .findFirst()
                .orElseThrow();
        model.addAttribute("product", releases.product(id));
        model.addAttribute("release", r);
        model.addAttribute("f", finding);
        return "products/finding-row :: row";
    }

    @PostMapping("/products/{id}/releases/{version}/approvals")
    String approve(
            @PathVariable String id,
            @PathVariable String version,
            @RequestParam String meaning,
            @RequestParam String password,
            Model model,
            HttpServletResponse response) {
        try {
            releases.approve(id, version, meaning, password);
            return "redirect:/products/" + id + "/releases/" + version;
        } catch (ApiProblem problem) {
            response.setStatus(problem.status().value());
            model.addAttribute("problem", problemView(problem));
            return release(id, version, model);
        }
    }

    /** The stored report, rendered by the background job (or now, when the job has not run yet). */
    @GetMapping(path = "/products/{id}/releases/{version}/report.html", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String report(@PathVariable String id, @PathVariable String version, HttpServletResponse response) {
        String html = releases.reportHtml(releases.release(id, version));
        // The report is self-contained: its own inline styles and SVG diagrams, no scripts at all.
        response.setHeader(
                "Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'");
        return html;
    }

    @ExceptionHandler(ApiProblem.class)
    String problem(ApiProblem problem, Model model, HttpServletResponse response) {
        response.setStatus(problem.status().value());
        model.addAttribute("problem", problemView(problem));
        return "products/problem";
    }

    private static void filterFindings(
            ReleaseStore.Release r,
            Map<String, ReleaseStore.Decision> decisions,
            String severity,
            String status,
            String rule,
            Model model) {
        List<Map<String, Object>> all = ReportView.of(r.reportJson()).findings(decisions);
        List<Map<String, Object>> shown = all.stream()
                .filter(f -> blank(severity) || severity.equals(f.get("severity")))
                .filter(f -> blank(status) || status.equals(f.get("effectiveStatus")))
                .filter(f -> blank(rule) || rule.equals(f.get("rule")))
                .toList();
        model.addAttribute("findings", shown.stream().limit(PAGE_SIZE).toList());
        model.addAttribute("findingsShown", Math.min(PAGE_SIZE, shown.size()));
        model.addAttribute("findingsMatching", shown.size());
        model.addAttribute("findingsTotal", all.size());
        model.addAttribute(
                "rules",
                all.stream()
                        .map(f -> (String) f.get("rule"))
                        .distinct()
                        .sorted(Comparator.naturalOrder())
                        .toList());
        model.addAttribute("severity", severity);
        model.addAttribute("status", status);
        model.addAttribute("rule", rule);
    }

    /** Compliance rows counted by lifecycle phase and status, for the lifecycle view. */
    static Map<String, Map<String, Integer>> byPhase(List<Map<String, Object>> rows) {
        Map<String, Map<String, Integer>> phases = new java.util.TreeMap<>();
        for (Map<String, Object> row : rows) {
            String phase = row.get("phase") == null ? "not stated" : String.valueOf(row.get("phase"));
            phases.computeIfAbsent(phase, p -> new java.util.TreeMap<>())
                    .merge(String.valueOf(row.get("status")), 1, Integer::sum);
        }
        return phases;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static Map<String, Object> problemView(ApiProblem problem) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", problem.title());
        m.put("detail", problem.getMessage());
        m.put("errors", problem.errors());
        return m;
    }
}
