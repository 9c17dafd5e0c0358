package dev.vigil.server.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.server.ServerTestEnvironment;
import dev.vigil.server.VigilServerTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * The {@code /api/v1/products} responses (documents included) keep their JSON shapes (field names, their order, value kinds) now
 * that they are records, the engine's and the server's, rather than maps built by hand. The expected shapes in
 * {@code api-shapes/products.txt} were recorded from the map-building endpoints before the change; after an
 * intended change, record them again with {@code -Dvigil.shapes.record=true} and review the diff.
 */
@VigilServerTest
class ProductsApiShapesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXPECTED = Path.of("src/test/resources/api-shapes/products.txt");

    @Autowired
    MockMvc mvc;

    /** Object fields in order with their shapes; arrays as the distinct shapes of their elements. */
    static String shape(JsonNode node) {
        if (node.isObject()) {
            StringJoiner fields = new StringJoiner(", ", "{", "}");
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                fields.add(e.getKey() + ": " + shape(e.getValue()));
            }
            return fields.toString();
        }
        if (node.isArray()) {
            Set<String> elements = new LinkedHashSet<>();
            node.forEach(e -> elements.add(shape(e)));
            return "[" + String.join(" | ", elements) + "]";
        }
        return node.isNull() ? "null" : node.isNumber() ? "number" : node.isBoolean() ? "boolean" : "string";
    }

    private String call(String name, RequestBuilder request, int expected, List<String> shapes) throws Exception {
        String body = mvc.perform(request)
                .andExpect(status().is(expected))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        shapes.add(name + " " + shape(JSON.readTree(body)));
        return body;
    }

    @Test
    void everyProductsEndpointAnswersInTheShapeItHadWhenItBuiltMaps() throws Exception {
        String token = JSON.readTree(mvc.perform(post("/api/v1/session")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"username\":\"admin\",\"password\":\""
                                        + ServerTestEnvironment.ADMIN_PASSWORD + "\"}"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("token")
                .asText();
        String auth = "Bearer " + token;
        String id = "shape-" + Long.toHexString(System.nanoTime());
        List<String> shapes = new ArrayList<>();
        String base = "/api/v1/products/" + id;

        call(
                "POST /products",
                post("/api/v1/products")
                        .header("Authorization", auth)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\":\"" + id + "\",\"name\":\"GlucoFlow\"}"),
                201,
                shapes);
        call(
                "POST /releases",
                multipart(base + "/releases")
                        .file(ReleaseApiTest.model(ReleaseApiTest.modelOf(id)))
                        .file(ReleaseApiTest.sbom())
                        .param("version", "2.4.0")
                        .header("Authorization", auth),
                201,
                shapes);
        String findings =
                call("GET findings", get(base + "/releases/2.4.0/findings").header("Authorization", auth), 200, shapes);
        String findingId = JSON.readTree(findings).get(0).get("id").asText();
        call(
                "PUT decision",
                put(base + "/releases/2.4.0/findings/" + findingId + "/decision")
                        .header("Authorization", auth)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"accepted\",\"justification\":\"accepted in RA-12\"}"),
                200,
                shapes);
        call(
                "POST approvals",
                post(base + "/releases/2.4.0/approvals")
                        .header("Authorization", auth)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"meaning\":\"approval\",\"password\":\"" + ServerTestEnvironment.ADMIN_PASSWORD
                                + "\"}"),
                201,
                shapes);
        call(
                "POST /releases (carries the decision)",
                multipart(base + "/releases")
                        .file(ReleaseApiTest.model(ReleaseApiTest.modelOf(id)))
                        .file(ReleaseApiTest.sbom())
                        .param("version", "2.5.0")
                        .header("Authorization", auth),
                201,
                shapes);
        call("GET product", get(base).header("Authorization", auth), 200, shapes);
        call("GET releases", get(base + "/releases").header("Authorization", auth), 200, shapes);
        call("GET release", get(base + "/releases/2.4.0").header("Authorization", auth), 200, shapes);
        call(
                "GET findings after decisions",
                get(base + "/releases/2.5.0/findings").header("Authorization", auth),
                200,
                shapes);
        call(
                "GET findings page",
                get(base + "/releases/2.4.0/findings")
                        .param("page", "1")
                        .param("size", "2")
                        .header("Authorization", auth),
                200,
                shapes);
        call("GET compliance", get(base + "/releases/2.4.0/compliance").header("Authorization", auth), 200, shapes);
        call(
                "GET vulnerabilities",
                get(base + "/releases/2.4.0/vulnerabilities").header("Authorization", auth),
                200,
                shapes);
        call("GET approvals", get(base + "/releases/2.4.0/approvals").header("Authorization", auth), 200, shapes);

        call(
                "POST documents",
                post(base + "/releases/2.4.0/documents")
                        .header("Authorization", auth)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"set\":\"customer\",\"format\":\"html\"}"),
                201,
                shapes);
        call("GET documents", get(base + "/releases/2.4.0/documents").header("Authorization", auth), 200, shapes);

        String actual = String.join("\n", shapes) + "\n";
        if (Boolean.getBoolean("vigil.shapes.record")) {
            Files.createDirectories(EXPECTED.getParent());
            Files.writeString(EXPECTED, actual);
        }
        assertThat(actual).isEqualTo(Files.readString(EXPECTED));
    }
}
