package dev.vigil.engine.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A set of output files is replaced whole or not at all, and no temporary file is left behind. */
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

    @Test
    void controlCharactersFromInputsAreEscapedAndLongValuesCut() {
        assertThat(TerminalText.escape("name\u001b[2Jx\u202eevil\nnext")).isEqualTo("name\\u001b[2Jx\\u202eevil\nnext");
        assertThat(TerminalText.quote("a\nb")).isEqualTo("a\\u000ab");
        assertThat(TerminalText.quote("v".repeat(5000))).hasSizeLessThan(160).endsWith("(5000 characters)");
        assertThat(TerminalText.escape("plain café")).isEqualTo("plain café");
    }
}
