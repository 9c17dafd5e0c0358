package dev.vigil.engine.scan;

import dev.vigil.engine.advisory.store.AdvisoryStore;
import dev.vigil.engine.sbom.Sbom;
import dev.vigil.engine.sbom.SbomComponent;
import dev.vigil.engine.sbom.SbomFormat;
import dev.vigil.engine.sbom.SbomMetadata;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stores and SBOMs for scan tests. The advisory records are the real ones the advisory tests ship in
 * {@code src/test/resources/advisory} (licenses in its README): the log4j GHSA record, the NVD record of
 * CVE-2023-4863, CISA CSAF advisories and a KEV excerpt.
 */
final class ScanFixtures {
    private ScanFixtures() {}

    static Path resource(String path) {
        try {
            return Path.of(ScanFixtures.class.getResource(path).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A store with the shipped OSV, NVD, CSAF and KEV test records, plus any extra files. */
    static AdvisoryStore store(Path directory, Path... extra) throws IOException {
        List<Path> inputs = new ArrayList<>(List.of(
                resource("/advisory/osv"),
                resource("/advisory/nvd"),
                resource("/advisory/csaf"),
                resource("/advisory/kev")));
        inputs.addAll(List.of(extra));
        AdvisoryStore.importFrom(directory, inputs);
        return AdvisoryStore.open(directory);
    }

    static SbomComponent purl(String name, String version, String purl) {
        return new SbomComponent(
                purl, "library", null, name, version, purl, null, null, null, List.of(), List.of(), null, null, null);
    }

    static SbomComponent cpe(String name, String version, String cpe) {
        return new SbomComponent(
                name + "@" + version,
                "application",
                null,
                name,
                version,
                null,
                cpe,
                null,
                null,
                List.of(),
                List.of(),
                null,
                null,
                null);
    }

    static SbomComponent product(String supplier, String name, String version) {
        return new SbomComponent(
                name + "@" + version,
                "device",
                null,
                name,
                version,
                null,
                null,
                supplier,
                null,
                List.of(),
                List.of(),
                null,
                null,
                null);
    }

    static Sbom sbom(SbomComponent... components) {
        return new Sbom(
                new SbomMetadata(SbomFormat.CYCLONEDX_JSON, "1.6", null, "test", null, null, List.of(), List.of()),
                List.of(components),
                Map.of(),
                List.of());
    }
}
