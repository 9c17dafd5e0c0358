package dev.vigil.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.cli.ExitCodes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A real run out of heap, in a fresh JVM: {@code bench assess} runs the rules in parallel, so the error comes
 * back wrapped in a {@code CompletionException}; it was reported as an internal error (exit 3) at
 * {@code -Xmx512m} before. Whatever the heap and wherever it runs out, one line, exit 2 (issue 11, class 3).
 */
class BenchOutOfMemoryTest {

    @ParameterizedTest(name = "-Xmx{0}")
    // 48m runs out while loading; 300m in the parallel rule run (wrapped; exit 3 before)
    @ValueSource(strings = {"48m", "300m"})
    void runningOutOfHeapInARealRunIsOneLineAndExitTwo(String heap) throws Exception {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                Bench.class.getName(),
                "bench",
                "assess");
        Process process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(err).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.lines()).singleElement().asString().startsWith("vigil: out of memory:");
    }
}
