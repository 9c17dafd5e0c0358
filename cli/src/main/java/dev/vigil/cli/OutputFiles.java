package dev.vigil.cli;

import dev.vigil.engine.source.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a command's document to standard output or a file, the file replaced whole or not at all. */
final class OutputFiles {
    private OutputFiles() {}

    static void write(PrintWriter stdout, Path file, String text) {
        if (file == null) {
            stdout.print(text.endsWith("\n") ? text : text + "\n");
            stdout.flush();
            return;
        }
        if (Files.isDirectory(file)) {
            throw new BadInputException(file + ": is a directory; --out names a file");
        }
        try {
            // written beside the target and moved over it, so a failure never leaves half a document; a
            // device or pipe (--out /dev/stdout) is written into, never replaced
            AtomicFiles.write(file, text);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be written: " + e.getMessage());
        }
    }
}
