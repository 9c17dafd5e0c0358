package dev.vigil.server.products;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.vigil.server.api.ApiProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The documents section (MVC slice): generated through htmx it answers with the section alone. */
@WebMvcTest(DocumentsPages.class)
class DocumentsPagesWebMvcTest {

    static final Instant AT = Instant.parse("2026-12-04T10:00:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ReleaseDocuments documents;

    @MockitoBean
    Releases releases;

    final DocumentStore.StoredDocument stored = new DocumentStore.StoredDocument(
            1,
            "customer",
            "customer-security",
            "GF-CUSTOMER-SECURITY",
            "Customer security documentation",
            "pdf",
            2,
            LocalDate.of(2026, 12, 4),
            1234,
            "e".repeat(64),
            "f".repeat(64),
            1,
            "d".repeat(64),
            "admin",
            AT);

    @BeforeEach
    void aReleaseWithOneDocument() {
        when(releases.product("gf")).thenReturn(new ReleaseStore.Product("gf", "GlucoFlow", "admin", AT));
        when(releases.release("gf", "1.0"))
                .thenReturn(new ReleaseStore.Release(
                        1, "gf", "1.0", "product", "glucoflow.yaml", "c".repeat(64), "admin", AT, "{}"));
        when(documents.list("gf", "1.0")).thenReturn(List.of(new ReleaseDocuments.Listed(stored, true, false)));
    }

    @Test
    void generatingThroughHtmxAnswersWithTheSectionListingEveryRevision() throws Exception {
        mvc.perform(post("/products/gf/releases/1.0/documents")
                        .param("set", "customer")
                        .header("HX-Request", "true")
                        .with(user("admin"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"documents\"")))
                .andExpect(content().string(containsString("GF-CUSTOMER-SECURITY")))
                .andExpect(content().string(containsString("e".repeat(64))))
                .andExpect(content().string(containsString("signed or changed since")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/products/gf/releases/1.0/documents")
                        .header("HX-Request", "true")
                        .with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("customer-security.pdf?revision=2")));
    }

    @Test
    void withoutHtmxGeneratingRedirectsToTheReleasePage() throws Exception {
        mvc.perform(post("/products/gf/releases/1.0/documents")
                        .param("set", "customer")
                        .with(user("admin"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/products/gf/releases/1.0#documents"));
    }

    @Test
    void aRefusalIsShownInTheSection() throws Exception {
        when(documents.generate("gf", "1.0", "nonsense", null))
                .thenThrow(ApiProblem.badRequest("unknown document set 'nonsense'"));
        mvc.perform(post("/products/gf/releases/1.0/documents")
                        .param("set", "nonsense")
                        .header("HX-Request", "true")
                        .with(user("admin"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("unknown document set")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void aDownloadIsAnAttachment() throws Exception {
        when(documents.download(any(), any(), any(), any(), any()))
                .thenReturn(new ReleaseDocuments.Download("gf-1.0-customer-security-r2.pdf", "pdf", new byte[] {37}));
        mvc.perform(get("/products/gf/releases/1.0/documents/customer-security.pdf")
                        .param("revision", "2")
                        .with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("gf-1.0-customer-security-r2.pdf")));
        when(documents.download("gf", "1.0", "other", "pdf", Optional.empty()))
                .thenThrow(ApiProblem.notFound("document other.pdf"));
        mvc.perform(get("/products/gf/releases/1.0/documents/other.pdf").with(user("admin")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aSiteReleaseIsOfferedTheSiteSetAndNoMds2Form() throws Exception {
        when(releases.release("gf", "2.0"))
                .thenReturn(new ReleaseStore.Release(
                        2, "gf", "2.0", "site", "site.yaml", "c".repeat(64), "admin", AT, "{}"));
        when(documents.list("gf", "2.0")).thenReturn(List.of());
        mvc.perform(get("/products/gf/releases/2.0/documents")
                        .header("HX-Request", "true")
                        .with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"site\"")))
                .andExpect(content().string(not(containsString("value=\"fda\""))))
                .andExpect(content().string(not(containsString("Generate MDS2"))));
        mvc.perform(get("/products/gf/releases/1.0/documents")
                        .header("HX-Request", "true")
                        .with(user("admin")))
                .andExpect(content().string(containsString("value=\"fda\"")))
                .andExpect(content().string(not(containsString("value=\"site\""))))
                .andExpect(content().string(containsString("Generate MDS2")))
                .andExpect(content().string(containsString("2 KB")));
    }

    @Test
    void theMds2FormSaysItHasNoApprovalBlock() throws Exception {
        DocumentStore.StoredDocument form = new DocumentStore.StoredDocument(
                1,
                "mds2",
                "mds2",
                "GF-MDS2",
                "Manufacturer Disclosure Statement for Medical Device Security (MDS2)",
                "xlsx",
                1,
                LocalDate.of(2026, 12, 4),
                40_000,
                "a".repeat(64),
                "b".repeat(64),
                1,
                "d".repeat(64),
                "admin",
                AT);
        when(documents.list("gf", "1.0")).thenReturn(List.of(new ReleaseDocuments.Listed(form, true, true)));
        mvc.perform(get("/products/gf/releases/1.0/documents")
                        .header("HX-Request", "true")
                        .with(user("admin")))
                .andExpect(content().string(containsString("mds2.xlsx?revision=1")))
                .andExpect(content().string(containsString("no approval block")))
                .andExpect(content().string(containsString("40 KB")));
    }
}
