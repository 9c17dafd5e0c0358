package dev.vigil.server.landing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The landing page and its status fragment (MVC slice, health mocked): a down instance says so. */
@WebMvcTest(LandingController.class)
@WithMockUser
class LandingControllerWebMvcTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    HealthEndpoint health;

    @Test
    void theLandingPageIsAWholePage() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("/status")));
    }

    @Test
    void theStatusFragmentShowsWhatTheHealthCheckSays() throws Exception {
        // HealthDescriptor is sealed: its final leaf stands in for it.
        HealthDescriptor down = mock(IndicatedHealthDescriptor.class);
        when(down.getStatus()).thenReturn(Status.DOWN);
        when(health.health()).thenReturn(down);
        mvc.perform(get("/status").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">DOWN<")))
                .andExpect(content().string(not(containsString("status up"))))
                .andExpect(content().string(not(containsString("<html"))));
    }
}
