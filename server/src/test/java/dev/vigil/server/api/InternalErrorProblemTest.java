package dev.vigil.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issue 11, class 3 in the server: whatever an API handler throws that nobody expected, an Error included,
 * the caller gets a 500 problem detail naming an incident id, never a trace, a class name or the message.
 */
class InternalErrorProblemTest {

    @RestController
    static class FailingApi {
        @GetMapping("/api/v1/failing/{kind}")
        String fail(@PathVariable String kind) {
            switch (kind) {
                case "stack" -> throw new StackOverflowError("secret-frame");
                case "memory" -> throw new OutOfMemoryError("secret-heap");
                case "error" -> throw new AssertionError("secret-assertion");
                default -> throw new IllegalStateException("secret-state at dev.vigil.Secret");
            }
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingApi())
            .setControllerAdvice(new ApiProblemHandler())
            .build();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "stack, nested too deeply",
        "memory, ran out of memory",
        "error, failed on this request",
        "state, failed on this request"
    })
    void anUnexpectedFailureIsA500ProblemWithAnIncidentIdOnly(String kind, String says) throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/failing/" + kind).accept(MediaType.APPLICATION_JSON))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(500);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
        String body = result.getResponse().getContentAsString();
        assertThat(body)
                .contains("\"title\":\"Internal error\"")
                .contains(says)
                .containsPattern("\"incident\":\"[0-9a-f-]{36}\"")
                .doesNotContain("secret")
                .doesNotContain("Error")
                .doesNotContain("Exception")
                .doesNotContain("dev.vigil");
    }
}
