package dev.vigil.server.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.vigil.server.VigilServerTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@VigilServerTest
class ModelUploadRepositoryTest {

    /** Large enough to need a LOB on H2 (VARCHAR stops at 1,000,000 characters), with non-ASCII text. */
    private static final String BIG_MODEL =
            "vigil: 1\nsystem:\n  name: Glukoseüberwachung – µ-Pumpe\n" + "# padding\n".repeat(110_000);

    @Autowired
    ModelUploadRepository uploads;

    @Autowired
    MockMvc mvc;

    @AfterEach
    void forgetUploads() {
        uploads.deleteAll();
    }

    @Test
    void anUploadComesBackVerbatimWithAGeneratedId() {
        Instant uploadedAt = Instant.parse("2026-11-24T03:30:00.123456Z");

        ModelUpload saved = uploads.save(ModelUpload.of("glucoflow.yaml", uploadedAt, BIG_MODEL));

        assertThat(saved.id()).isNotNull();
        ModelUpload loaded = uploads.findById(saved.id()).orElseThrow();
        assertThat(loaded.name()).isEqualTo("glucoflow.yaml");
        assertThat(loaded.uploadedAt()).isEqualTo(uploadedAt);
        assertThat(loaded.content()).isEqualTo(BIG_MODEL);
    }

    @Test
    void uploadsAreListedNewestFirst() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        uploads.save(ModelUpload.of("older.yaml", now.minusSeconds(60), "vigil: 1\n"));
        uploads.save(ModelUpload.of("newer.yaml", now, "vigil: 1\n"));

        assertThat(uploads.findAllByOrderByUploadedAtDesc())
                .extracting(ModelUpload::name)
                .containsExactly("newer.yaml", "older.yaml");
    }

    @Test
    void theModelsPageListsStoredUploadsToSignedInUsers() throws Exception {
        uploads.save(ModelUpload.of("insulin-pump.yaml", Instant.now(), "vigil: 1\n"));

        mvc.perform(get("/models").with(user("reviewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>insulin-pump.yaml</td>")));
    }

    @Test
    void theModelsPageSaysSoWhenNothingIsStored() throws Exception {
        mvc.perform(get("/models").with(user("reviewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No system models stored yet.")));
    }
}
