package dev.vigil.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Real HTTP against a running server: a bearer token for the API, a cookie session for the pages. */
final class BenchClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private final HttpClient browser;
    private final String token;

    BenchClient(String base, String username, String password) throws IOException, InterruptedException {
        this.base = base;
        this.http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> session = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/session"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                JSON.writeValueAsString(Map.of("username", username, "password", password))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (session.statusCode() != 201) {
            throw new IllegalStateException("sign-in answered " + session.statusCode() + ": " + session.body());
        }
        this.token = JSON.readTree(session.body()).get("token").asText();
        signInBrowser(username, password);
    }

    private void signInBrowser(String username, String password) throws IOException, InterruptedException {
        String form = browser.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = CSRF.matcher(form);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in form");
        }
        String body = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
        HttpResponse<String> r = browser.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("browser sign-in failed: " + r.statusCode() + " " + location);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    HttpResponse<String> api(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(120));
        if (json == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A page as the signed-in browser gets it. */
    HttpResponse<String> page(String path) throws IOException, InterruptedException {
        return browser.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(900))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A release upload as {@code multipart/form-data}: the model, then each file under its relative name. */
    HttpResponse<String> upload(
            String product, String version, String modelName, String model, Map<String, String> files)
            throws IOException, InterruptedException {
        String boundary = "vigil-bench-" + UUID.randomUUID();
        List<byte[]> parts = new ArrayList<>();
        parts.add(field(boundary, "version", null, version));
        parts.add(field(boundary, "model", modelName, model));
        files.forEach((name, text) -> parts.add(field(boundary, "file", name, text)));
        parts.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/products/" + product + "/releases"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .timeout(Duration.ofSeconds(300))
                        .POST(HttpRequest.BodyPublishers.ofByteArrays(parts))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] field(String boundary, String name, String fileName, String value) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\n"
                + (fileName == null ? "" : "Content-Type: application/octet-stream\r\n") + "\r\n";
        return (head + value + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }
}
