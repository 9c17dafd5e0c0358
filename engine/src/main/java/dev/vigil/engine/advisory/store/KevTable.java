package dev.vigil.engine.advisory.store;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.vigil.engine.advisory.KnownExploited;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The KEV catalog as stored: about 1,500 entries, small enough to load whole when first asked for. */
final class KevTable {
    private KevTable() {}

    static Map<String, KnownExploited> read(Path file, RecordCodec codec) throws IOException {
        Map<String, KnownExploited> entries = new LinkedHashMap<>();
        if (Files.exists(file)) {
            List<KnownExploited> list =
                    codec.mapper().readValue(file.toFile(), new TypeReference<List<KnownExploited>>() {});
            list.forEach(entry -> entries.put(entry.cve(), entry));
        }
        return entries;
    }

    static void write(Path file, Map<String, KnownExploited> entries, RecordCodec codec) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (java.io.FileOutputStream out = new java.io.FileOutputStream(temp.toFile())) {
            out.write(codec.json(List.copyOf(entries.values())));
            out.getFD().sync();
        }
        StoreFiles.replace(temp, file);
    }
}
