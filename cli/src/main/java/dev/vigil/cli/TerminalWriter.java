package dev.vigil.cli;

import dev.vigil.engine.source.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Everything a command writes to standard output or error, on its way out: a control character or a
 * bidirectional override that came from an input (a component name, an advisory id, a case title) is
 * written as {@code \\uXXXX}, so no input can move the cursor, clear the screen, retitle the terminal or
 * forge a line in a CI log, whichever command prints it. Line breaks and tabs pass. In JSON output a raw
 * such character can only stand inside a string, where {@code \\uXXXX} means the same character.
 */
final class TerminalWriter extends Writer {
    private final PrintWriter target;

    TerminalWriter(PrintWriter target) {
        this.target = target;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        int run = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (TerminalText.unsafe(chars[i])) {
                target.write(chars, run, i - run);
                target.write(String.format("\\u%04x", (int) chars[i]));
                run = i + 1;
            }
        }
        target.write(chars, run, end - run);
    }

    @Override
    public void flush() {
        target.flush();
    }

    @Override
    public void close() {
        target.close();
    }
}
