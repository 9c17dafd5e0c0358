package dev.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

@VigilServerTest
class VigilServerApplicationTest {

    @Test
    void embeddedDatabaseIsAFileInTheConfiguredDataDirectory() {
        assertThat(ServerTestEnvironment.DATA_DIR.resolve("vigil.mv.db")).isRegularFile();
    }
}
