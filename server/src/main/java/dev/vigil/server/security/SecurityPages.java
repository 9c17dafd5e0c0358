package dev.vigil.server.security;

import dev.vigil.server.audit.AuditEntry;
import dev.vigil.server.audit.AuditTrail;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The users-and-grants page (administrators) and the audit view (administrators and regulatory). */
@Controller
class SecurityPages {

    /** The page shows the latest entries; the API gives all of them. */
    static final int AUDIT_PAGE = 500;

    private final Accounts accounts;
    private final Access access;
    private final AuditTrail audit;

    SecurityPages(Accounts accounts, Access access, AuditTrail audit) {
        this.accounts = accounts;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping("/users")
    String users(Model model) {
        access.requireEverywhere(Permission.MANAGE_USERS);
        model.addAttribute("users", accounts.all());
        model.addAttribute("roles", Role.values());
        return "security/users";
    }

    @PostMapping("/users")
    String createUser(
            @RequestParam String username,
            @RequestParam(required = false) String displayName,
            @RequestParam String password,
            @RequestParam String role,
            @RequestParam(required = false) String product,
            Model model,
            HttpServletResponse response) {
        Account admin = access.requireEverywhere(Permission.MANAGE_USERS);
        try {
            Role r = Role.fromWire(role).orElseThrow(() -> new IllegalArgumentException("unknown role " + role));
            accounts.create(
                    admin.username(),
                    username.strip(),
                    displayName,
                    password,
                    List.of(new Grant(
                            r, Optional.ofNullable(product).map(String::strip).filter(p -> !p.isEmpty()))));
            return "redirect:/users";
        } catch (IllegalArgumentException | IllegalStateException e) {
            response.setStatus(400);
            model.addAttribute(
                    "problem", Map.of("title", "User not created", "detail", e.getMessage(), "errors", List.of()));
            return users(model);
        }
    }

    @GetMapping("/audit")
    String audit(Model model) {
        access.requireEverywhere(Permission.READ_AUDIT);
        List<AuditEntry> entries =
                new ArrayList<>(audit.entries(Optional.empty(), Optional.empty(), Integer.MAX_VALUE));
        List<AuditEntry> latest = entries.subList(Math.max(0, entries.size() - AUDIT_PAGE), entries.size());
        java.util.Collections.reverse(latest);
        model.addAttribute("entries", latest);
        model.addAttribute("verification", audit.verify());
        return "security/audit";
    }
}
