package dev.vigil.server.monitoring;

import dev.vigil.server.api.ApiProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The monitoring page: store freshness per source, the feed folder, imports. */
@Controller
class MonitoringPages {

    private final FeedMonitor monitor;

    MonitoringPages(FeedMonitor monitor) {
        this.monitor = monitor;
    }

    @GetMapping("/monitoring")
    String page(Model model) {
        model.addAttribute("status", MonitoringApi.view(monitor.status()));
        return "monitoring/monitoring";
    }

    @PostMapping("/monitoring/folder")
    String folder(@RequestParam(required = false) String folder, Model model, HttpServletResponse response) {
        try {
            monitor.pointAt(folder);
        } catch (ApiProblem problem) {
            return problem(problem, model, response);
        }
        return "redirect:/monitoring";
    }

    @PostMapping("/monitoring/imports")
    String importNow(Model model, HttpServletResponse response) {
        try {
            monitor.importNow();
        } catch (ApiProblem problem) {
            return problem(problem, model, response);
        }
        return "redirect:/monitoring";
    }

    private String problem(ApiProblem problem, Model model, HttpServletResponse response) {
        response.setStatus(problem.status().value());
        Map<String, Object> view = new java.util.LinkedHashMap<>();
        view.put("title", problem.title());
        view.put("detail", problem.getMessage());
        view.put("errors", problem.errors() == null ? java.util.List.of() : problem.errors());
        model.addAttribute("problem", view);
        model.addAttribute("status", MonitoringApi.view(monitor.status()));
        return "monitoring/monitoring";
    }
}
