package dev.vigil.server.security;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.vigil.server.audit.AuditEntry;
import dev.vigil.server.audit.AuditTrail;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The users and audit pages (MVC slice): what each shows, and a refused user shown on the page. */
@WebMvcTest(SecurityPages.class)
class SecurityPagesWebMvcTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Accounts accounts;

    @MockitoBean
    Access access;

    @MockitoBean
    AuditTrail audit;

    @Test
    void theUsersPageListsUsersWithTheirGrants() throws Exception {
        when(accounts.all())
                .thenReturn(List.of(
                        new Account(7, "vera", "Vera Viewer", List.of(new Grant(Role.VIEWER, Optional.of("gf"))))));
        mvc.perform(get("/users").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("Vera Viewer")))
                .andExpect(content().string(containsString("viewer")));
    }

    @Test
    void aUserThatCannotBeCreatedIsShownAsAProblemOnThePage() throws Exception {
        when(access.requireEverywhere(Permission.MANAGE_USERS))
                .thenReturn(new Account(1, "admin", "Administrator", List.of()));
        mvc.perform(post("/users")
                        .param("username", "x")
                        .param("password", "p")
                        .param("role", "overlord")
                        .with(user("admin"))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("unknown role overlord")));
    }

    @Test
    void theAuditPageNamesTheFirstBrokenEntry() throws Exception {
        when(audit.entries(any(), any(), anyInt()))
                .thenReturn(List.of(new AuditEntry(
                        1,
                        Instant.parse("2026-12-04T10:00:00Z"),
                        "admin",
                        "release.uploaded",
                        "gf",
                        "release gf 1.0",
                        "model glucoflow.yaml",
                        "a".repeat(64),
                        "0".repeat(64))));
        when(audit.verify()).thenReturn(new AuditTrail.Verification(false, 1, Optional.of(1L)));
        mvc.perform(get("/audit").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("release.uploaded")))
                .andExpect(content().string(containsString("Chain broken at entry 1")));
    }
}
