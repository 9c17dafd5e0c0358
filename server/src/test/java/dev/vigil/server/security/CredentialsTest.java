package dev.vigil.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.vigil.server.VigilServerTest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@VigilServerTest
class CredentialsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient db;

    @Test
    void afterFiveFailuresEvenTheRightPasswordIsRefusedForAWhile() throws Exception {
        accounts.create(
                "test", "throttled", "T", "right-password-1", List.of(new Grant(Role.VIEWER, Optional.empty())));
        for (int i = 0; i < Credentials.MAX_FAILURES; i++) {
            mvc.perform(post("/api/v1/session")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"username\":\"throttled\",\"password\":\"guess-" + i + "\"}"))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(post("/api/v1/session")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"throttled\",\"password\":\"right-password-1\"}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.detail").isString());
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        accounts.create("test", "hashed", "H", "a-long-password", List.of());
        String stored = db.sql("SELECT password_hash FROM app_user WHERE username = 'hashed'")
                .query(String.class)
                .single();
        assertThat(stored).startsWith("{bcrypt}$2").doesNotContain("a-long-password");
    }

    @Test
    void aFailedSignInIsAudited() throws Exception {
        mvc.perform(post("/api/v1/session")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"nobody-here\",\"password\":\"x\"}"))
                .andExpect(status().isUnauthorized());
        assertThat(db.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'sign-in.failed' AND actor = 'nobody-here'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
