package dev.vigil.engine.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A set of output files is replaced whole or not at all, and no temporary file is left behind; a target
 * that is a device or a pipe is written into, never replaced (issue 11, class 8).
 */
class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aFailureWritingAnyFileOfTheSetLeavesThePreviousSet() throws IOException {
        Path json = Files.writeString(dir.resolve("report.json"), "old json");
        Path html = Files.writeString(dir.resolve("report.html"), "old html");
        Path blocker = Files.writeString(dir.resolve("not-a-dir"), "a file where a folder should be");
        Map<Path, String> set = new LinkedHashMap<>();
        set.put(json, "new json");
        set.put(html, "new html");
        set.put(blocker.resolve("diagram.svg"), "<svg/>");
        assertThatThrownBy(() -> AtomicFiles.writeAll(set)).isInstanceOf(IOException.class);
        assertThat(Files.readString(json)).isEqualTo("old json");
        assertThat(Files.readString(html)).isEqualTo("old html");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .doesNotContain(".part")
                    .allMatch(n -> !n.endsWith(".part"));
        }
    }

    @Test
    void aCompleteSetReplacesEveryFile() throws IOException {
        Path json = Files.writeString(dir.resolve("report.json"), "old json");
        Map<Path, String> set = new LinkedHashMap<>();
        set.put(json, "new json");
        set.put(dir.resolve("sub/report.html"), "new html");
        assertThat(AtomicFiles.writeAll(set)).containsExactly(json, dir.resolve("sub/report.html"));
        assertThat(Files.readString(json)).isEqualTo("new json");
        assertThat(Files.readString(dir.resolve("sub/report.html"))).isEqualTo("new html");
    }

    private Path fifo(String name) throws IOException, InterruptedException {
        Path fifo = dir.resolve(name);
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor())
                .isZero();
        return fifo;
    }

    /** A device or pipe among the targets (as /dev/stdout is) is written into; moving over it replaced it. */
    @Test
    void aNamedPipeIsWrittenIntoAndStaysAPipe() throws Exception {
        Path fifo = fifo("out.pipe");
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(fifo);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Map<Path, String> set = new LinkedHashMap<>();
        set.put(dir.resolve("report.json"), "new json");
        set.put(fifo, "through the pipe");
        assertThat(AtomicFiles.writeAll(set)).containsExactly(dir.resolve("report.json"), fifo);
        assertThat(new String(read.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8))
                .isEqualTo("through the pipe");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.readString(dir.resolve("report.json"))).isEqualTo("new json");
    }

    /** A pipe whose reader has gone fails the set, which then leaves the files as they were. */
    @Test
    void aPipeWhoseReaderHasGoneFailsTheSetAndLeavesThePreviousFiles() throws Exception {
        Path json = Files.writeString(dir.resolve("report.json"), "old json");
        Path fifo = fifo("out.pipe");
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            try {
                Files.newInputStream(fifo).close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Map<Path, String> set = new LinkedHashMap<>();
        set.put(json, "new json");
        set.put(fifo, "x".repeat(4 << 20)); // far more than a pipe buffers: the write meets the closed end
        assertThatThrownBy(() -> AtomicFiles.writeAll(set)).isInstanceOf(IOException.class);
        reader.get(30, TimeUnit.SECONDS);
        assertThat(Files.readString(json)).isEqualTo("old json");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(n -> !n.endsWith(".part"));
        }
    }

    @Test
    void aDirectoryIsRefusedNotReplaced() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> AtomicFiles.write(empty, "x"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("is a directory");
        assertThat(Files.isDirectory(empty)).isTrue();
    }

    @Test
    void aSymbolicLinkStaysALinkAndTheFileItNamesIsReplaced() throws IOException {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
        AtomicFiles.write(link, "new");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void controlCharactersFromInputsAreEscapedAndLongValuesCut() {
        assertThat(TerminalText.escape("name\u001b[2Jx\u202eevil\nnext")).isEqualTo("name\\u001b[2Jx\\u202eevil\nnext");
        assertThat(TerminalText.quote("a\nb")).isEqualTo("a\\u000ab");
        assertThat(TerminalText.quote("v".repeat(5000))).hasSizeLessThan(160).endsWith("(5000 characters)");
        assertThat(TerminalText.escape("plain café")).isEqualTo("plain café");
    }
}
