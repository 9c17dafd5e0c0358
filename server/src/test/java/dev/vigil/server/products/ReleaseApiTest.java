package dev.vigil.server.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.server.ServerTestEnvironment;
import dev.vigil.server.VigilServerTest;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The REST API end to end through the real security chain, bearer tokens included, on H2. */
@VigilServerTest
class ReleaseApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient db;

    static byte[] resource(String name) throws IOException {
        try (InputStream in = ReleaseApiTest.class.getResourceAsStream("/glucoflow/" + name)) {
            return in.readAllBytes();
        }
    }

    static MockMultipartFile model(String text) {
        return new MockMultipartFile("model", "glucoflow.yaml", "application/yaml", text.getBytes());
    }

    static MockMultipartFile sbom() throws IOException {
        return new MockMultipartFile(
                "file", "sboms/pump.cdx.json", "application/json", resource("sboms/pump.cdx.json"));
    }

    String token() throws Exception {
        String body = mvc.perform(post("/api/v1/session")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"admin\",\"password\":\"" + ServerTestEnvironment.ADMIN_PASSWORD
                                + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.expiresAt").exists())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return "Bearer " + JSON.readTree(body).get("token").asText();
    }

    /** A product whose id the glucoflow model carries: the fixture's id is rewritten per test. */
    String product(String auth) throws Exception {
        String id = "gf-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/api/v1/products")
                        .header("Authorization", auth)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\":\"" + id + "\",\"name\":\"GlucoFlow\"}"))
                .andExpect(status().isCreated());
        return id;
    }

    static String modelOf(String productId) throws IOException {
        return new String(resource("glucoflow.yaml")).replace("  id: glucoflow\n", "  id: " + productId + "\n");
    }

    @Test
    void anUploadIsAssessedStoredOnceAndItsDecisionsAndSignaturesAreKept() throws Exception {
        String auth = token();
        String id = product(auth);

        mvc.perform(multipart("/api/v1/products/{id}/releases", id)
                        .file(model(modelOf(id)))
                        .file(sbom())
                        .param("version", "2.4.0")
                        .header("Authorization", auth))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value("2.4.0"))
                .andExpect(jsonPath("$.kind").value("product"))
                .andExpect(jsonPath("$.findings").value(greaterThan(0)))
                .andExpect(jsonPath("$.bySeverity").exists())
                .andExpect(jsonPath("$.uncontrolled").exists())
                .andExpect(jsonPath("$.compliance").exists())
                .andExpect(jsonPath("$.vulnerabilities.checked").value(false))
                .andExpect(jsonPath("$.uploadedBy").value("admin"));

        // Nothing is overwritten: the same version again is refused.
        mvc.perform(multipart("/api/v1/products/{id}/releases", id)
                        .file(model(modelOf(id)))
                        .file(sbom())
                        .param("version", "2.4.0")
                        .header("Authorization", auth))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        mvc.perform(get("/api/v1/products/{id}/releases/2.4.0", id).header("Authorization", auth))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.files[0]").value("sboms/pump.cdx.json"));

        String findings = mvc.perform(
                        get("/api/v1/products/{id}/releases/2.4.0/findings", id).header("Authorization", auth))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].rule", everyItem(notNullValue())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode first = JSON.readTree(findings).get(0);
        String findingId = first.get("id").asText();

        mvc.perform(put("/api/v1/products/{id}/releases/2.4.0/findings/{f}/decision", id, findingId)
                        .header("Authorization", auth)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"accepted\",\"justification\":\"residual risk accepted in RA-12\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("accepted"))
                .andExpect(jsonPath("$.decidedBy").value("admin"));

        mvc.perform(get("/api/v1/products/{id}/releases/2.4.0/compliance", id).header("Authorization", auth))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.compliance[0].status").exists());
        mvc.perform(get("/api/v1/products/{id}/releases/2.4.0/vulnerabilities", id)
                        .header("Authorization", auth))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.vulnerabilitySummary.checked").value(false))
                .andExpect(jsonPath("$.vulnerabilitySummary.reason").isString());

        // A signature needs the password again; a wrong one signs nothing.
        mvc.perform(post("/api/v1/products/{id}/releases/2.4.0/approvals", id)
                        .header("Authorization", auth)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"meaning\":\"approval\",\"password\":\"wrong\"}"))
                .andExpect(status().isUnauthorized());
        String signed = mvc.perform(post("/api/v1/products/{id}/releases/2.4.0/approvals", id)
                        .header("Authorization", auth)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"meaning\":\"approval\",\"password\":\"" + ServerTestEnvironment.ADMIN_PASSWORD
                                + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.printedName").value("Administrator"))
                .andExpect(jsonPath("$.meaning").value("approval"))
                .andExpect(jsonPath("$.signedAt").exists())
                .andExpect(jsonPath("$.matchesCurrentContent").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String signedHash = JSON.readTree(signed).get("contentHash").asText();
        assertThat(signedHash).hasSize(64);

        // A later decision does not silently carry the signature over: it now names other content.
        mvc.perform(put("/api/v1/products/{id}/releases/2.4.0/findings/{f}/decision", id, findingId)
                        .header("Authorization", auth)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"mitigated\",\"justification\":\"fixed by design change DC-7\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/products/{id}/releases/2.4.0/approvals", id).header("Authorization", auth))
                .andExpect(jsonPath("$[0].contentHash").value(signedHash))
                .andExpect(jsonPath("$[0].matchesCurrentContent").value(false));

        // The next release carries the decision to the recurring finding, marked as carried.
        mvc.perform(multipart("/api/v1/products/{id}/releases", id)
                        .file(model(modelOf(id)))
                        .file(sbom())
                        .param("version", "2.5.0")
                        .header("Authorization", auth))
                .andExpect(status().isCreated());
        String next = mvc.perform(
                        get("/api/v1/products/{id}/releases/2.5.0/findings", id).header("Authorization", auth))
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode carried = null;
        for (JsonNode f : JSON.readTree(next)) {
            if (f.get("id").asText().equals(findingId)) {
                carried = f;
            }
        }
        assertThat(carried).as("the finding recurs").isNotNull();
        assertThat(carried.get("decision").get("status").asText()).isEqualTo("mitigated");
        assertThat(carried.get("decision").get("carriedFrom").asText()).isEqualTo("2.4.0");
        assertThat(carried.get("effectiveStatus").asText()).isEqualTo("mitigated");

        mvc.perform(get("/api/v1/audit").param("product", id).header("Authorization", auth))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].action", hasItem("release.uploaded")))
                .andExpect(jsonPath("$[*].action", hasItem("finding.decided")))
                .andExpect(jsonPath("$[*].action", hasItem("release.signed")));
    }

    @Test
    void aBadModelGetsOneProblemEntryPerDiagnosticAndStoresNothing() throws Exception {
        String auth = token();
        String id = product(auth);
        String bad = "vigil: 1\nsystem: {id: " + id + ", kind: produkt}\ncomponents:\n  - {id: a, kind: nonsense}\n";

        mvc.perform(multipart("/api/v1/products/{id}/releases", id)
                        .file(model(bad))
                        .param("version", "1.0")
                        .header("Authorization", auth))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.length()").value(greaterThan(0)))
                .andExpect(jsonPath("$.errors[0].file").value("glucoflow.yaml"))
                .andExpect(jsonPath("$.errors[*].line", hasItem(2)))
                .andExpect(jsonPath("$.errors[0].column").isNumber())
                .andExpect(jsonPath("$.errors[0].message").isString());

        assertThat(db.sql("SELECT COUNT(*) FROM product_release WHERE product_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aModelOfAnotherProductIsRefused() throws Exception {
        String auth = token();
        String id = product(auth);

        mvc.perform(multipart("/api/v1/products/{id}/releases", id)
                        .file(model(modelOf("someone-else")))
                        .file(sbom())
                        .param("version", "1.0")
                        .header("Authorization", auth))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("someone-else")));
    }

    @Test
    void aMissingSbomIsAProblemWithItsLocation() throws Exception {
        String auth = token();
        String id = product(auth);

        mvc.perform(multipart("/api/v1/products/{id}/releases", id)
                        .file(model(modelOf(id)))
                        .param("version", "1.0")
                        .header("Authorization", auth))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].file").value("glucoflow.yaml"))
                .andExpect(jsonPath("$.errors[0].line").value(greaterThan(1)));
    }

    @Test
    void anApiKeyActsAsItsCreatorUntilRevoked() throws Exception {
        String auth = token();
        String created = mvc.perform(post("/api/v1/api-keys")
                        .header("Authorization", auth)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"ci pipeline\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode key = JSON.readTree(created);
        String keyAuth = "Bearer " + key.get("key").asText();

        mvc.perform(get("/api/v1/products").header("Authorization", keyAuth)).andExpect(status().isOk());
        assertThat(db.sql("SELECT COUNT(*) FROM api_key WHERE key_hash = ?")
                        .param(key.get("key").asText())
                        .query(Long.class)
                        .single())
                .as("the key is stored hashed, never as itself")
                .isZero();

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                                "/api/v1/api-keys/{id}", key.get("id").asLong())
                        .header("Authorization", auth))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/products").header("Authorization", keyAuth)).andExpect(status().isUnauthorized());
    }

    @Test
    void theOpenApiDescriptionListsTheApi() throws Exception {
        mvc.perform(get("/api/v1/openapi.json").header("Authorization", token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/products/{id}/releases']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/session']").exists());
    }
}
