package dev.vigil.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.ServerTestEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * Every kind of response the real server gives, over a raw socket (so the {@code Host} header is the
 * client's choice, as an attacker's would be), carries the security headers (issue 11, class 10): 200,
 * 302, 400, 401, 403, 404 and 500, pages and API alike, and the pages the container writes itself for
 * requests it cannot parse (400, 505), which no filter sees. Redirects never name the client's Host (nor
 * X-Forwarded-Host), sign-in's redirect back to the saved page included, and the session cookie is
 * HttpOnly and SameSite=Lax.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ServerTestEnvironment.class)
class ResponseHeadersTest {
    private static final String EVIL_HOST = "evil.example";

    @LocalServerPort
    int port;

    private record Response(int status, Map<String, List<String>> headers, String body) {
        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : String.join(", ", values);
        }
    }

    private Response send(String requestLineAndHeaders, String body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String request = requestLineAndHeaders + "\r\nHost: " + EVIL_HOST + "\r\nX-Forwarded-Host: " + EVIL_HOST
                    + "\r\nConnection: close\r\n"
                    + (body == null ? "" : "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n")
                    + "\r\n" + (body == null ? "" : body);
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String raw = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            int end = raw.indexOf("\r\n\r\n");
            String[] lines = raw.substring(0, end < 0 ? raw.length() : end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.computeIfAbsent(
                                lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).strip());
            }
            return new Response(status, headers, end < 0 ? "" : raw.substring(end + 4));
        }
    }

    private String token() throws IOException {
        Response session = send(
                "POST /api/v1/session HTTP/1.1\r\nContent-Type: application/json",
                "{\"username\":\"admin\",\"password\":\"" + ServerTestEnvironment.ADMIN_PASSWORD + "\"}");
        assertThat(session.status()).as(session.body()).isEqualTo(201);
        String body = session.body();
        int at = body.indexOf("\"token\":\"");
        return body.substring(at + 9, body.indexOf('"', at + 9));
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() throws IOException {
        String bearer = "\r\nAuthorization: Bearer " + token();
        Map<String, Response> responses = new LinkedHashMap<>();
        responses.put("200 a public page", send("GET /status HTTP/1.1", null));
        responses.put("302 a page asks to sign in", send("GET /products HTTP/1.1", null));
        responses.put(
                "400 bad JSON to the API",
                send("POST /api/v1/session HTTP/1.1\r\nContent-Type: application/json", "{not json"));
        responses.put("401 the API without a token", send("GET /api/v1/products HTTP/1.1", null));
        responses.put(
                "403 a change without a CSRF token",
                send("POST /products HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded", "name=x"));
        responses.put("404 an API path that does not exist", send("GET /api/v1/no-such-thing HTTP/1.1" + bearer, null));
        // (A page 404 needs a browser session; the bearer token is for the API only, so pages answer 302.)
        responses.put("500 the error page", send("GET /error HTTP/1.1", null));
        // Requests Tomcat refuses before any filter runs: it writes these pages itself (ContainerErrorReport).
        responses.put("400 a request line the container cannot parse", send("GET /{x} HTTP/1.1", null));
        responses.put("400 a header line without a colon", send("GET /status HTTP/1.1\r\nNo colon here", null));
        responses.put(
                "400 headers larger than the container takes",
                send("GET /status HTTP/1.1\r\nX-Padding: " + "a".repeat(20_000), null));
        responses.put("400 a path that does not decode", send("GET /%zz HTTP/1.1", null));
        responses.put("400 a path that climbs above the root", send("GET /%2e%2e/status HTTP/1.1", null));
        responses.put("505 an HTTP version the container does not speak", send("GET /status HTTP/9.9", null));
        List<String> missing = new ArrayList<>();
        for (var entry : responses.entrySet()) {
            Response r = entry.getValue();
            String expected = entry.getKey().substring(0, 3);
            if (!String.valueOf(r.status()).equals(expected)) {
                missing.add(entry.getKey() + ": status " + r.status());
            }
            check(entry.getKey(), r, "Content-Security-Policy", "frame-ancestors 'none'", missing);
            check(entry.getKey(), r, "X-Content-Type-Options", "nosniff", missing);
            check(entry.getKey(), r, "X-Frame-Options", "DENY", missing);
            check(entry.getKey(), r, "Referrer-Policy", "same-origin", missing);
            String location = r.header("Location");
            if (location != null && location.contains(EVIL_HOST)) {
                missing.add(entry.getKey() + ": Location built from the client's Host: " + location);
            }
        }
        assertThat(missing).isEmpty();
        assertThat(responses.get("302 a page asks to sign in").header("Location"))
                .isEqualTo("/login");
    }

    /**
     * Every redirect the sign-in pages make, for a client that names another host (in {@code Host} and in
     * {@code X-Forwarded-Host}): to the sign-in form, back to the saved page after sign-in, to the start page
     * when nothing was saved, back to the form after a wrong password and after sign-out. Each Location is a
     * path on this server: it starts with one slash and names no host.
     */
    @Test
    void noRedirectIsBuiltFromTheClientsHost() throws IOException {
        Map<String, String> locations = new LinkedHashMap<>();
        Response asked = send("GET /products?view=saved HTTP/1.1", null);
        locations.put("to the sign-in form", asked.header("Location"));
        String session = sessionCookie(asked);
        Response signedIn = signIn(session, ServerTestEnvironment.ADMIN_PASSWORD);
        locations.put("back to the saved page", signedIn.header("Location"));
        locations.put(
                "to the start page, nothing saved",
                signIn(sessionCookie(send("GET /login HTTP/1.1", null)), ServerTestEnvironment.ADMIN_PASSWORD)
                        .header("Location"));
        locations.put(
                "after a wrong password",
                signIn(
                                sessionCookie(send("GET /login HTTP/1.1", null)),
                                "wrong-" + ServerTestEnvironment.ADMIN_PASSWORD)
                        .header("Location"));
        String signedInSession = sessionCookie(signedIn);
        String csrf = csrfToken(send("GET /login HTTP/1.0\r\nCookie: " + signedInSession, null));
        locations.put(
                "after sign-out",
                send(
                                "POST /logout HTTP/1.1\r\nCookie: " + signedInSession
                                        + "\r\nContent-Type: application/x-www-form-urlencoded",
                                "_csrf=" + csrf)
                        .header("Location"));
        List<String> wrong = new ArrayList<>();
        locations.forEach((what, location) -> {
            if (location == null
                    || !location.startsWith("/")
                    || location.startsWith("//")
                    || location.startsWith("/\\")
                    || location.contains(EVIL_HOST)) {
                wrong.add(what + ": Location " + location);
            }
        });
        assertThat(wrong).isEmpty();
        assertThat(locations.get("back to the saved page")).startsWith("/products?view=saved");
        assertThat(locations.get("to the start page, nothing saved")).isEqualTo("/products");
        assertThat(locations.get("after a wrong password")).isEqualTo("/login?error");
        assertThat(locations.get("after sign-out")).isEqualTo("/login?logout");
    }

    private Response signIn(String session, String password) throws IOException {
        // HTTP/1.0: the page comes unchunked, so the token is never split by a chunk header.
        String csrf = csrfToken(send("GET /login HTTP/1.0\r\nCookie: " + session, null));
        Response response = send(
                "POST /login HTTP/1.1\r\nCookie: " + session + "\r\nContent-Type: application/x-www-form-urlencoded",
                "username=admin&password=" + password + "&_csrf=" + csrf);
        assertThat(response.status()).as(response.body()).isEqualTo(302);
        return response;
    }

    /** The {@code JSESSIONID=...} pair a response sets. */
    private static String sessionCookie(Response response) {
        List<String> cookies = response.headers().getOrDefault("set-cookie", List.of());
        return cookies.stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    private static String csrfToken(Response page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"")
                .matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("no CSRF token in the page (status " + page.status() + ")");
        }
        return m.group(1);
    }

    private static void check(String what, Response r, String header, String expected, List<String> missing) {
        String value = r.header(header);
        if (value == null || !value.contains(expected)) {
            missing.add(what + ": " + header + " is " + value);
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws IOException {
        Response login = send("GET /login HTTP/1.1", null);
        String cookie = login.header("Set-Cookie");
        assertThat(cookie)
                .as("the sign-in form starts a session (its CSRF token)")
                .isNotNull();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }
}
