package dev.vigil.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points the server at a fresh directory under target/ (never the user's data directory) and gives
 * the admin a password that exists only in this JVM, so no password is written into the repository.
 */
public final class ServerTestEnvironment implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ADMIN_PASSWORD = "test-" + UUID.randomUUID();

    public static final Path DATA_DIR = freshDataDirectory();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("vigil.data-dir=" + DATA_DIR, "vigil.admin.password=" + ADMIN_PASSWORD)
                .applyTo(context);
    }

    /**
     * Gives a test context its own H2 database and advisory store. Contexts that queue background jobs need
     * it: cached contexts sharing one database each run a job scheduler, and a job taken by another context's
     * scheduler runs against that context's advisory store.
     */
    public static void ownDatabaseAndStore(DynamicPropertyRegistry registry, String name) {
        try {
            Path own = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")), name + "-")
                    .toAbsolutePath();
            registry.add("vigil.advisories", () -> own.resolve("advisories").toString());
            registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + own.resolve("vigil"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path freshDataDirectory() {
        try {
            Path parent = Files.createDirectories(Path.of("target", "test-data"));
            return Files.createTempDirectory(parent, "vigil-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
