package dev.vigil.server.landing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.vigil.server.VigilServerTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@VigilServerTest
class LandingPageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anonymousVisitorSeesWhatVigilIsAndALinkToTheHealthEndpoint() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cybersecurity for medical devices")))
                .andExpect(content().string(containsString("href=\"/actuator/health\"")))
                .andExpect(content().string(containsString("hx-get=\"/status\"")));
    }

    @Test
    void statusFragmentForHtmxHoldsOnlyTheStatusNotAWholePage() throws Exception {
        mvc.perform(get("/status").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">UP</span>")))
                .andExpect(content().string(containsString("class=\"status up\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void theHtmxScriptThePageLoadsIsServedFromTheJarToAnonymousVisitors() throws Exception {
        String page = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        Matcher script = Pattern.compile("<script src=\"(/webjars/htmx\\.org/[^\"]+/htmx\\.min\\.js)\"")
                .matcher(page);
        assertThat(script.find()).as("the page loads htmx from /webjars").isTrue();

        mvc.perform(get(script.group(1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("htmx")));
    }

    @Test
    void healthIsUpForAnonymousCallersAndRevealsNoDetails() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
    }
}
