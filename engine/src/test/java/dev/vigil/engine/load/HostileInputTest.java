package dev.vigil.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.source.Diagnostic;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Hostile files end in one clear diagnostic each; the timeout only guards against a hang. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class HostileInputTest {

    @TempDir
    Path dir;

    @Test
    void billionLaughsAliasBombIsRefused() throws IOException {
        StringBuilder yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            yaml.append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1))))
                    .append("]\n");
        }
        assertSingleError(write("bomb.yaml", yaml.toString()), "too-many-values");
    }

    @Test
    void doublingAliasBombUnderTheAliasLimitIsRefusedByTheValueLimit() throws IOException {
        StringBuilder yaml = new StringBuilder("b0: &b0 [x, x]\n");
        for (int i = 1; i < 40; i++) {
            yaml.append("b")
                    .append(i)
                    .append(": &b")
                    .append(i)
                    .append(" [*b")
                    .append(i - 1)
                    .append(", *b")
                    .append(i - 1)
                    .append("]\n");
        }
        assertSingleError(write("bomb2.yaml", yaml.toString()), "too-many-values");
    }

    @Test
    void manyAliasesToCollectionsAreRefused() throws IOException {
        StringBuilder yaml = new StringBuilder("a: &a [x]\nb:\n");
        for (int i = 0; i < 200; i++) {
            yaml.append("  - *a\n");
        }
        assertSingleError(write("aliases.yaml", yaml.toString()), "too-many-aliases");
    }

    @Test
    void tenThousandLevelsOfYamlNestingAreRefused() throws IOException {
        assertSingleError(write("deep.yaml", "[".repeat(10_000) + "]".repeat(10_000)), "too-deep");
    }

    @Test
    void tenThousandLevelsOfJsonNestingAreRefused() throws IOException {
        assertSingleError(write("deep.json", "[".repeat(10_000) + "]".repeat(10_000)), "too-deep");
    }

    @Test
    void aHundredMegabyteFileIsRefusedBeforeItIsRead() throws IOException {
        Path big = dir.resolve("big.yaml");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(100L * 1024 * 1024);
        }
        Diagnostic d = assertSingleError(big, "file-too-large");
        assertThat(d.message()).contains("104,857,600 bytes");
    }

    @Test
    void binaryGarbageIsRefused() throws IOException {
        byte[] bytes = new byte[64 * 1024];
        new Random(42).nextBytes(bytes);
        bytes[0] = (byte) 0xFF; // never valid UTF-8, so the outcome does not depend on the seed
        Path file = dir.resolve("garbage.yaml");
        Files.write(file, bytes);
        assertSingleError(file, "not-utf8");
    }

    @Test
    void nulBytesInOtherwiseValidTextAreRefused() throws IOException {
        Diagnostic d = assertSingleError(write("nul.yaml", "vigil: 1\nsystem:\0\n"), "binary-file");
        assertThat(d.location().line()).isEqualTo(2);
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        assertSingleError(write("empty.yaml", ""), "empty-file");
    }

    @Test
    void aDirectoryIsRefused() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("model.yaml"));
        assertSingleError(sub, "not-a-file");
    }

    @Test
    void aMissingFileIsRefused() {
        assertSingleError(dir.resolve("nowhere.yaml"), "file-not-found");
    }

    @Test
    void latin1TextIsRefusedWithTheLineOfTheBadByte() throws IOException {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, "vigil: 1\nsystem: {name: Caf\u00e9}\n".getBytes(StandardCharsets.ISO_8859_1));
        Diagnostic d = assertSingleError(file, "not-utf8");
        assertThat(d.location().line()).isEqualTo(2);
        assertThat(d.message()).contains("0xE9");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static Diagnostic assertSingleError(Path file, String code) {
        LoadResult result = new ModelLoader().load(file);
        assertThat(result.isValid()).isFalse();
        assertThat(result.diagnostics()).hasSize(1);
        Diagnostic d = result.diagnostics().get(0);
        assertThat(d.code()).isEqualTo(code);
        assertThat(d.toString())
                .startsWith(file + ":")
                .doesNotContain("Exception")
                .doesNotContain("\n");
        return d;
    }
}
