package dev.vigil.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import dev.vigil.server.VigilServerTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every mapped endpoint with every role: a role granted on product {@code p1} gets through exactly
 * where its permission allows, a grant on another product never does, an all-products administrator
 * always does. A new endpoint fails this test until it is classified in {@link #NEEDS}.
 */
@VigilServerTest
class EndpointRolesTest {

    /** What to call an endpoint needs: a permission on the product in the path, or everywhere. */
    record Need(Optional<Permission> permission, boolean everywhere) {
        static final Need PUBLIC = new Need(Optional.empty(), false);
        static final Need SIGNED_IN = new Need(Optional.empty(), true);

        static Need on(Permission p) {
            return new Need(Optional.of(p), false);
        }

        static Need everywhere(Permission p) {
            return new Need(Optional.of(p), true);
        }
    }

    static final Map<String, Need> NEEDS = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /", Need.PUBLIC),
            Map.entry("GET /status", Need.PUBLIC),
            Map.entry("GET /error", Need.PUBLIC),
            Map.entry("POST /error", Need.PUBLIC),
            Map.entry("POST /api/v1/session", Need.PUBLIC),
            // The CSAF provider directory is public by design: hospitals and aggregators fetch published
            // advisories without an account, and it holds only what an approver signed for publication.
            Map.entry("GET /.well-known/csaf/provider-metadata.json", Need.PUBLIC),
            Map.entry("GET /.well-known/csaf/white/index.txt", Need.PUBLIC),
            Map.entry("GET /.well-known/csaf/white/changes.csv", Need.PUBLIC),
            Map.entry("GET /.well-known/csaf/white/{year}/{file:.+}", Need.PUBLIC),
            Map.entry("GET /api/v1/monitoring", Need.SIGNED_IN),
            Map.entry("GET /monitoring", Need.SIGNED_IN),
            Map.entry("PUT /api/v1/monitoring/folder", Need.everywhere(Permission.MANAGE_FEEDS)),
            Map.entry("POST /api/v1/monitoring/imports", Need.everywhere(Permission.MANAGE_FEEDS)),
            Map.entry("POST /monitoring/folder", Need.everywhere(Permission.MANAGE_FEEDS)),
            Map.entry("POST /monitoring/imports", Need.everywhere(Permission.MANAGE_FEEDS)),
            Map.entry("GET /api/v1/cases", Need.SIGNED_IN),
            Map.entry("GET /api/v1/cases/metrics", Need.SIGNED_IN),
            Map.entry("GET /cases", Need.SIGNED_IN),
            Map.entry("POST /api/v1/cases/{id}", Need.on(Permission.DECIDE)),
            Map.entry("POST /cases/{id}", Need.on(Permission.DECIDE)),
            Map.entry("GET /api/v1/cases/{id}/{caseId}", Need.on(Permission.READ)),
            Map.entry("GET /cases/{id}/{caseId}", Need.on(Permission.READ)),
            Map.entry("GET /api/v1/cases/{id}/{caseId}/document", Need.on(Permission.READ)),
            Map.entry("PUT /api/v1/cases/{id}/{caseId}/document", Need.on(Permission.DECIDE)),
            Map.entry("GET /api/v1/cases/{id}/{caseId}/letter", Need.on(Permission.READ)),
            Map.entry("GET /cases/{id}/{caseId}/letter", Need.on(Permission.READ)),
            Map.entry("GET /api/v1/cases/{id}/{caseId}/advisory", Need.on(Permission.READ)),
            Map.entry("GET /cases/{id}/{caseId}/advisory.json", Need.on(Permission.READ)),
            Map.entry("PUT /api/v1/cases/{id}/{caseId}/triage", Need.on(Permission.DECIDE)),
            Map.entry("POST /cases/{id}/{caseId}/triage", Need.on(Permission.DECIDE)),
            Map.entry("POST /api/v1/cases/{id}/{caseId}/milestones", Need.on(Permission.DECIDE)),
            Map.entry("POST /cases/{id}/{caseId}/milestones", Need.on(Permission.DECIDE)),
            // Publication is signed: approvers (and administrators) only.
            Map.entry("POST /api/v1/cases/{id}/{caseId}/publications", Need.on(Permission.APPROVE)),
            Map.entry("POST /cases/{id}/{caseId}/publications", Need.on(Permission.APPROVE)),
            // A release's CSAF VEX: read like the release, published under an approver's signature.
            Map.entry("GET /api/v1/products/{id}/releases/{version}/vex", Need.on(Permission.READ)),
            Map.entry("GET /products/{id}/releases/{version}/vex.json", Need.on(Permission.READ)),
            Map.entry("GET /api/v1/products/{id}/releases/{version}/vex/publications", Need.on(Permission.READ)),
            Map.entry("POST /api/v1/products/{id}/releases/{version}/vex/publications", Need.on(Permission.APPROVE)),
            Map.entry("POST /products/{id}/releases/{version}/vex/publications", Need.on(Permission.APPROVE)),
            Map.entry("GET /models", Need.SIGNED_IN),
            Map.entry("GET /api/v1/openapi.json", Need.SIGNED_IN),
            Map.entry("GET /api/v1/openapi.json/swagger-config", Need.SIGNED_IN),
            Map.entry("GET /api/v1/openapi.json.yaml", Need.SIGNED_IN),
            Map.entry("GET /api/v1/api-keys", Need.SIGNED_IN),
            Map.entry("POST /api/v1/api-keys", Need.SIGNED_IN),
            Map.entry("DELETE /api/v1/api-keys/{id}", Need.SIGNED_IN),
            Map.entry("GET /api/v1/users", Need.everywhere(Permission.MANAGE_USERS)),
            Map.entry("POST /api/v1/users", Need.everywhere(Permission.MANAGE_USERS)),
            Map.entry("GET /users", Need.everywhere(Permission.MANAGE_USERS)),
            Map.entry("POST /users", Need.everywhere(Permission.MANAGE_USERS)),
            Map.entry("GET /api/v1/audit", Need.everywhere(Permission.READ_AUDIT)),
            Map.entry("GET /api/v1/audit/verify", Need.everywhere(Permission.READ_AUDIT)),
            Map.entry("GET /audit", Need.everywhere(Permission.READ_AUDIT)),
            Map.entry("GET /api/v1/products", Need.SIGNED_IN),
            Map.entry("GET /products", Need.SIGNED_IN),
            Map.entry("POST /api/v1/products", Need.everywhere(Permission.CREATE_PRODUCT)),
            Map.entry("POST /products", Need.everywhere(Permission.CREATE_PRODUCT)),
            Map.entry("GET /api/v1/products/{id}", Need.on(Permission.READ)),
            Map.entry("GET /products/{id}", Need.on(Permission.READ)),
            Map.entry("GET /products/{id}/diff", Need.on(Permission.READ)),
            Map.entry("GET /api/v1/products/{id}/releases", Need.on(Permission.READ)),
            Map.entry("POST /api/v1/products/{id}/releases", Need.on(Permission.UPLOAD)),
            Map.entry("POST /products/{id}/releases", Need.on(Permission.UPLOAD)),
            Map.entry("GET /api/v1/products/{id}/releases/{version}", Need.on(Permission.READ)),
            Map.entry("GET /products/{id}/releases/{version}", Need.on(Permission.READ)),
            Map.entry("GET /api/v1/products/{id}/releases/{version}/findings", Need.on(Permission.READ)),
            Map.entry("GET /products/{id}/releases/{version}/findings", Need.on(Permission.READ)),
            Map.entry("GET /api/v1/products/{id}/releases/{version}/compliance", Need.on(Permission.READ)),
            Map.entry("GET /api/v1/products/{id}/releases/{version}/vulnerabilities", Need.on(Permission.READ)),
            Map.entry("GET /api/v1/products/{id}/releases/{version}/report.html", Need.on(Permission.READ)),
            Map.entry("GET /products/{id}/releases/{version}/report.html", Need.on(Permission.READ)),
            Map.entry("GET /api/v1/products/{id}/releases/{version}/approvals", Need.on(Permission.READ)),
            Map.entry(
                    "PUT /api/v1/products/{id}/releases/{version}/findings/{findingId}/decision",
                    Need.on(Permission.DECIDE)),
            Map.entry(
                    "POST /products/{id}/releases/{version}/findings/{findingId}/decision", Need.on(Permission.DECIDE)),
            Map.entry("POST /api/v1/products/{id}/releases/{version}/approvals", Need.on(Permission.APPROVE)),
            Map.entry("POST /products/{id}/releases/{version}/approvals", Need.on(Permission.APPROVE)),
            Map.entry("GET /api/v1/products/{id}/releases/{version}/documents", Need.on(Permission.READ)),
            Map.entry("GET /products/{id}/releases/{version}/documents", Need.on(Permission.READ)),
            Map.entry(
                    "POST /api/v1/products/{id}/releases/{version}/documents", Need.on(Permission.GENERATE_DOCUMENTS)),
            Map.entry("POST /products/{id}/releases/{version}/documents", Need.on(Permission.GENERATE_DOCUMENTS)),
            Map.entry(
                    "GET /api/v1/products/{id}/releases/{version}/documents/{name}.{format}", Need.on(Permission.READ)),
            Map.entry("GET /products/{id}/releases/{version}/documents/{name}.{format}", Need.on(Permission.READ))));

    private static boolean usersMade;

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient db;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping controllers;

    @BeforeEach
    void usersWithEveryRoleOnProductP1AndOneOnP2() {
        if (usersMade) {
            return;
        }
        for (String p : List.of("p1", "p2")) {
            db.sql("INSERT INTO product (id, name, created_by, created_at) VALUES (?, ?, 'test', CURRENT_TIMESTAMP)")
                    .params(p, p)
                    .update();
        }
        for (Role role : Role.values()) {
            accounts.create(
                    "test",
                    "walk-" + role.wire(),
                    null,
                    "walk-password-1",
                    List.of(new Grant(role, Optional.of("p1"))));
        }
        accounts.create(
                "test",
                "walk-other",
                null,
                "walk-password-1",
                List.of(new Grant(Role.ADMINISTRATOR, Optional.of("p2"))));
        usersMade = true;
    }

    @Test
    void everyEndpointLetsThroughExactlyTheRolesItsPermissionNames() throws Exception {
        List<String> wrong = new ArrayList<>();
        Set<String> unclassified = new TreeSet<>();
        for (Map.Entry<String, Need> endpoint : endpoints(unclassified).entrySet()) {
            String[] parts = endpoint.getKey().split(" ", 2);
            Need need = endpoint.getValue();
            if (need == Need.PUBLIC) {
                continue;
            }
            check(wrong, endpoint.getKey(), call(parts[0], parts[1], Optional.empty()), false, "anonymous");
            check(wrong, endpoint.getKey(), call(parts[0], parts[1], Optional.of("admin")), true, "admin");
            check(
                    wrong,
                    endpoint.getKey(),
                    call(parts[0], parts[1], Optional.of("walk-other")),
                    need == Need.SIGNED_IN,
                    "administrator of p2 only");
            for (Role role : Role.values()) {
                boolean allowed = need == Need.SIGNED_IN
                        || (!need.everywhere() && role.may(need.permission().orElseThrow()));
                check(
                        wrong,
                        endpoint.getKey(),
                        call(parts[0], parts[1], Optional.of("walk-" + role.wire())),
                        allowed,
                        role.wire() + " of p1");
            }
        }
        assertThat(unclassified).as("endpoints not classified in NEEDS").isEmpty();
        assertThat(wrong)
                .as("endpoints that let the wrong caller through or stop the right one")
                .isEmpty();
    }

    private static void check(List<String> wrong, String endpoint, int status, boolean allowed, String who) {
        boolean refused = status == 401 || status == 403;
        if (allowed == refused) {
            wrong.add(endpoint + " as " + who + " answered " + status
                    + (allowed ? " (should pass)" : " (should refuse)"));
        }
    }

    private Map<String, Need> endpoints(Set<String> unclassified) {
        Map<String, Need> found = new TreeMap<>();
        for (RequestMappingInfo mapping : controllers.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
            Set<RequestMethod> all = methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods;
            for (String pattern : mapping.getPatternValues()) {
                for (RequestMethod method : all) {
                    String key = method.name() + " " + pattern;
                    Need need = NEEDS.get(key);
                    if (need == null) {
                        unclassified.add(key);
                    } else {
                        found.put(key, need);
                    }
                }
            }
        }
        return found;
    }

    /** The status of one call: path variables name product p1, parameters are present but harmless. */
    private int call(String method, String pattern, Optional<String> username) throws Exception {
        String path = pattern.replace("{id}", "p1")
                .replace("{version}", "9.9")
                .replace("{findingId}", "none")
                .replaceAll("\\{[^}]+}", "1");
        AbstractMockHttpServletRequestBuilder<?> request;
        if (method.equals("POST") && pattern.endsWith("/releases")) {
            request = multipart(path)
                    .file(new MockMultipartFile("model", "m.yaml", "application/yaml", "vigil: 1\n".getBytes()))
                    .param("version", "9.9");
        } else {
            request = request(HttpMethod.valueOf(method), path)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{}");
        }
        for (String p : List.of(
                "id", "name", "from", "to", "status", "justification", "meaning", "password", "username", "role")) {
            request.param(p, "x");
        }
        request.with(csrf());
        username.ifPresent(u -> request.with(user(u)));
        var response = mvc.perform(request).andReturn().getResponse();
        // A page that succeeds may redirect too (after a POST): only a redirect to the sign-in form refuses.
        if (response.getStatus() == 302) {
            String location = String.valueOf(response.getHeader("Location"));
            return location.contains("/login") ? 401 : 200;
        }
        return response.getStatus();
    }
}
