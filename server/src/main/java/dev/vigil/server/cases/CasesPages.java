package dev.vigil.server.cases;

import dev.vigil.server.api.ApiProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The case pages: the list with the intake form, and one case with its decision, clocks and actions. */
@Controller
class CasesPages {

    private final Cases cases;
    private final ReleaseVexes vexes;

    CasesPages(Cases cases, ReleaseVexes vexes) {
        this.cases = cases;
        this.vexes = vexes;
    }

    @GetMapping("/cases")
    String list(@RequestParam(required = false) String product, Model model) {
        model.addAttribute("cases", cases.list(Optional.ofNullable(product).filter(p -> !p.isBlank())));
        model.addAttribute("product", product);
        model.addAttribute(
                "metrics",
                CasesApi.metricsView(cases.metrics(Optional.ofNullable(product).filter(p -> !p.isBlank()))));
        return "cases/list";
    }

    @PostMapping("/cases/{id}")
    String intake(
            @PathVariable String id,
            @RequestParam(required = false) String caseId,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String aware,
            @RequestParam(required = false) String release,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String cve,
            @RequestParam(required = false) String cwe,
            @RequestParam(required = false) String cvss,
            @RequestParam(required = false) String elements,
            @RequestParam(required = false) String affected,
            @RequestParam(required = false) String fixed,
            @RequestParam(defaultValue = "false") boolean exploited) {
        Cases.Checked c = cases.intake(
                id,
                new Cases.Intake(
                        caseId,
                        title,
                        source,
                        aware,
                        release,
                        null,
                        description,
                        cve,
                        cwe,
                        cvss,
                        elements,
                        affected,
                        fixed,
                        exploited));
        return "redirect:/cases/" + id + "/" + c.stored().caseId();
    }

    @GetMapping("/cases/{id}/{caseId}")
    String show(@PathVariable String id, @PathVariable String caseId, Model model) {
        model.addAttribute("c", cases.get(id, caseId));
        model.addAttribute("states", Cases.STATES);
        return "cases/case";
    }

    @PostMapping("/cases/{id}/{caseId}/triage")
    String triage(
            @PathVariable String id,
            @PathVariable String caseId,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String assignee) {
        cases.triage(id, caseId, state, assignee);
        return "redirect:/cases/" + id + "/" + caseId;
    }

    @PostMapping("/cases/{id}/{caseId}/milestones")
    String milestone(
            @PathVariable String id,
            @PathVariable String caseId,
            @RequestParam(required = false) String step,
            @RequestParam(required = false) String date,
            @RequestParam(required = false) String reportRule) {
        cases.milestone(id, caseId, step, date, reportRule);
        return "redirect:/cases/" + id + "/" + caseId;
    }

    @PostMapping("/cases/{id}/{caseId}/publications")
    String publish(
            @PathVariable String id,
            @PathVariable String caseId,
            @RequestParam(required = false) String meaning,
            @RequestParam(required = false) String password) {
        cases.publish(id, caseId, meaning, password);
        return "redirect:/cases/" + id + "/" + caseId;
    }

    @GetMapping(path = "/cases/{id}/{caseId}/letter", produces = MediaType.TEXT_PLAIN_VALUE)
    @ResponseBody
    String letter(@PathVariable String id, @PathVariable String caseId) {
        return cases.letter(id, caseId);
    }

    @GetMapping(path = "/cases/{id}/{caseId}/advisory.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    String advisory(@PathVariable String id, @PathVariable String caseId) {
        return cases.advisory(id, caseId);
    }

    @GetMapping(path = "/products/{id}/releases/{version}/vex.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    String vex(@PathVariable String id, @PathVariable String version) {
        return vexes.preview(id, version);
    }

    /** Signs and publishes a release's VEX from a case page, and goes back to that case. */
    @PostMapping("/products/{id}/releases/{version}/vex/publications")
    String publishVex(
            @PathVariable String id,
            @PathVariable String version,
            @RequestParam(name = "case", required = false) String caseId,
            @RequestParam(required = false) String meaning,
            @RequestParam(required = false) String password) {
        vexes.publish(id, version, meaning, password);
        return caseId == null || !Cases.CASE_ID.matcher(caseId).matches()
                ? "redirect:/products/" + id + "/releases/" + version
                : "redirect:/cases/" + id + "/" + caseId;
    }

    @ExceptionHandler(ApiProblem.class)
    String problem(ApiProblem problem, Model model, HttpServletResponse response) {
        response.setStatus(problem.status().value());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", problem.title());
        m.put("detail", problem.getMessage());
        m.put("errors", problem.errors() == null ? List.of() : problem.errors());
        model.addAttribute("problem", m);
        return "cases/problem";
    }
}
