package dev.vigil.bench;

import dev.vigil.bench.LinearCase.Prepared;
import dev.vigil.engine.sbom.SbomReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Inputs for the SBOM readers: SPDX tag-value and JSON, CycloneDX JSON and XML, whitespace-heavy forms. */
final class LinearSboms {
    private LinearSboms() {}

    static List<LinearCase> cases() {
        return List.of(
                new LinearCase("SPDX tag-value, packages with <text> comments", LinearSboms::spdxTagValue),
                new LinearCase("SPDX tag-value, one long multi-line <text>", LinearSboms::spdxLongText),
                new LinearCase("SPDX tag-value, long whitespace runs", LinearSboms::spdxWhitespace),
                new LinearCase("SPDX JSON", LinearSboms::spdxJson),
                new LinearCase("CycloneDX JSON", (dir, n) -> cycloneDxJson(dir, n, 0)),
                new LinearCase("CycloneDX JSON, whitespace-heavy", (dir, n) -> cycloneDxJson(dir, n, 64)),
                new LinearCase("CycloneDX XML", LinearSboms::cycloneDxXml));
    }

    /** Reads as {@code vigil sbom check} does, schema validation included. */
    private static Prepared read(Path file, long expected) throws IOException {
        return new Prepared(Files.size(file), expected, () ->
                (long) SbomReader.withDefaults().read(file).components().size());
    }

    private static String spdxHeader() {
        return "SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\nSPDXID: SPDXRef-DOCUMENT\nDocumentName: linear\n"
                + "DocumentNamespace: https://bench.example/spdx/linear\nCreator: Tool: vigil-bench\n"
                + "Created: 2026-11-01T10:15:30Z\n\n";
    }

    private static void spdxPackage(BufferedWriter out, int i) throws IOException {
        out.write("PackageName: pkg-" + i + "\nSPDXID: SPDXRef-p" + i + "\nPackageVersion: 1." + (i % 50)
                + ".0\nPackageDownloadLocation: NOASSERTION\nFilesAnalyzed: false\n"
                + "ExternalRef: PACKAGE-MANAGER purl pkg:pypi/pkg-" + i + "@1." + (i % 50) + ".0\n");
    }

    private static Prepared spdxTagValue(Path dir, int n) throws IOException {
        Path file = dir.resolve("packages.spdx");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(spdxHeader());
            for (int i = 0; i < n; i++) {
                spdxPackage(out, i);
                out.write("PackageComment: <text>Built from source.\nPatched for the device.\n"
                        + "Reviewed by the security team.</text>\n\n");
            }
        }
        return read(file, n);
    }

    /** One value of {@code 20 n} lines: the shape that was quadratic (issue 11, class 3). */
    private static Prepared spdxLongText(Path dir, int n) throws IOException {
        Path file = dir.resolve("long-text.spdx");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(spdxHeader());
            spdxPackage(out, 0);
            out.write("PackageComment: <text>");
            for (int i = 0; i < 20 * n; i++) {
                out.write("line " + i + " of a long comment with some words in it\n");
            }
            out.write("</text>\n");
        }
        return read(file, 1);
    }

    private static Prepared spdxWhitespace(Path dir, int n) throws IOException {
        Path file = dir.resolve("whitespace.spdx");
        String pad = " ".repeat(200);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(spdxHeader());
            for (int i = 0; i < n; i++) {
                spdxPackage(out, i);
                out.write(pad + "\n\n" + pad + "\n");
            }
        }
        return read(file, n);
    }

    private static Prepared spdxJson(Path dir, int n) throws IOException {
        Path file = dir.resolve("packages.spdx.json");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"spdxVersion\":\"SPDX-2.3\",\"dataLicense\":\"CC0-1.0\",\"SPDXID\":\"SPDXRef-DOCUMENT\","
                    + "\"name\":\"linear\",\"documentNamespace\":\"https://bench.example/spdx/linear\","
                    + "\"creationInfo\":{\"created\":\"2026-11-01T10:15:30Z\",\"creators\":[\"Tool: vigil-bench\"]},"
                    + "\"packages\":[\n");
            for (int i = 0; i < n; i++) {
                out.write((i == 0 ? "" : ",\n") + "{\"name\":\"pkg-" + i + "\",\"SPDXID\":\"SPDXRef-p" + i
                        + "\",\"versionInfo\":\"1." + (i % 50) + ".0\",\"downloadLocation\":\"NOASSERTION\","
                        + "\"filesAnalyzed\":false,\"comment\":\"Built from source.\\nPatched.\","
                        + "\"externalRefs\":[{\"referenceCategory\":\"PACKAGE-MANAGER\",\"referenceType\":\"purl\","
                        + "\"referenceLocator\":\"pkg:pypi/pkg-" + i + "@1." + (i % 50) + ".0\"}]}");
            }
            out.write("]}\n");
        }
        return read(file, n);
    }

    /**
     * {@code pad} spaces and a newline between tokens, and {@code 2 n pad} spaces before the document
     * (at n = 1000, 128 KB: past the 64 KB after which a valid document once read as "empty").
     */
    private static Prepared cycloneDxJson(Path dir, int n, int pad) throws IOException {
        Path file = dir.resolve(pad == 0 ? "components.cdx.json" : "whitespace.cdx.json");
        String ws = pad == 0 ? "" : "\n" + " ".repeat(pad);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(" ".repeat(2 * n * pad));
            out.write("{" + ws + "\"bomFormat\":\"CycloneDX\"," + ws + "\"specVersion\":\"1.5\"," + ws
                    + "\"version\":1," + ws + "\"components\":[" + ws);
            for (int i = 0; i < n; i++) {
                out.write((i == 0 ? "" : "," + ws) + "{" + ws + "\"type\":\"library\"," + ws + "\"bom-ref\":\"c" + i
                        + "\"," + ws + "\"name\":\"pkg-" + i + "\"," + ws + "\"version\":\"1." + (i % 50) + ".0\"," + ws
                        + "\"description\":\"A generated component for the linear bench.\"," + ws
                        + "\"purl\":\"pkg:npm/pkg-" + i + "@1." + (i % 50) + ".0\"" + ws + "}");
            }
            out.write(ws + "]" + ws + "}" + ws);
        }
        return read(file, n);
    }

    private static Prepared cycloneDxXml(Path dir, int n) throws IOException {
        Path file = dir.resolve("components.cdx.xml");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.5\" version=\"1\">\n<components>\n");
            for (int i = 0; i < n; i++) {
                out.write("<component type=\"library\" bom-ref=\"c" + i + "\"><name>pkg-" + i + "</name><version>1."
                        + (i % 50) + ".0</version><description>A generated component for the linear bench."
                        + "</description><purl>pkg:npm/pkg-" + i + "@1." + (i % 50) + ".0</purl></component>\n");
            }
            out.write("</components>\n</bom>\n");
        }
        return read(file, n);
    }
}
