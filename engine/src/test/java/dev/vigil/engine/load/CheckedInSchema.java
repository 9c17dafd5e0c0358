package dev.vigil.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one check that a JSON Schema kept in {@code schema/} is exactly what its shape declaration generates;
 * with {@code -Dvigil.schema.write=true} the file is written first, so the check then passes.
 */
public final class CheckedInSchema {
    private CheckedInSchema() {}

    public static void assertMatches(Path file, String generated) throws IOException {
        if (Boolean.getBoolean("vigil.schema.write")) {
            Files.writeString(file, generated);
        }
        assertThat(Files.exists(file) ? Files.readString(file) : "(missing)")
                .as(file + " is stale: regenerate it with -Dvigil.schema.write=true (see the test's comment)")
                .isEqualTo(generated);
    }
}
