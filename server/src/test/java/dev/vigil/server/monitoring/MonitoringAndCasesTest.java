package dev.vigil.server.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.engine.postmarket.csaf.CsafValidator;
import dev.vigil.server.ServerTestEnvironment;
import dev.vigil.server.audit.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Continuous monitoring into cases, through the API on H2 with the real job queue: a feed import opens a draft
 * case on the release whose SBOM holds the affected component, with the engine's decision and clocks; an import
 * that touches no watched component re-checks nothing; triage, a refused and an accepted signature, and the
 * published advisory served publicly with its hash, passing the engine's CSAF validator. Its own advisory store
 * and database (its own context), so other tests' uploads are not assessed against these made-up advisories.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = ServerTestEnvironment.class)
class MonitoringAndCasesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final Path FEEDS = tempDirectory("feeds-");

    @DynamicPropertySource
    static void ownStore(DynamicPropertyRegistry registry) {
        ServerTestEnvironment.ownDatabaseAndStore(registry, "monitoring");
        registry.add("vigil.jobs.poll-interval", () -> "200ms");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient db;

    @Test
    void aFeedImportOpensADraftCaseThatIsTriagedSignedAndPublished() throws Exception {
        String product = "gf-" + UUID.randomUUID().toString().substring(0, 8);
        call(post("/api/v1/products")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\":\"" + product + "\",\"name\":\"GlucoFlow\"}"))
                .andExpect(status().isCreated());
        upload(product, "2.4.0", "1.0.0");
        upload(product, "2.5.0", "1.3.0"); // a fixed examplelib: not affected

        Path feed = Files.createDirectories(FEEDS.resolve(product));
        Files.writeString(
                feed.resolve("GHSA-test-0001.json"),
                MonitoringFixtures.osv("GHSA-test-0001", "CVE-2026-40001", "examplelib"));
        call(put("/api/v1/monitoring/folder")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"folder\":\"" + feed.toAbsolutePath() + "\"}"))
                .andExpect(status().isOk());
        call(post("/api/v1/monitoring/imports")).andExpect(status().isOk());

        JsonNode cases = poll("/api/v1/cases?product=" + product, list -> list.size() > 0);
        assertThat(cases).hasSize(1);
        JsonNode draft = cases.get(0);
        assertThat(draft.get("source").asText()).isEqualTo("feed");
        assertThat(draft.get("draft").asBoolean()).isTrue();
        assertThat(draft.get("state").asText()).isEqualTo("new");
        assertThat(draft.get("release").asText()).isEqualTo("2.4.0");
        assertThat(draft.get("decision").asText()).isIn("controlled", "uncontrolled");
        String caseId = draft.get("id").asText();
        JsonNode full = json(call(get("/api/v1/cases/" + product + "/" + caseId)));
        assertThat(full.get("releases").toString())
                .contains("2.4.0")
                .contains("pump")
                .contains("examplelib")
                .doesNotContain("2.5.0");
        assertThat(full.get("document").asText())
                .contains("cve: \"CVE-2026-40001\"")
                .contains("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
        assertThat(full.get("check").get("clocks").size()).isPositive();
        assertThat(page("/cases")).contains(caseId).contains("draft");
        assertThat(page("/cases/" + product + "/" + caseId))
                .contains("Risk decision")
                .contains("examplelib");
        assertThat(page("/monitoring")).contains("Store freshness");
        assertThat(page("/products")).contains("Products and sites");

        // An advisory for a package no release holds: nothing to re-check, no case.
        Files.writeString(
                feed.resolve("GHSA-test-0002.json"),
                MonitoringFixtures.osv("GHSA-test-0002", "CVE-2026-40002", "otherlib"));
        call(post("/api/v1/monitoring/imports")).andExpect(status().isOk());
        JsonNode status = poll(
                "/api/v1/monitoring",
                s -> !s.get("imports").get(0).get("recheck").asText().equals("queued"));
        assertThat(status.get("imports").get(0).get("recheck").asText()).startsWith("0 components re-checked");
        // examplelib 1.0.0 and 1.3.0 carry the changed key; 1.0.0 matches, and is held by this product and
        // by the intake test's product when that ran first (one distinct component, a case per product).
        assertThat(status.get("imports").get(1).get("recheck").asText())
                .matches("2 components re-checked in \\d+ ms: 1 new matches, 0 re-ranked, 0 gone; [12] draft cases"
                        + " opened");
        assertThat(status.get("lastImportBySource").get("osv").asText()).isNotEqualTo("never");
        assertThat(json(call(get("/api/v1/cases?product=" + product)))).hasSize(1);

        call(put("/api/v1/cases/" + product + "/" + caseId + "/triage")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"state\":\"triage\",\"assignee\":\"admin\"}"))
                .andExpect(status().isOk());
        call(post("/api/v1/cases/" + product + "/" + caseId + "/publications")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"meaning\":\"approval\",\"password\":\"wrong\"}"))
                .andExpect(status().isUnauthorized());
        JsonNode published = json(call(post("/api/v1/cases/" + product + "/" + caseId + "/publications")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"meaning\":\"approval\",\"password\":\"" + ServerTestEnvironment.ADMIN_PASSWORD
                                + "\"}"))
                .andExpect(status().isCreated()));

        // Anonymous, as a hospital or an aggregator fetches it.
        JsonNode metadata = JSON.readTree(mvc.perform(get("/.well-known/csaf/provider-metadata.json"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(metadata.get("canonical_url").asText()).endsWith("/.well-known/csaf/provider-metadata.json");
        assertThat(metadata.get("metadata_version").asText()).isEqualTo("2.0");
        String url = published.get("url").asText();
        byte[] document = mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String hash = mvc.perform(get(url + ".sha256"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(hash).startsWith(Sha256.hex(document) + "  ");
        assertThat(new CsafValidator().validate(JSON.readTree(document))).isEmpty();
        String index = mvc.perform(get("/.well-known/csaf/white/index.txt"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat("/.well-known/csaf/white/" + index.strip()).contains(url.substring(url.lastIndexOf('/')));

        JsonNode after = json(call(get("/api/v1/cases/" + product + "/" + caseId)));
        assertThat(after.get("draft").asBoolean()).isFalse();
        assertThat(after.get("document").asText()).contains("published:");
        assertThat(db.sql("SELECT action FROM audit_entry WHERE product_id = ? ORDER BY seq")
                        .param(product)
                        .query(String.class)
                        .list())
                .contains("case.opened", "case.triaged", "case.published");

        releaseVex(product, caseId);
    }

    /**
     * The release's CSAF VEX: its scan with the case deciding the status (triage: under investigation;
     * assessed: known affected with the case's action), refused without the right password, published with its
     * hash next to the advisory, refused when unchanged, published again as revision 2 when the case moves.
     */
    private void releaseVex(String product, String caseId) throws Exception {
        String vex = "/api/v1/products/" + product + "/releases/2.4.0/vex";
        JsonNode triaged = json(call(get(vex)).andExpect(status().isOk()));
        assertThat(triaged.get("document").get("category").asText()).isEqualTo("csaf_vex");
        assertThat(new CsafValidator().validate(triaged)).isEmpty();
        JsonNode vulnerability = triaged.get("vulnerabilities").get(0);
        assertThat(vulnerability.get("cve").asText()).isEqualTo("CVE-2026-40001");
        assertThat(vulnerability.get("product_status").has("under_investigation"))
                .as(vulnerability.toString())
                .isTrue();

        call(put("/api/v1/cases/" + product + "/" + caseId + "/triage")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"state\":\"assessed\"}"))
                .andExpect(status().isOk());
        JsonNode assessed = json(call(get(vex)).andExpect(status().isOk()));
        vulnerability = assessed.get("vulnerabilities").get(0);
        assertThat(vulnerability.get("product_status").has("known_affected")).isTrue();
        assertThat(vulnerability.get("remediations").toString())
                .contains("Case " + caseId + " (assessed): no remediation stated yet");
        assertThat(vulnerability.get("threats").toString()).contains("Risk to patients assessed as");

        String publish = vex + "/publications";
        call(post(publish)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"meaning\":\"approval\",\"password\":\"wrong\"}"))
                .andExpect(status().isUnauthorized());
        String signed = "{\"meaning\":\"approval\",\"password\":\"" + ServerTestEnvironment.ADMIN_PASSWORD + "\"}";
        JsonNode first =
                json(call(post(publish).contentType(MediaType.APPLICATION_JSON).content(signed))
                        .andExpect(status().isCreated()));
        String url = first.get("url").asText();
        assertThat(url).endsWith("-2_4_0-vex.json");
        byte[] document = mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(mvc.perform(get(url + ".sha256")).andReturn().getResponse().getContentAsString())
                .startsWith(Sha256.hex(document) + "  ");
        assertThat(new CsafValidator().validate(JSON.readTree(document))).isEmpty();
        call(post(publish).contentType(MediaType.APPLICATION_JSON).content(signed))
                .andExpect(status().isConflict());

        call(put("/api/v1/cases/" + product + "/" + caseId + "/triage")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"state\":\"triage\"}"))
                .andExpect(status().isOk());
        JsonNode second =
                json(call(post(publish).contentType(MediaType.APPLICATION_JSON).content(signed))
                        .andExpect(status().isCreated()));
        assertThat(second.get("url").asText()).isEqualTo(url);
        JsonNode revised =
                JSON.readTree(mvc.perform(get(url)).andReturn().getResponse().getContentAsByteArray());
        assertThat(new CsafValidator().validate(revised)).isEmpty();
        JsonNode tracking = revised.get("document").get("tracking");
        assertThat(tracking.get("version").asText()).isEqualTo("2");
        assertThat(tracking.get("revision_history")).hasSize(2);
        assertThat(tracking.get("initial_release_date").asText())
                .isEqualTo(JSON.readTree(document)
                        .get("document")
                        .get("tracking")
                        .get("initial_release_date")
                        .asText());
        assertThat(json(call(get(publish)))).hasSize(2);
        String index = mvc.perform(get("/.well-known/csaf/white/index.txt"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(index).containsOnlyOnce(url.substring(url.lastIndexOf('/') + 1));
        assertThat(mvc.perform(get("/.well-known/csaf/white/changes.csv"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(url.substring(url.lastIndexOf('/') + 1));

        // 2.5.0 holds the fixed examplelib: nothing to state.
        call(get("/api/v1/products/" + product + "/releases/2.5.0/vex")).andExpect(status().isUnprocessableContent());
        assertThat(page("/cases/" + product + "/" + caseId)).contains("Sign and publish the VEX");
        assertThat(db.sql("SELECT action FROM audit_entry WHERE product_id = ? AND action = 'vex.published'")
                        .param(product)
                        .query(String.class)
                        .list())
                .hasSize(2);
    }

    @Test
    void anIntakeThatNamesAnElementTheModelLacksIsRefusedWithItsPlace() throws Exception {
        String product = "gf-" + UUID.randomUUID().toString().substring(0, 8);
        call(post("/api/v1/products")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\":\"" + product + "\",\"name\":\"GlucoFlow\"}"))
                .andExpect(status().isCreated());
        upload(product, "2.4.0", "1.0.0");
        String body = "{\"title\":\"BLE bolus\",\"source\":\"researcher\",\"release\":\"2.4.0\","
                + "\"elements\":\"pump, no-such-element\",\"affected\":\"< 2.4.1\"}";
        String problem = call(post("/api/v1/cases/" + product)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(problem).contains("no-such-element").contains("\"line\"");

        JsonNode created = json(call(post("/api/v1/cases/" + product)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace(", no-such-element", "")))
                .andExpect(status().isCreated()));
        assertThat(created.get("source").asText()).isEqualTo("researcher");
        assertThat(created.get("draft").asBoolean()).isFalse();
        assertThat(created.get("check").get("decision").asText()).isIn("controlled", "uncontrolled");
    }

    private void upload(String product, String version, String libVersion) throws Exception {
        String model = resource("glucoflow.yaml").replace("  id: glucoflow\n", "  id: " + product + "\n");
        String sbom = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.5\",\"version\":1,\"components\":["
                + "{\"type\":\"library\",\"name\":\"examplelib\",\"version\":\"" + libVersion + "\","
                + "\"purl\":\"pkg:pypi/examplelib@" + libVersion + "\"}]}";
        call(multipart("/api/v1/products/" + product + "/releases")
                        .file(new MockMultipartFile("model", "glucoflow.yaml", "application/yaml", model.getBytes()))
                        .file(new MockMultipartFile("file", "sboms/pump.cdx.json", "application/json", sbom.getBytes()))
                        .param("version", version))
                .andExpect(status().isCreated());
    }

    private String page(String path) throws Exception {
        return call(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private JsonNode poll(String path, Predicate<JsonNode> done) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode last = null;
        while (System.nanoTime() < until) {
            last = json(call(get(path)));
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not done within 60 s: " + path + " answered " + last);
    }

    private org.springframework.test.web.servlet.ResultActions call(AbstractMockHttpServletRequestBuilder<?> request)
            throws Exception {
        request.with(user("admin"));
        request.with(csrf());
        return mvc.perform(request);
    }

    private static JsonNode json(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = MonitoringAndCasesTest.class.getResourceAsStream("/glucoflow/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Path tempDirectory(String prefix) {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")), prefix)
                    .toAbsolutePath();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
