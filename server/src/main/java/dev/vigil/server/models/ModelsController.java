package dev.vigil.server.models;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The system models this instance holds, newest first. Signed-in users only (security feature). */
@Controller
class ModelsController {

    private final ModelUploadRepository uploads;

    ModelsController(ModelUploadRepository uploads) {
        this.uploads = uploads;
    }

    @GetMapping("/models")
    String models(Model model) {
        model.addAttribute("uploads", uploads.findAllByOrderByUploadedAtDesc());
        return "models";
    }
}
