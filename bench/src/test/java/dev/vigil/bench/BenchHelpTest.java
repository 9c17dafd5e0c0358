package dev.vigil.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** As the CLI's HelpTest: every bench command's help shows an example of itself that parses today. */
class BenchHelpTest {

    private static List<CommandLine> benchCommands() {
        List<CommandLine> all = new ArrayList<>();
        collect(Bench.commandLine().getSubcommands().get("bench"), all);
        return all;
    }

    private static void collect(CommandLine command, List<CommandLine> all) {
        all.add(command);
        command.getSubcommands().values().forEach(sub -> collect(sub, all));
    }

    @Test
    void everyBenchCommandsHelpShowsAnExampleOfItselfThatParses() {
        List<CommandLine> commands = benchCommands();
        assertThat(commands)
                .extracting(c -> c.getCommandSpec().qualifiedName())
                .contains(
                        "vigil bench",
                        "vigil bench assess",
                        "vigil bench scan",
                        "vigil bench portfolio",
                        "vigil bench advisories",
                        "vigil bench linear");
        for (CommandLine command : commands) {
            String name = command.getCommandSpec().qualifiedName();
            BenchRun help =
                    BenchRun.of(Arrays.copyOfRange((name + " --help").split(" "), 1, name.split(" ").length + 1));
            assertThat(help.exitCode()).as(name).isZero();
            assertThat(help.out()).as(name).startsWith("Usage: " + name).contains("Examples:");
            String examples = help.out().substring(help.out().indexOf("Examples:") + "Examples:".length());
            assertThat(examples).as(name).contains("  " + name);
            for (String line : examples.strip().split("\n")) {
                String[] words = line.strip().split(" +");
                assertThat(words[0]).as(line).isEqualTo("vigil");
                // Parsing (not running) checks every option name, value and required option of the example.
                Bench.commandLine().parseArgs(Arrays.copyOfRange(words, 1, words.length));
            }
        }
    }

    @Test
    void theBenchCommandsKeepVigilsOwnCommandsAndErrorHandling() {
        BenchRun run = BenchRun.of("bench", "assess", "--flows", "-1");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("vigil: --flows must not be negative" + System.lineSeparator());
        assertThat(BenchRun.of("--version").exitCode()).isZero();
    }
}
