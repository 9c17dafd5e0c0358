package dev.vigil.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** docs/model-format.md is the shipped copy of the model contract kept in ../shared/spec. */
class ModelFormatDocTest {

    @Test
    void theShippedFormatDescriptionIsTheContract() throws IOException {
        Path contract = Path.of("../../shared/spec/model-format.md");
        Assumptions.assumeTrue(Files.exists(contract), "skipped: ../shared/spec is not present on this machine");
        assertThat(Files.readString(Path.of("../docs/model-format.md")))
                .as("docs/model-format.md differs from the contract; copy ../shared/spec/model-format.md over it")
                .isEqualTo(Files.readString(contract));
    }
}
