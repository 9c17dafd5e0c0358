package dev.vigil.server.models;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ModelUploadTest {

    @Test
    void aBlankNameIsRefusedWithTheNameInTheMessage() {
        assertThatThrownBy(() -> ModelUpload.of(" ", Instant.EPOCH, "vigil: 1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must have 1 to 200 characters and not be blank: ' '");
    }

    @Test
    void aNameLongerThanTheColumnIsRefused() {
        assertThatThrownBy(() -> ModelUpload.of("m".repeat(201), Instant.EPOCH, "vigil: 1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("name must have 1 to 200 characters");
    }

    @Test
    void contentIsRequired() {
        assertThatThrownBy(() -> ModelUpload.of("pump.yaml", Instant.EPOCH, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("content == null");
    }
}
