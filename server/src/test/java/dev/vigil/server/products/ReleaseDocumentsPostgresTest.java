package dev.vigil.server.products;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.server.PostgresDatabase;
import dev.vigil.server.ServerTestEnvironment;
import dev.vigil.server.VigilServerApplication;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The documents of a release on PostgreSQL, over real HTTP (the H2 runs are {@link ReleaseDocumentsTest}):
 * generated, listed with the hash of what downloads, a signature making the next revision with the first
 * kept byte for byte, the MDS2 workbook beside them, and every revision audited.
 */
class ReleaseDocumentsPostgresTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void documentsAreRevisedAndKeptOnPostgres() throws Exception {
        try (PostgresDatabase pg = PostgresDatabase.createOrSkip("the release documents test on PostgreSQL");
                ConfigurableApplicationContext server = start(pg)) {
            String root = "http://127.0.0.1:" + server.getEnvironment().getProperty("local.server.port");
            String auth = "Bearer "
                    + json(send(
                                    root + "/api/v1/session",
                                    "POST",
                                    "{\"username\":\"admin\",\"password\":\"" + ServerTestEnvironment.ADMIN_PASSWORD
                                            + "\"}",
                                    null,
                                    201))
                            .get("token")
                            .asText();
            String id = "gf-" + UUID.randomUUID().toString().substring(0, 8);
            send(root + "/api/v1/products", "POST", "{\"id\":\"" + id + "\",\"name\":\"GlucoFlow\"}", auth, 201);
            upload(root + "/api/v1/products/" + id + "/releases", auth, ReleaseApiTest.modelOf(id));
            String base = root + "/api/v1/products/" + id + "/releases/1.0/documents";

            JsonNode first = json(send(base, "POST", "{\"set\":\"customer\"}", auth, 201))
                    .get(0);
            byte[] revision1 = download(
                    root + first.get("href").asText(), auth, first.get("sha256").asText());
            assertThat(json(send(base, "POST", "{\"set\":\"customer\"}", auth, 200))
                            .get(0)
                            .get("newRevision")
                            .asBoolean())
                    .isFalse();

            send(
                    root + "/api/v1/products/" + id + "/releases/1.0/approvals",
                    "POST",
                    "{\"meaning\":\"approval\",\"password\":\"" + ServerTestEnvironment.ADMIN_PASSWORD + "\"}",
                    auth,
                    201);
            JsonNode second = json(send(base, "POST", "{\"set\":\"customer\"}", auth, 201))
                    .get(0);
            assertThat(second.get("revision").asInt()).isEqualTo(2);
            assertThat(second.get("approvals").asInt()).isEqualTo(1);
            download(
                    root + second.get("href").asText(),
                    auth,
                    second.get("sha256").asText());
            assertThat(download(
                            root + first.get("href").asText(),
                            auth,
                            first.get("sha256").asText()))
                    .isEqualTo(revision1);

            JsonNode mds2 =
                    json(send(base, "POST", "{\"set\":\"mds2\"}", auth, 201)).get(0);
            download(root + mds2.get("href").asText(), auth, mds2.get("sha256").asText());

            JsonNode listed = json(send(base, "GET", null, auth, 200));
            assertThat(listed).hasSize(3);
            assertThat(listed.findValuesAsText("coversCurrentApprovals")).containsOnly("true", "false");
            JdbcClient db = server.getBean(JdbcClient.class);
            assertThat(db.sql("SELECT COUNT(*) FROM audit_entry WHERE product_id = ? AND action = 'document.generated'")
                            .param(id)
                            .query(Long.class)
                            .single())
                    .isEqualTo(3L);
        }
    }

    private HttpResponse<byte[]> send(String url, String method, String body, String auth, int expected)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (auth != null) {
            request.header("Authorization", auth);
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode())
                .as(method + " " + url + ": " + new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo(expected);
        return response;
    }

    /** The file at {@code url}, checked to be an attachment whose SHA-256 is the listed one. */
    private byte[] download(String url, String auth, String sha256) throws Exception {
        HttpResponse<byte[]> response = send(url, "GET", null, auth, 200);
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("attachment"));
        assertThat(Releases.sha256(response.body())).isEqualTo(sha256);
        return response.body();
    }

    private void upload(String url, String auth, String model) throws Exception {
        String boundary = "vigil-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "version", null, "1.0".getBytes(StandardCharsets.UTF_8));
        part(body, boundary, "model", "glucoflow.yaml", model.getBytes(StandardCharsets.UTF_8));
        part(body, boundary, "file", "sboms/pump.cdx.json", ReleaseApiTest.resource("sboms/pump.cdx.json"));
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> response = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", auth)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode())
                .as(new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo(201);
    }

    private static void part(ByteArrayOutputStream out, String boundary, String name, String file, byte[] value)
            throws java.io.IOException {
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                        + (file == null ? "" : "; filename=\"" + file + "\"") + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.write(value);
        out.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<byte[]> response) throws java.io.IOException {
        return JSON.readTree(response.body());
    }

    private static ConfigurableApplicationContext start(PostgresDatabase pg) throws Exception {
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")), "documents-");
        return new SpringApplicationBuilder(VigilServerApplication.class)
                .run(
                        "--server.port=0",
                        "--vigil.data-dir=" + dataDir.toAbsolutePath(),
                        "--vigil.admin.password=" + ServerTestEnvironment.ADMIN_PASSWORD,
                        "--spring.datasource.url=" + pg.url(),
                        "--spring.datasource.username=" + PostgresDatabase.USER,
                        "--spring.datasource.password=" + PostgresDatabase.PASSWORD);
    }
}
