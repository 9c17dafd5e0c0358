package dev.vigil.engine.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a YAML or JSON file into a {@link Node} tree, refusing anything that is not a reasonably sized
 * UTF-8 text document before a parser sees it.
 */
public final class SourceReader {

    private final SourceLimits limits;

    public SourceReader(SourceLimits limits) {
        this.limits = java.util.Objects.requireNonNull(limits, "limits == null");
    }

    public SourceReader() {
        this(SourceLimits.DEFAULT);
    }

    /** Reads and parses a file; JSON when its name ends in {@code .json}, YAML otherwise. */
    public Node read(Path file) throws SourceException {
        String text = readText(file);
        if (text.isBlank()) {
            throw fail(Location.ofFile(file), "empty-file", "the file is empty; a model starts with 'vigil: 1'");
        }
        boolean json = file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        return json ? new JsonTreeReader(file, limits).parse(text) : new YamlTreeReader(file, limits).parse(text);
    }

    /**
     * Parses YAML text that is already in memory (a bundled resource, say); {@code origin} is what
     * locations name in messages.
     */
    public Node parseYaml(Path origin, String text) throws SourceException {
        return new YamlTreeReader(origin, limits).parse(text);
    }

    /** The file's text, checked to be UTF-8 without NUL characters and within the size limit. */
    public String readText(Path file) throws SourceException {
        Location whole = Location.ofFile(file);
        if (Files.isDirectory(file)) {
            throw fail(whole, "not-a-file", "is a directory, not a model file");
        }
        byte[] bytes;
        try {
            if (!Files.exists(file)) {
                throw fail(whole, "file-not-found", "file not found");
            }
            if (Files.isRegularFile(file) && Files.size(file) > limits.maxBytes()) {
                throw fail(whole, "file-too-large", tooLarge(Files.size(file)));
            }
            bytes = readBounded(file);
        } catch (NoSuchFileException e) {
            throw fail(whole, "file-not-found", "file not found");
        } catch (AccessDeniedException e) {
            throw fail(whole, "file-unreadable", "cannot read the file: permission denied");
        } catch (IOException e) {
            throw fail(whole, "file-unreadable", "cannot read the file: " + e.getMessage());
        }
        return decode(file, bytes);
    }

    private byte[] readBounded(Path file) throws IOException, SourceException {
        try (InputStream in = Files.newInputStream(file)) {
            // Special files (pipes, /dev/zero) have no size up front: read one byte past the limit.
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            if (bytes.length > limits.maxBytes()) {
                throw fail(Location.ofFile(file), "file-too-large", tooLarge(bytes.length));
            }
            return bytes;
        }
    }

    private String tooLarge(long size) {
        return String.format(
                Locale.ROOT, "the file is too large (%,d bytes; the limit is %,d bytes)", size, limits.maxBytes());
    }

    private static String decode(Path file, byte[] bytes) throws SourceException {
        int start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            Location at = positionAfter(file, out);
            throw fail(
                    at,
                    "not-utf8",
                    String.format(
                            Locale.ROOT,
                            "the file is not UTF-8 text (byte 0x%02X cannot be decoded); save it as UTF-8",
                            bytes[in.position()] & 0xFF));
        }
        String text = out.toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw fail(
                    positionAfter(file, CharBuffer.wrap(text, 0, nul)),
                    "binary-file",
                    "the file contains binary data (a NUL character); a model is a YAML or JSON text file");
        }
        return text;
    }

    /** The line and column just after the given decoded text. */
    private static Location positionAfter(Path file, CharSequence before) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Location(file, line, column);
    }

    static SourceException fail(Location location, String code, String message) {
        return new SourceException(Diagnostic.error(location, code, message));
    }
}
