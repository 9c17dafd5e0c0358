package dev.vigil.server.products;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The product pages alone (MVC slice, services mocked, the report a real engine assessment of the
 * fixture): each full page and each htmx fragment renders what it must, and a fragment is never a page.
 */
@WebMvcTest(ProductsPages.class)
class ProductsPagesWebMvcTest {

    static final Instant AT = Instant.parse("2026-12-04T10:00:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Releases releases;

    @MockitoBean
    ReleaseDocuments documents;

    @MockitoBean
    Portfolio portfolio;

    static String report;

    ReleaseStore.Product product = new ReleaseStore.Product("gf", "GlucoFlow", "admin", AT);
    ReleaseStore.Release release;

    /** report.json of the fixture, assessed by the engine once for the class. */
    static String report() throws IOException {
        if (report == null) {
            Map<String, String> files = Map.of(
                    "glucoflow.yaml",
                    ReleaseApiTest.modelOf("gf"),
                    "sboms/pump.cdx.json",
                    new String(ReleaseApiTest.resource("sboms/pump.cdx.json")));
            report = new ModelAssessment(Path.of("target", "no-advisories"))
                    .assess("glucoflow.yaml", files, LocalDate.of(2026, 12, 4))
                    .reportJson();
        }
        return report;
    }

    @BeforeEach
    void aProductWithOneRelease() throws IOException {
        release = new ReleaseStore.Release(
                1, "gf", "1.0", "product", "glucoflow.yaml", "c".repeat(64), "admin", AT, report());
        when(releases.product("gf")).thenReturn(product);
        when(releases.products()).thenReturn(List.of(product));
        when(releases.release("gf", "1.0")).thenReturn(release);
        when(releases.releases("gf")).thenReturn(List.of(release));
        when(releases.decisions(release)).thenReturn(Map.of());
        when(releases.fileNames(release)).thenReturn(List.of("sboms/pump.cdx.json"));
        when(releases.approvals(release)).thenReturn(List.of());
        when(releases.signedHash(release)).thenReturn("d".repeat(64));
        when(documents.list("gf", "1.0")).thenReturn(List.of());
        when(portfolio.horizonDays()).thenReturn(180);
    }

    @Test
    void thePortfolioPageShowsEachProductWithSupportEndingSoon() throws Exception {
        when(portfolio.rows(any(), any(), anyInt()))
                .thenReturn(List.of(new Portfolio.Row(
                        product,
                        Optional.of(new Portfolio.Latest(1, "gf", "1.0", "product")),
                        Map.of(
                                "version",
                                "1.0",
                                "kind",
                                "product",
                                "openBySeverity",
                                Map.of("critical", 2),
                                "uncontrolled",
                                3,
                                "complianceGaps",
                                4,
                                "vulnerabilities",
                                Map.of("checked", false)),
                        Optional.of(new Portfolio.SupportSoon(
                                1, 0, 1, Optional.of(LocalDate.of(2027, 3, 1)), "pump (FreeRTOS 10.4)")))));
        mvc.perform(get("/products").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("Support ending within <span>180</span> days")))
                .andExpect(
                        content().string(containsString("0 ended, 1 ending; first 2027-03-01: pump (FreeRTOS 10.4)")))
                .andExpect(content().string(containsString("not checked")));
    }

    @Test
    void theReleasePageShowsFindingsComplianceApprovalsAndDocuments() throws Exception {
        mvc.perform(get("/products/gf/releases/1.0").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("default-credentials@pump")))
                .andExpect(content().string(containsString("Compliance by framework")))
                .andExpect(content().string(containsString("Sign this release")))
                .andExpect(content().string(containsString("No document generated yet.")));
    }

    @Test
    void theFindingsFragmentIsTheFilteredTableAlone() throws Exception {
        mvc.perform(get("/products/gf/releases/1.0/findings")
                        .param("severity", "critical")
                        .header("HX-Request", "true")
                        .with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"findings\"")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(not(containsString(">medium<"))));
    }

    @Test
    void theProductPageAndItsDiffFragment() throws Exception {
        mvc.perform(get("/products/gf").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("webkitdirectory")));
        mvc.perform(get("/products/gf/diff")
                        .param("from", "1.0")
                        .param("to", "1.0")
                        .header("HX-Request", "true")
                        .with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("default-credentials@pump")));
    }
}
