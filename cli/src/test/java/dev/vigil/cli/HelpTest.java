package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What a newcomer meets: help for any command however deep, and an example in every command's help. */
class HelpTest {

    /** Every command of the tree with its full name, for example "vigil advisories import". */
    private static List<CommandLine> allCommands() {
        List<CommandLine> all = new ArrayList<>();
        collect(VigilCommand.commandLine(), all);
        return all;
    }

    private static void collect(CommandLine command, List<CommandLine> all) {
        all.add(command);
        command.getSubcommands().values().forEach(sub -> collect(sub, all));
    }

    @Test
    void helpOfANestedCommandShowsThatCommandsHelp() {
        CommandRun help = CommandRun.of("help", "advisories", "import");
        CommandRun own = CommandRun.of("advisories", "import", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: vigil advisories import").isEqualTo(own.out());
    }

    @Test
    void helpOfAnUnknownCommandNamesTheChoicesAndExitsTwo() {
        CommandRun run = CommandRun.of("help", "advisories", "nope");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("unknown command 'nope' in 'vigil advisories'", "import", "stats");
    }

    @Test
    void everyCommandsHelpShowsAnExampleOfItself() {
        List<CommandLine> commands = allCommands();
        assertThat(commands).hasSizeGreaterThan(20);
        for (CommandLine command : commands) {
            String usage = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
            String name = command.getCommandSpec().qualifiedName();
            assertThat(usage).as(name).contains("Examples:");
            String examples = usage.substring(usage.indexOf("Examples:"));
            String expected = name.equals("vigil") ? "  vigil " : "  " + name;
            assertThat(examples).as(name).contains(expected);
        }
    }

    @Test
    void everyExampleParsesAgainstTheOptionsItsCommandHasToday() {
        for (CommandLine command : allCommands()) {
            String usage = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
            String examples = usage.substring(usage.indexOf("Examples:") + "Examples:".length());
            for (String line : examples.strip().split("\n")) {
                String example = line.strip();
                if (example.contains(" > ")) {
                    example = example.substring(0, example.indexOf(" > ")); // the shell's redirection
                }
                String[] words = example.split(" +");
                assertThat(words[0]).as(example).isEqualTo("vigil");
                String[] args = Arrays.copyOfRange(words, 1, words.length);
                // Parsing (not running) checks every option name, value and required option of the example.
                VigilCommand.commandLine().parseArgs(args);
            }
        }
    }
}
