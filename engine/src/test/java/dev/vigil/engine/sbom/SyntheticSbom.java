package dev.vigil.engine.sbom;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a realistic CycloneDX 1.6 JSON SBOM of any size for scale tests: PyPI and Maven components
 * with purl, supplier, hash, license, FDA support properties and a dependency graph. Generated, never
 * committed.
 */
final class SyntheticSbom {
    private SyntheticSbom() {}

    static Path write(Path file, int components) throws IOException {
        try (JsonGenerator json = new ObjectMapper()
                .getFactory()
                .createGenerator(file.toFile(), com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("bomFormat", "CycloneDX");
            json.writeStringField("specVersion", "1.6");
            json.writeStringField("serialNumber", "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79");
            json.writeNumberField("version", 1);
            json.writeObjectFieldStart("metadata");
            json.writeStringField("timestamp", "2026-11-24T03:00:00Z");
            json.writeArrayFieldStart("authors");
            json.writeStartObject();
            json.writeStringField("name", "Device Security Team");
            json.writeEndObject();
            json.writeEndArray();
            json.writeObjectFieldStart("component");
            json.writeStringField("bom-ref", "device");
            json.writeStringField("type", "device");
            json.writeStringField("name", "infusion-pump-firmware");
            json.writeStringField("version", "4.2.0");
            json.writeEndObject();
            json.writeEndObject();
            json.writeArrayFieldStart("components");
            for (int i = 0; i < components; i++) {
                boolean maven = i % 3 == 0;
                String name = "package-" + i;
                String version = (i % 7) + "." + (i % 13) + "." + (i % 5);
                json.writeStartObject();
                json.writeStringField("bom-ref", "c" + i);
                json.writeStringField("type", "library");
                if (maven) {
                    json.writeStringField("group", "org.example.group" + (i % 50));
                }
                json.writeStringField("name", name);
                json.writeStringField("version", version);
                json.writeStringField(
                        "purl",
                        maven
                                ? "pkg:maven/org.example.group" + (i % 50) + "/" + name + "@" + version
                                : "pkg:pypi/" + name + "@" + version);
                json.writeObjectFieldStart("supplier");
                json.writeStringField("name", "Supplier " + (i % 100));
                json.writeEndObject();
                json.writeArrayFieldStart("hashes");
                json.writeStartObject();
                json.writeStringField("alg", "SHA-256");
                json.writeStringField("content", "%064x".formatted(i * 2654435761L));
                json.writeEndObject();
                json.writeEndArray();
                json.writeArrayFieldStart("licenses");
                json.writeStartObject();
                json.writeObjectFieldStart("license");
                json.writeStringField("id", i % 2 == 0 ? "MIT" : "Apache-2.0");
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndArray();
                if (i % 2 == 0) {
                    json.writeArrayFieldStart("properties");
                    json.writeStartObject();
                    json.writeStringField("name", "vigil:support:level");
                    json.writeStringField("value", "active");
                    json.writeEndObject();
                    json.writeStartObject();
                    json.writeStringField("name", "vigil:support:end");
                    json.writeStringField("value", "2030-12-31");
                    json.writeEndObject();
                    json.writeEndArray();
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("dependencies");
            json.writeStartObject();
            json.writeStringField("ref", "device");
            json.writeArrayFieldStart("dependsOn");
            json.writeString("c0");
            json.writeEndArray();
            json.writeEndObject();
            for (int i = 0; i < components; i++) {
                json.writeStartObject();
                json.writeStringField("ref", "c" + i);
                json.writeArrayFieldStart("dependsOn");
                for (int next = 2 * i + 1; next <= 2 * i + 2 && next < components; next++) {
                    json.writeString("c" + next);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return file;
    }

    /** The same kind of SBOM as CycloneDX 1.6 XML (without the FDA properties and the group). */
    static Path writeXml(Path file, int components) throws IOException {
        try (java.io.Writer out = java.nio.file.Files.newBufferedWriter(file)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\""
                    + " serialNumber=\"urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79\" version=\"1\">\n"
                    + "<metadata><timestamp>2026-11-24T03:00:00Z</timestamp></metadata>\n<components>\n");
            for (int i = 0; i < components; i++) {
                String version = (i % 7) + "." + (i % 13) + "." + (i % 5);
                out.write("<component type=\"library\" bom-ref=\"c" + i + "\"><supplier><name>Supplier " + (i % 100)
                        + "</name></supplier><name>package-" + i + "</name><version>" + version
                        + "</version><hashes><hash alg=\"SHA-256\">" + "%064x".formatted(i * 2654435761L)
                        + "</hash></hashes><purl>pkg:pypi/package-" + i + "@" + version + "</purl></component>\n");
            }
            out.write("</components>\n<dependencies>\n");
            for (int i = 0; i < components; i++) {
                out.write("<dependency ref=\"c" + i + "\">");
                for (int next = 2 * i + 1; next <= 2 * i + 2 && next < components; next++) {
                    out.write("<dependency ref=\"c" + next + "\"/>");
                }
                out.write("</dependency>\n");
            }
            out.write("</dependencies>\n</bom>\n");
        }
        return file;
    }
}
