package dev.vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a command's document to standard output or a file, the file replaced whole or not at all. */
final class OutputFiles {
    private OutputFiles() {}

    static void write(PrintWriter stdout, Path file, String text) {
        if (file == null) {
            stdout.print(text.endsWith("\n") ? text : text + "\n");
            stdout.flush();
            return;
        }
        Path target = file.toAbsolutePath();
        try {
            if (Files.isDirectory(target)) {
                throw new BadInputException(file + ": is a directory; --out names a file");
            }
            Path dir = target.getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            // written beside the target and moved over it, so a failure never leaves half a document
            Path tmp = Files.createTempFile(dir, ".vigil-", ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be written: " + e.getMessage());
        }
    }
}
