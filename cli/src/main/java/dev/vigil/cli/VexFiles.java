package dev.vigil.cli;

import dev.vigil.engine.vex.VexDocument;
import dev.vigil.engine.vex.VexIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The {@code --vex F...} files of scan and assess, read into one index in the order given. */
final class VexFiles {
    private VexFiles() {}

    /** An empty index when no file is given; an unreadable file is a one-line error naming it (exit 2). */
    static VexIndex index(List<Path> files) {
        List<VexDocument> documents = new ArrayList<>();
        if (files != null) {
            files.forEach(f -> documents.add(VexReadCommand.read(f)));
        }
        return VexIndex.of(documents);
    }
}
