package dev.vigil.server.cases;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the overdue cases the user may read on the portfolio page (its template includes {@code
 * cases/overdue}), without the products feature knowing about cases: cases depend on products, not back.
 */
@ControllerAdvice
class OverdueCases {

    /** Absent in web slices that load controllers only (their advice is loaded with them). */
    private final ObjectProvider<Cases> cases;

    OverdueCases(ObjectProvider<Cases> cases) {
        this.cases = cases;
    }

    @ModelAttribute("overdueCases")
    List<Cases.Checked> overdue(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || !"/products".equals(request.getRequestURI())) {
            return List.of();
        }
        Cases available = cases.getIfAvailable();
        if (available == null) {
            return List.of();
        }
        return available.list(Optional.empty()).stream()
                .filter(c -> !c.stored().state().equals("closed") && c.overdue())
                .toList();
    }
}
