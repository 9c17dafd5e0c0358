package dev.vigil.server.products;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.vigil.server.VigilServerTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The pages, whole and as the htmx fragments that replace parts of them. */
@VigilServerTest
class ProductsPagesTest {

    @Autowired
    MockMvc mvc;

    String id;

    @BeforeEach
    void productWithARelease() throws Exception {
        id = "pg-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/products")
                        .param("id", id)
                        .param("name", "Paged")
                        .with(user("admin"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/products/" + id));
        mvc.perform(multipart("/products/{id}/releases", id)
                        .file(ReleaseApiTest.model(ReleaseApiTest.modelOf(id)))
                        .file(ReleaseApiTest.sbom())
                        .param("version", "1.0")
                        .with(user("admin"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/products/" + id + "/releases/1.0"));
    }

    @Test
    void thePortfolioShowsTheLatestReleaseStatus() throws Exception {
        mvc.perform(get("/products").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/products/" + id + "/releases/1.0")))
                .andExpect(content().string(containsString("not checked")));
    }

    @Test
    void theReleasePageShowsFindingsComplianceVulnerabilitiesAndTheSigningForm() throws Exception {
        mvc.perform(get("/products/{id}/releases/1.0", id).with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("default-credentials@pump")))
                .andExpect(content().string(containsString("Compliance by framework")))
                .andExpect(content().string(containsString("Compliance by lifecycle phase")))
                .andExpect(content().string(containsString("Not checked:")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("Sign this release")));
    }

    @Test
    void theFindingsFilterAnswersWithTheTableAlone() throws Exception {
        mvc.perform(get("/products/{id}/releases/1.0/findings", id)
                        .param("severity", "critical")
                        .header("HX-Request", "true")
                        .with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"findings\"")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(not(containsString(">medium<"))));
    }

    @Test
    void aDecisionThroughHtmxAnswersWithItsRowShowingTheDecision() throws Exception {
        mvc.perform(post("/products/{id}/releases/1.0/findings/{f}/decision", id, "default-credentials@pump")
                        .param("status", "accepted")
                        .param("justification", "accepted in RA-12")
                        .header("HX-Request", "true")
                        .with(user("admin"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<tr")))
                .andExpect(content().string(containsString("accepted in RA-12")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void aBadModelUploadShowsEachProblemWithItsLocation() throws Exception {
        mvc.perform(multipart("/products/{id}/releases", id)
                        .file(ReleaseApiTest.model("vigil: 1\nsystem: {id: " + id + ", kind: produkt}\n"))
                        .param("version", "2.0")
                        .with(user("admin"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("glucoflow.yaml:2:")));
    }

    @Test
    void theDiffNamesAddedFixedAndCarriedFindings() throws Exception {
        mvc.perform(multipart("/products/{id}/releases", id)
                        .file(ReleaseApiTest.model(ReleaseApiTest.modelOf(id)
                                .replace("debugPortsLocked: false", "debugPortsLocked: true")))
                        .file(ReleaseApiTest.sbom())
                        .param("version", "1.1")
                        .with(user("admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/products/{id}/diff", id)
                        .param("from", "1.0")
                        .param("to", "1.1")
                        .header("HX-Request", "true")
                        .with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("debug-port-enabled@pump")))
                .andExpect(content().string(containsString("fixed")));
    }

    @Test
    void aFolderUploadNamesEachFileByItsPathInsideTheFolder() throws Exception {
        String model = ReleaseApiTest.modelOf(id);
        mvc.perform(multipart("/products/{id}/releases", id)
                        .file(ReleaseApiTest.model(model))
                        // The browser may send the bare file name; the path field says where it sits.
                        .file(new MockMultipartFile(
                                "folder",
                                "pump.cdx.json",
                                "application/json",
                                ReleaseApiTest.resource("sboms/pump.cdx.json")))
                        .file(new MockMultipartFile("folder", "glucoflow.yaml", "application/yaml", model.getBytes()))
                        .param("folderPath", "sboms/pump.cdx.json", "glucoflow.yaml")
                        .param("version", "3.0")
                        .with(user("admin"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/products/" + id + "/releases/3.0"));
        mvc.perform(get("/products/{id}/releases/3.0", id).with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("sboms/pump.cdx.json")));

        // A path leaving the folder is refused, and so is a count of paths that does not match the files.
        mvc.perform(multipart("/products/{id}/releases", id)
                        .file(ReleaseApiTest.model(model))
                        .file(new MockMultipartFile("folder", "x.json", "application/json", "{}".getBytes()))
                        .param("folderPath", "../x.json")
                        .param("version", "3.1")
                        .with(user("admin"))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart("/products/{id}/releases", id)
                        .file(ReleaseApiTest.model(model))
                        .file(new MockMultipartFile("folder", "x.json", "application/json", "{}".getBytes()))
                        .param("folderPath", "a.json", "b.json")
                        .param("version", "3.2")
                        .with(user("admin"))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void thePortfolioShowsSupportEndingWithinTheHorizonOfTheDateGiven() throws Exception {
        // The fixture's pump runs FreeRTOS 10.4, supported until 2032-12-31, and the system states its own end
        // of support (lifecycle.endOfLife.endOfSupport) on the same day: two dates, read as assess reads them.
        mvc.perform(get("/products")
                        .param("date", "2032-10-01")
                        .param("days", "180")
                        .with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("0 ended, 2 ending; first 2032-12-31: system &#39;" + id + "&#39;")));
        mvc.perform(get("/products")
                        .param("date", "2026-12-04")
                        .param("days", "180")
                        .with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("none of 2 stated dates")));
        mvc.perform(get("/products")
                        .param("date", "2033-02-01")
                        .param("days", "30")
                        .with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 ended, 0 ending; first 2032-12-31")));
        mvc.perform(get("/products").param("date", "soon").with(user("admin"))).andExpect(status().isBadRequest());
    }

    @Test
    void theDocumentsSectionGeneratesThroughHtmxAndAnswersWithTheSectionAlone() throws Exception {
        mvc.perform(get("/products/{id}/releases/1.0", id).with(user("admin")))
                .andExpect(content().string(containsString("id=\"documents\"")))
                .andExpect(content().string(containsString("No document generated yet.")));
        mvc.perform(post("/products/{id}/releases/1.0/documents", id)
                        .param("set", "customer")
                        .param("format", "html")
                        .header("HX-Request", "true")
                        .with(user("admin"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"documents\"")))
                .andExpect(content().string(containsString("CUSTOMER")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(post("/products/{id}/releases/1.0/documents", id)
                        .param("set", "nonsense")
                        .header("HX-Request", "true")
                        .with(user("admin"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("unknown document set")));
    }
}
