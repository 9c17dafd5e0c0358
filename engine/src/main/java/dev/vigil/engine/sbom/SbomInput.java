package dev.vigil.engine.sbom;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * A file that passed the cheap checks (exists, is a file, not empty, within the size limit, text) and
 * whose format was recognised from its first bytes and, for JSON, its top-level keys.
 *
 * @param content the bytes, read as a stream for each pass
 * @param specVersion for JSON and tag-value, the version the document declares; for XML null (the
 *     namespace tells it later)
 */
record SbomInput(SbomContent content, long size, SbomFormat format, String specVersion) {

    static final Set<String> CYCLONEDX_JSON_VERSIONS = Set.of("1.2", "1.3", "1.4", "1.5", "1.6", "1.7");
    static final Set<String> SPDX_VERSIONS = Set.of("SPDX-2.2", "SPDX-2.3");
    private static final int HEAD_BYTES = 64 * 1024;

    /** The SBOM's name, as messages state it. */
    Path file() {
        return content.name();
    }

    static SbomInput open(Path file, long maxBytes) throws IOException {
        if (Files.isDirectory(file)) {
            throw new SbomException(file, "is a directory, not an SBOM file");
        }
        if (!Files.exists(file)) {
            throw new SbomException(file, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new SbomException(file, "not a regular file");
        }
        if (!Files.isReadable(file)) {
            throw new SbomException(file, "not readable (permission denied)");
        }
        return sniff(new SbomContent.OnDisk(file), Files.size(file), maxBytes);
    }

    /** The same checks as for a file, on bytes held in memory under {@code name}. */
    static SbomInput open(Path name, byte[] bytes, long maxBytes) throws IOException {
        return sniff(new SbomContent.InMemory(name, bytes), bytes.length, maxBytes);
    }

    private static SbomInput sniff(SbomContent content, long size, long maxBytes) throws IOException {
        Path file = content.name();
        if (size == 0) {
            throw new SbomException(file, "empty file");
        }
        if (size > maxBytes) {
            throw new SbomException(
                    file,
                    "file is " + mib(size) + ", larger than the limit of " + mib(maxBytes) + "; refusing to read it");
        }
        byte[] head = head(content);
        if (head.length == HEAD_BYTES && isBlank(head)) {
            // Leading white space is insignificant: look past it, however long, instead of calling the file empty.
            head = headAfterWhiteSpace(content);
        }
        int start = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF
                ? 3
                : 0;
        if (head.length >= 2
                && (((head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF)
                        || ((head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE))) {
            throw new SbomException(file, "UTF-16 text is not supported; save the SBOM as UTF-8");
        }
        for (int i = start; i < head.length; i++) {
            int b = head[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                throw new SbomException(
                        file, "binary content (byte 0x%02x at offset %d), not a text SBOM".formatted(b, i));
            }
        }
        String text = new String(head, start, head.length - start, StandardCharsets.UTF_8);
        String trimmed = text.stripLeading();
        if (trimmed.isEmpty()) {
            throw new SbomException(file, "empty file (only white space)");
        }
        char first = trimmed.charAt(0);
        if (first == '{') {
            return sniffJson(content, size);
        }
        if (first == '<') {
            return new SbomInput(content, size, SbomFormat.CYCLONEDX_XML, null);
        }
        if (first == '[') {
            throw new SbomException(file, "a JSON array at the top level; an SBOM is a JSON object");
        }
        String tagVersion = trimmed.lines()
                .map(String::strip)
                .filter(line -> line.startsWith("SPDXVersion:"))
                .map(line -> line.substring("SPDXVersion:".length()).strip())
                .findFirst()
                .orElse(null);
        if (tagVersion != null) {
            checkSpdxVersion(file, tagVersion);
            return new SbomInput(content, size, SbomFormat.SPDX_TAG_VALUE, tagVersion);
        }
        throw new SbomException(
                file, "not a recognised SBOM (expected CycloneDX JSON or XML, or SPDX 2.2/2.3 JSON or tag-value)");
    }

    /** Scans the top-level keys only, stopping as soon as the format and version are known. */
    private static SbomInput sniffJson(SbomContent content, long size) throws IOException {
        Path file = content.name();
        String bomFormat = null;
        String specVersion = null;
        String spdxVersion = null;
        boolean jsonLd = false;
        try (JsonParser parser = SafeJson.parser(content)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new SbomException(file, "not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (key) {
                    case "bomFormat" -> bomFormat = value.isScalarValue() ? parser.getText() : "(not a string)";
                    case "specVersion" -> specVersion = value.isScalarValue() ? parser.getText() : "(not a string)";
                    case "spdxVersion" -> spdxVersion = value.isScalarValue() ? parser.getText() : "(not a string)";
                    case "@context" -> jsonLd = true;
                    default -> parser.skipChildren();
                }
                if ((bomFormat != null && specVersion != null) || spdxVersion != null) {
                    break;
                }
            }
        }
        if (spdxVersion != null) {
            checkSpdxVersion(file, spdxVersion);
            return new SbomInput(content, size, SbomFormat.SPDX_JSON, spdxVersion);
        }
        if (bomFormat != null) {
            if (!bomFormat.equals("CycloneDX")) {
                throw new SbomException(file, "bomFormat is \"" + bomFormat + "\", expected \"CycloneDX\"");
            }
            if (specVersion == null) {
                throw new SbomException(file, "CycloneDX document without specVersion");
            }
            if (!CYCLONEDX_JSON_VERSIONS.contains(specVersion)) {
                throw new SbomException(
                        file, "unsupported CycloneDX specVersion \"" + specVersion + "\" (Vigil reads 1.2 to 1.7)");
            }
            return new SbomInput(content, size, SbomFormat.CYCLONEDX_JSON, specVersion);
        }
        if (jsonLd) {
            throw new SbomException(
                    file, "SPDX 3 / JSON-LD is not supported; export the SBOM as SPDX 2.3 or CycloneDX");
        }
        throw new SbomException(
                file, "JSON but not an SBOM: no \"bomFormat\" (CycloneDX) or \"spdxVersion\" (SPDX) at the top level");
    }

    private static void checkSpdxVersion(Path file, String version) {
        if (!SPDX_VERSIONS.contains(version)) {
            throw new SbomException(
                    file, "unsupported SPDX version \"" + version + "\" (Vigil reads SPDX-2.2 and SPDX-2.3)");
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!isWhiteSpace(b)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWhiteSpace(int b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    /** The first {@link #HEAD_BYTES} after the leading white space, read in one linear pass. */
    private static byte[] headAfterWhiteSpace(SbomContent content) throws IOException {
        try (InputStream in = new java.io.BufferedInputStream(content.open(), 1 << 16)) {
            int b;
            do {
                b = in.read();
            } while (b >= 0 && isWhiteSpace(b));
            if (b < 0) {
                return new byte[0];
            }
            byte[] rest = in.readNBytes(HEAD_BYTES - 1);
            byte[] head = new byte[rest.length + 1];
            head[0] = (byte) b;
            System.arraycopy(rest, 0, head, 1, rest.length);
            return head;
        }
    }

    private static byte[] head(SbomContent content) throws IOException {
        try (InputStream in = content.open()) {
            return in.readNBytes(HEAD_BYTES);
        }
    }

    static String mib(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MiB" : bytes + " bytes";
    }
}
