package dev.vigil.engine.sbom;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes an SPDX 2.3 document of any size, in JSON or tag-value, for scale tests and benchmarks: packages
 * with purl, CPE, supplier, checksum, licenses, an FDA support annotation, a multi-line text field, and a
 * DEPENDS_ON relationship each. Generated, never committed.
 */
public final class SyntheticSpdx {
    private SyntheticSpdx() {}

    private static String name(int i) {
        return "package-" + i;
    }

    private static String version(int i) {
        return (i % 7) + "." + (i % 13) + "." + (i % 5);
    }

    private static String purl(int i) {
        return i % 3 == 0
                ? "pkg:maven/org.example.group" + (i % 50) + "/" + name(i) + "@" + version(i)
                : "pkg:pypi/" + name(i) + "@" + version(i);
    }

    /** {@code packages} packages plus the described firmware package, in SPDX 2.3 JSON. */
    public static Path writeJson(Path file, int packages) throws IOException {
        try (JsonGenerator json = new ObjectMapper().getFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("spdxVersion", "SPDX-2.3");
            json.writeStringField("dataLicense", "CC0-1.0");
            json.writeStringField("SPDXID", "SPDXRef-DOCUMENT");
            json.writeStringField("name", "synthetic-" + packages);
            json.writeStringField("documentNamespace", "https://example.org/spdx/synthetic-" + packages);
            json.writeObjectFieldStart("creationInfo");
            json.writeStringField("created", "2026-11-24T03:00:00Z");
            json.writeArrayFieldStart("creators");
            json.writeString("Tool: synthetic-1.0");
            json.writeString("Organization: Device Security Team");
            json.writeEndArray();
            json.writeEndObject();
            json.writeArrayFieldStart("documentDescribes");
            json.writeString("SPDXRef-firmware");
            json.writeEndArray();
            json.writeArrayFieldStart("packages");
            json.writeStartObject();
            json.writeStringField("SPDXID", "SPDXRef-firmware");
            json.writeStringField("name", "infusion-pump-firmware");
            json.writeStringField("versionInfo", "4.2.0");
            json.writeStringField("downloadLocation", "NOASSERTION");
            json.writeStringField("primaryPackagePurpose", "FIRMWARE");
            json.writeEndObject();
            for (int i = 0; i < packages; i++) {
                json.writeStartObject();
                json.writeStringField("SPDXID", "SPDXRef-p" + i);
                json.writeStringField("name", name(i));
                json.writeStringField("versionInfo", version(i));
                json.writeStringField("supplier", "Organization: Supplier " + (i % 100));
                json.writeStringField("downloadLocation", "NOASSERTION");
                json.writeStringField("licenseConcluded", i % 2 == 0 ? "MIT" : "(MIT OR Apache-2.0)");
                json.writeStringField("licenseDeclared", "NOASSERTION");
                json.writeStringField("description", "Package " + i + "\nwith a description over two lines.");
                json.writeArrayFieldStart("checksums");
                json.writeStartObject();
                json.writeStringField("algorithm", "SHA256");
                json.writeStringField("checksumValue", "%064x".formatted(i * 2654435761L));
                json.writeEndObject();
                json.writeEndArray();
                json.writeArrayFieldStart("externalRefs");
                json.writeStartObject();
                json.writeStringField("referenceCategory", "PACKAGE-MANAGER");
                json.writeStringField("referenceType", "purl");
                json.writeStringField("referenceLocator", purl(i));
                json.writeEndObject();
                json.writeEndArray();
                if (i % 2 == 0) {
                    json.writeArrayFieldStart("annotations");
                    json.writeStartObject();
                    json.writeStringField("annotationType", "OTHER");
                    json.writeStringField("annotator", "Tool: synthetic-1.0");
                    json.writeStringField("annotationDate", "2026-11-24T03:00:00Z");
                    json.writeStringField("comment", "vigil:support:level=active\nvigil:support:end=2030-12-31");
                    json.writeEndObject();
                    json.writeEndArray();
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("relationships");
            for (int i = 0; i < packages; i++) {
                json.writeStartObject();
                json.writeStringField("spdxElementId", i < 10 ? "SPDXRef-firmware" : "SPDXRef-p" + (i / 10));
                json.writeStringField("relationshipType", "DEPENDS_ON");
                json.writeStringField("relatedSpdxElement", "SPDXRef-p" + i);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return file;
    }

    /** The same document in tag-value, each package with a three-line {@code <text>} description. */
    public static Path writeTagValue(Path file, int packages) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\nSPDXID: SPDXRef-DOCUMENT\n");
            out.write("DocumentName: synthetic-" + packages + "\n");
            out.write("DocumentNamespace: https://example.org/spdx/synthetic-" + packages + "\n");
            out.write("Creator: Tool: synthetic-1.0\nCreator: Organization: Device Security Team\n");
            out.write("Created: 2026-11-24T03:00:00Z\n");
            out.write("Relationship: SPDXRef-DOCUMENT DESCRIBES SPDXRef-firmware\n\n");
            out.write("PackageName: infusion-pump-firmware\nSPDXID: SPDXRef-firmware\nPackageVersion: 4.2.0\n");
            out.write("PackageDownloadLocation: NOASSERTION\nPrimaryPackagePurpose: FIRMWARE\n\n");
            for (int i = 0; i < packages; i++) {
                out.write("PackageName: " + name(i) + "\nSPDXID: SPDXRef-p" + i + "\n");
                out.write("PackageVersion: " + version(i) + "\n");
                out.write("PackageSupplier: Organization: Supplier " + (i % 100) + "\n");
                out.write("PackageDownloadLocation: NOASSERTION\n");
                out.write("PackageChecksum: SHA256: " + "%064x".formatted(i * 2654435761L) + "\n");
                out.write("PackageLicenseConcluded: " + (i % 2 == 0 ? "MIT" : "(MIT OR Apache-2.0)") + "\n");
                out.write("PackageLicenseDeclared: NOASSERTION\n");
                out.write(
                        "PackageDescription: <text>Package " + i + "\nwith a description\nover three lines.</text>\n");
                out.write("ExternalRef: PACKAGE-MANAGER purl " + purl(i) + "\n");
                if (i % 2 == 0) {
                    out.write("Annotator: Tool: synthetic-1.0\nAnnotationDate: 2026-11-24T03:00:00Z\n");
                    out.write("AnnotationComment: <text>vigil:support:level=active\nvigil:support:end=2030-12-31"
                            + "</text>\nAnnotationType: OTHER\nSPDXREF: SPDXRef-p" + i + "\n");
                }
                out.write("Relationship: " + (i < 10 ? "SPDXRef-firmware" : "SPDXRef-p" + (i / 10))
                        + " DEPENDS_ON SPDXRef-p" + i + "\n\n");
            }
        }
        return file;
    }
}
