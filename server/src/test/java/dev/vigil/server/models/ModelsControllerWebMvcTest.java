package dev.vigil.server.models;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The stored models page (MVC slice, repository mocked): empty, and with a model. */
@WebMvcTest(ModelsController.class)
class ModelsControllerWebMvcTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ModelUploadRepository uploads;

    @Test
    void anEmptyInstanceSaysSo() throws Exception {
        when(uploads.findAllByOrderByUploadedAtDesc()).thenReturn(List.of());
        mvc.perform(get("/models").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("No system models stored yet.")));
    }

    @Test
    void eachStoredModelIsListed() throws Exception {
        when(uploads.findAllByOrderByUploadedAtDesc())
                .thenReturn(List.of(
                        new ModelUpload(3L, "glucoflow.yaml", Instant.parse("2026-12-04T10:00:00Z"), "vigil: 1\n")));
        mvc.perform(get("/models").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("glucoflow.yaml")));
    }
}
