package dev.vigil.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.vigil.server.ServerTestEnvironment;
import dev.vigil.server.VigilServerTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

@VigilServerTest
class AccessControlTest {

    /** Every path an anonymous visitor may open. Adding one is a decision: make it here, on purpose. */
    private static final Set<String> PUBLIC_CONTROLLER_PATHS = Set.of(
            "/",
            "/status",
            "/error",
            "/api/v1/session",
            // The CSAF provider directory: published advisories, public by design (issue 13, item 7).
            "/.well-known/csaf/provider-metadata.json",
            "/.well-known/csaf/white/index.txt",
            "/.well-known/csaf/white/changes.csv",
            "/.well-known/csaf/white/{year}/{file:.+}");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping controllers;

    @Test
    void everyControllerEndpointOutsideThePublicListRefusesAnonymousRequests() throws Exception {
        Set<String> publicPathsFound = new TreeSet<>();
        List<String> open = new ArrayList<>();
        for (RequestMappingInfo mapping : controllers.getHandlerMethods().keySet()) {
            for (String pattern : mapping.getPatternValues()) {
                if (PUBLIC_CONTROLLER_PATHS.contains(pattern)) {
                    publicPathsFound.add(pattern);
                    continue;
                }
                for (HttpMethod method : methodsOf(mapping)) {
                    // With a valid CSRF token, so that only authorization can refuse the request.
                    int status = mvc.perform(
                                    request(method, concretePath(pattern)).with(csrf()))
                            .andReturn()
                            .getResponse()
                            .getStatus();
                    // 302 to the login form for pages, 401 for the API.
                    if (status != 302 && status != 401) {
                        open.add(method + " " + pattern + " answered " + status);
                    }
                }
            }
        }
        assertThat(open).as("endpoints open to anonymous callers").isEmpty();
        assertThat(publicPathsFound)
                .as("the public list names endpoints that exist")
                .containsExactlyInAnyOrderElementsOf(PUBLIC_CONTROLLER_PATHS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/models", "/actuator/env", "/actuator/info", "/no-such-page"})
    void anonymousBrowserIsSentToTheLoginForm(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void anonymousVisitorGetsTheLoginFormAndItsStylesheet() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"password\"")))
                .andExpect(content().string(containsString("/default-ui.css")));
        mvc.perform(get("/default-ui.css")).andExpect(status().isOk());
    }

    @Test
    void anonymousApiCallGetsA401InsteadOfTheLoginForm() throws Exception {
        mvc.perform(get("/api/models")).andExpect(status().isUnauthorized());
    }

    @Test
    void signedInUserOpensProtectedPages() throws Exception {
        mvc.perform(get("/models").with(user("reviewer"))).andExpect(status().isOk());
    }

    @Test
    void actuatorEndpointsBeyondHealthStayClosedEvenWhenSignedIn() throws Exception {
        mvc.perform(get("/actuator/env").with(user("reviewer"))).andExpect(status().isNotFound());
    }

    @Test
    void onlyAdminsSeeWhatIsBehindTheHealthStatus() throws Exception {
        mvc.perform(get("/actuator/health").with(user("reviewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }

    @Test
    void adminSignsInWithTheConfiguredPassword() throws Exception {
        mvc.perform(formLogin().user("admin").password(ServerTestEnvironment.ADMIN_PASSWORD))
                .andExpect(authenticated().withUsername("admin").withRoles("ADMIN"))
                .andExpect(redirectedUrl("/products"));
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        mvc.perform(formLogin().user("admin").password("not-" + ServerTestEnvironment.ADMIN_PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void formPostWithoutCsrfTokenIsRefusedEvenWhenSignedIn() throws Exception {
        mvc.perform(post("/logout").with(user("reviewer"))).andExpect(status().isForbidden());
    }

    @Test
    void pagesForbidInlineAndForeignScripts() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY));
        assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY)
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
    }

    private static Set<HttpMethod> methodsOf(RequestMappingInfo mapping) {
        Set<RequestMethod> declared = mapping.getMethodsCondition().getMethods();
        if (declared.isEmpty()) {
            return Set.of(HttpMethod.GET, HttpMethod.POST);
        }
        Set<HttpMethod> methods = new TreeSet<>((a, b) -> a.name().compareTo(b.name()));
        declared.forEach(m -> methods.add(m.asHttpMethod()));
        return methods;
    }

    /** Path variables get a harmless value; the security filter decides before any handler runs. */
    private static String concretePath(String pattern) {
        return pattern.replaceAll("\\{[^}]+}", "1").replace("/**", "/x");
    }
}
