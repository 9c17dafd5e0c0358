package dev.vigil.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.Parameters;

/**
 * {@code vigil help [COMMAND...]}: the help of any command, however deep ({@code vigil help advisories
 * import}). Picocli's own help command looks one level down only, so a newcomer asking about a subcommand
 * got its parent's help instead.
 */
@Command(
        name = "help",
        helpCommand = true,
        description = "Show the help of a command, however deep.",
        footerHeading = "%nExamples:%n",
        footer = "  vigil help advisories import")
final class HelpCommand implements IHelpCommandInitializable2, Runnable {

    @Parameters(paramLabel = "COMMAND", description = "The command, with its subcommands, to show the help of.")
    List<String> path = new ArrayList<>();

    private CommandLine self;
    private Help.ColorScheme colors;

    @Override
    public void init(CommandLine helpCommandLine, Help.ColorScheme colorScheme, PrintWriter out, PrintWriter err) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
    }

    @Override
    public void run() {
        CommandLine target = self.getParent();
        List<String> walked = new ArrayList<>(List.of(target.getCommandName()));
        for (String name : path) {
            CommandLine next = target.getSubcommands().get(name);
            if (next == null) {
                throw new CommandLine.ParameterException(
                        self,
                        "unknown command '" + name + "' in '" + String.join(" ", walked) + "'; its commands are: "
                                + String.join(", ", target.getSubcommands().keySet()));
            }
            walked.add(name);
            target = next;
        }
        target.usage(self.getOut(), colors);
    }
}
