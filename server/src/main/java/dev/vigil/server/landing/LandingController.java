package dev.vigil.server.landing;

import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public front door: what Vigil is, and whether this instance is healthy. */
@Controller
class LandingController {

    private final HealthEndpoint health;

    LandingController(HealthEndpoint health) {
        this.health = health;
    }

    @GetMapping("/")
    String landing() {
        return "landing";
    }

    /** Loaded by htmx after the page renders, so a slow health check never delays the page itself. */
    @GetMapping("/status")
    String status(Model model) {
        model.addAttribute("status", health.health().getStatus().getCode());
        return "landing :: status";
    }
}
