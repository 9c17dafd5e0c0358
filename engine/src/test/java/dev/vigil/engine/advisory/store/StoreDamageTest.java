package dev.vigil.engine.advisory.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Any flipped byte in the store's index or records is found and named, never an index exception. */
class StoreDamageTest {
    @TempDir
    Path dir;

    private Path store() {
        return dir.resolve("store");
    }

    private static String osv(String id) {
        return """
                {"id":"%s","modified":"2024-01-01T00:00:00Z","aliases":["CVE-2099-%s"],
                 "affected":[{"package":{"ecosystem":"PyPI","name":"demo"},
                   "ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"1.10"}]}]}]}
                """
                .formatted(id, id.substring(id.length() - 4));
    }

    @BeforeEach
    void importThreeRecords() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String id : List.of("PYSEC-1001", "PYSEC-1002", "PYSEC-1003")) {
            Files.writeString(in.resolve(id + ".json"), osv(id));
        }
        Files.writeString(
                in.resolve("epss.csv"),
                "#model_version:v2023.03.01,score_date:2024-06-01T00:00:00+0000\ncve,epss,percentile\n"
                        + "CVE-2099-1001,0.5,0.5\n");
        assertThat(AdvisoryStore.importFrom(store(), List.of(in)).imported()).isEqualTo(3);
    }

    @Test
    void anIntactStoreVerifies() throws IOException {
        try (AdvisoryStore store = AdvisoryStore.open(store())) {
            assertThat(store.verify()).isEqualTo(3);
        }
    }

    @Test
    void aFlippedByteAnywhereInTheIndexIsDetectedOnOpen() throws IOException {
        Path index = StoreFiles.index(store());
        byte[] intact = Files.readAllBytes(index);
        for (int at = 0; at < intact.length; at++) {
            byte[] damaged = intact.clone();
            damaged[at] ^= 0x10;
            Files.write(index, damaged);
            int offset = at;
            assertThatThrownBy(() -> AdvisoryStore.open(store()).close())
                    .as("byte %d of %d", offset, intact.length)
                    .isInstanceOf(StoreDamagedException.class)
                    .hasMessageStartingWith("advisory store damaged: ")
                    .hasMessageEndingWith("; re-import or restore");
        }
    }

    @Test
    void aFlippedByteInARecordIsDetectedWhenReadAndByVerify() throws IOException {
        Path data = StoreFiles.data(store(), 0);
        byte[] bytes = Files.readAllBytes(data);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(data, bytes);
        try (AdvisoryStore store = AdvisoryStore.open(store())) {
            assertThatThrownBy(store::verify)
                    .isInstanceOf(StoreDamagedException.class)
                    .hasMessageContaining("records-0.dat");
        }
    }

    @Test
    void aTruncatedEpssTableIsDamageNotAnIndexException() throws IOException {
        Path epss = StoreFiles.epss(store());
        byte[] bytes = Files.readAllBytes(epss);
        Files.write(epss, java.util.Arrays.copyOf(bytes, bytes.length - 3));
        assertThatThrownBy(() -> AdvisoryStore.open(store()).close()).isInstanceOf(StoreDamagedException.class);
    }
}
