package dev.vigil.bench;

import dev.vigil.engine.advisory.PackageKey;
import dev.vigil.engine.sbom.Sbom;
import dev.vigil.engine.sbom.SbomComponent;
import dev.vigil.engine.sbom.SbomFormat;
import dev.vigil.engine.sbom.SbomMetadata;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a CycloneDX 1.5 JSON SBOM whose components are the packages {@link SyntheticAdvisories}
 * generates advisories for (a share {@code named}) and packages it does not, at versions spread over
 * the generated ranges, so a scan benchmark matches, misses and evaluates ranges as a real one does.
 */
final class SyntheticSbom {
    private SyntheticSbom() {}

    /** Writes {@code count} components for a store generated from {@code records} records and {@code seed}. */
    static void write(Path file, int count, int records, long seed, double named) throws IOException {
        List<PackageKey> keys = SyntheticAdvisories.components(count, records, seed, named);
        SplittableRandom random = new SplittableRandom(seed * 31 + 7);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.5\",\"version\":1,\"components\":[\n");
            for (int i = 0; i < keys.size(); i++) {
                PackageKey key = keys.get(i);
                String version = random.nextInt(5) + "." + random.nextInt(3) + "." + random.nextInt(25);
                String purl = purl(key, version);
                out.write(i == 0 ? "" : ",\n");
                out.write("{\"type\":\"library\",\"bom-ref\":\"c" + i + "\",\"name\":\"" + key.name()
                        + "\",\"version\":\"" + version + "\",\"purl\":\"" + purl + "\"}");
            }
            out.write("\n]}\n");
        }
    }

    /**
     * The same kind of SBOM held in memory, for benchmarks over many SBOMs (a portfolio) where writing
     * and parsing files would measure the reader rather than the matching.
     */
    static Sbom generate(String name, int count, int records, long seed, double named) {
        List<PackageKey> keys = SyntheticAdvisories.components(count, records, seed, named);
        SplittableRandom random = new SplittableRandom(seed * 31 + 7);
        List<SbomComponent> components = new ArrayList<>(keys.size());
        for (PackageKey key : keys) {
            String version = random.nextInt(5) + "." + random.nextInt(3) + "." + random.nextInt(25);
            String purl = purl(key, version);
            components.add(new SbomComponent(
                    purl,
                    "library",
                    null,
                    key.name(),
                    version,
                    purl,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    null,
                    null,
                    null));
        }
        return new Sbom(
                new SbomMetadata(SbomFormat.CYCLONEDX_JSON, "1.5", null, name, null, null, List.of(), List.of()),
                components,
                Map.of(),
                List.of());
    }

    static String purl(PackageKey key, String version) {
        String name = key.name();
        return switch (key.ecosystem()) {
            case "npm" -> "pkg:npm/" + name.replace("@", "%40") + "@" + version;
            case "PyPI" -> "pkg:pypi/" + name + "@" + version;
            case "Maven" -> "pkg:maven/" + name.replace(':', '/') + "@" + version;
            case "Go" -> "pkg:golang/" + name + "@v" + version;
            case "Debian" -> "pkg:deb/debian/" + name + "@" + version + "?distro=debian-12";
            case "crates.io" -> "pkg:cargo/" + name + "@" + version;
            case "NuGet" -> "pkg:nuget/" + name + "@" + version;
            case "RubyGems" -> "pkg:gem/" + name + "@" + version;
            case "Packagist" -> "pkg:composer/" + name + "@" + version;
            default -> "pkg:generic/" + name + "@" + version;
        };
    }
}
